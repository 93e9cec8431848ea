//! One presentation step, built for a projector: large type, one idea per screen. An event's
//! step shows where it sits in time (see [`super::strip`]); a topic's, the spectrum with both
//! texts on it. The step's note is the presenter's, for the speaker notes (see
//! [`super::notes`]), and is never part of the slide.

use super::details::{our_translation, quotation};
use super::spectrum::{spectrum_track, Marker};
use super::strip::event_context;
use crate::i18n::{confidence_label, dual_time, event_date, fill, later, position_label, t};
use crate::markup::{div, el, span, svg, Node};
use crate::model::{Step, StepKind, Story, StoryIndex};
use crate::qr::qr_path;

/// The QR code of `address`, with the address written under it, in a figure of `class` (the
/// slides' and the short handout's).
pub fn qr_figure(address: &str, class: &str) -> Node {
    let mut figure = el("figure").class(class).attr("data-testid", "qr");
    // No address (the page written at build time, which cannot know where it is served): no
    // code yet.
    if let Some(code) = (!address.is_empty()).then(|| qr_path(address)).flatten() {
        let span = code.size + 8;
        figure = figure.child(
            svg("svg")
                .attr("viewBox", &format!("-4 -4 {span} {span}"))
                .attr("role", "img")
                .attr(
                    "aria-label",
                    &fill(later().qr_name, &[("address", address)]),
                )
                .attr("shape-rendering", "crispEdges")
                .child(
                    svg("rect")
                        .attr("x", "-4")
                        .attr("y", "-4")
                        .attr("width", &span.to_string())
                        .attr("height", &span.to_string())
                        .attr("fill", "#fff"),
                )
                .child(svg("path").attr("d", &code.d).attr("fill", "#000")),
        );
    }
    figure.child(el("figcaption").text(address))
}

fn qr(address: &str) -> Node {
    qr_figure(address, "present__qr")
}

fn event_step(story: &Story, index: &StoryIndex, id: &str) -> Vec<Node> {
    let Some(pos) = index.position(id) else {
        return vec![el("p").text(later().step_no_event)];
    };
    let placed = index.order[pos];
    let e = &story.events[placed.event];
    let lane = story.lane_label(placed.lane);
    let mut out = vec![
        el("p")
            .class("present__kicker")
            .text(&format!("{lane} · {}", event_date(e))),
        el("h2").class("present__title").text(&e.headline),
    ];
    if let Some((eastern, beijing)) = dual_time(e) {
        out.push(
            el("p")
                .class("present__times")
                .text(&format!("{eastern} · {beijing}")),
        );
    }
    out.push(event_context(story, index, pos));
    // The summary, and beside it what the texts said of the event (on a projector's width).
    let mut mentions = Vec::new();
    for m in &e.mentions {
        let mut figure = quotation(story, m);
        if let (Some(expected), Some(happened)) = (&m.expected, &m.happened) {
            figure = figure.child(
                div("present__gap")
                    .child(el("p").text(expected))
                    .child(el("p").text(happened)),
            );
        }
        mentions.push(figure);
    }
    let summary = el("p").class("present__summary").text(&e.summary);
    out.push(if mentions.is_empty() {
        div("present__body").child(summary)
    } else {
        div("present__body present__body--quoted")
            .child(summary)
            .child(div("present__mentions").children(mentions))
    });
    // Each outlet once: an event may cite two records from the same one.
    let mut outlets: Vec<&str> = Vec::new();
    for source in &e.sources {
        if !outlets.contains(&source.outlet.as_str()) {
            outlets.push(&source.outlet);
        }
    }
    out.push(
        el("p")
            .class("present__sources")
            .child(el("strong").text(confidence_label(e.confidence)))
            .fill_marked(
                later().step_sources,
                &[("outlets", &outlets.join(t().comma))],
                story.original_lang(),
                &["outlets"],
            ),
    );
    out
}

fn topic_step(story: &Story, id: &str, number: usize) -> Vec<Node> {
    let Some(topic) = story.topic(id) else {
        return vec![el("p").text(later().step_no_topic)];
    };
    let mut markers = Vec::new();
    let mut columns = Vec::new();
    for (slot, text) in story.texts.iter().enumerate() {
        let reading = topic.readings.iter().find(|r| r.text == text.id);
        let marker = Marker::of(story, topic, slot);
        let position = marker.position;
        markers.push(marker);
        let mut col = el("section")
            .class(&format!("present__col cmp-slot-{}", slot % 2))
            .child(el("h3").text(&text.label).child(span(
                "present__position",
                &format!(
                    " {}",
                    position_label(position, &topic.spectrum.left, &topic.spectrum.right)
                ),
            )));
        if let Some(r) = reading {
            col = col.child(el("p").text(&r.paraphrase));
            if let Some(q) = r.quotes.first() {
                col = col.child(
                    el("blockquote")
                        .class("quote__text")
                        .lang(story.original_lang())
                        .child(el("p").text(q)),
                );
                if let Some(translation) = r.quote_translations.first() {
                    col = col.child(our_translation(translation));
                }
            }
        }
        columns.push(col);
    }
    vec![
        el("p").class("present__kicker").text(&fill(
            later().step_topic_kicker,
            &[
                ("number", &number.to_string()),
                ("count", &story.topics.len().to_string()),
            ],
        )),
        el("h2").class("present__title").text(&topic.question),
        spectrum_track(topic, &markers, false),
        div("present__columns").children(columns),
        el("p")
            .class("present__summary")
            .child(el("strong").text(&format!("{}{}", later().key_difference, t().colon)))
            .text(&topic.key_difference),
    ]
}

/// What a step is about in a few words, for the speaker notes: the story's title, an event's
/// headline, a topic's question, or the heading of the questions or of the end.
pub fn step_heading<'a>(story: &'a Story, index: &StoryIndex, step: &Step) -> &'a str {
    let id = step.id.as_deref().unwrap_or("");
    match step.kind {
        StepKind::Title => &story.meta.title,
        StepKind::Event => index.position(id).map_or(later().step_no_event, |pos| {
            &story.events[index.order[pos].event].headline
        }),
        StepKind::Topic => story
            .topic(id)
            .map_or(later().step_no_topic, |topic| &topic.question),
        StepKind::Questions => later().questions_heading,
        StepKind::End => later().step_end_title,
    }
}

/// The content of a step. `address` is the explainer's address, for the QR code.
pub fn step_view(story: &Story, index: &StoryIndex, step: &Step, address: &str) -> Vec<Node> {
    match (step.kind, step.id.as_deref()) {
        (StepKind::Title, _) => vec![
            el("h2")
                .class("present__title present__title--big")
                .text(&story.meta.title),
            el("p").class("present__summary").text(&story.meta.subtitle),
            qr(address),
        ],
        (StepKind::Event, Some(id)) => event_step(story, index, id),
        (StepKind::Topic, Some(id)) => {
            let number = story
                .topics
                .iter()
                .position(|t| t.id == id)
                .map_or(0, |i| i + 1);
            topic_step(story, id, number)
        }
        (StepKind::Questions, _) => vec![
            el("h2")
                .class("present__title")
                .text(later().questions_heading),
            el("ol")
                .class("present__questions")
                .children(story.questions.iter().map(|q| el("li").text(&q.prompt))),
        ],
        (StepKind::End, _) => vec![
            el("h2")
                .class("present__title")
                .text(later().step_end_title),
            el("p")
                .class("present__summary")
                .text(later().step_end_text),
            qr(address),
            el("p").class("present__sources").text(&story.meta.credits),
        ],
        (StepKind::Event | StepKind::Topic, None) => {
            vec![el("p").text(later().step_nothing)]
        }
    }
}
