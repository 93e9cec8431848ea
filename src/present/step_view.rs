//! One presentation step, built for a projector: large type, one idea per screen.

use crate::compare::spectrum_track::{spectrum_track, Marker};
use crate::dom::{div, el, span, svg, Node};
use crate::model::{Position, Step, StepKind, Story, StoryIndex};
use crate::qr::qr_path;

/// The QR code of `address`, with the address written under it.
fn qr(address: &str) -> Node {
    let mut figure = el("figure").class("present__qr").attr("data-testid", "qr");
    if let Some(code) = qr_path(address) {
        let span = code.size + 8;
        figure = figure.child(
            svg("svg")
                .attr("viewBox", &format!("-4 -4 {span} {span}"))
                .attr("role", "img")
                .attr("aria-label", &format!("QR code of {address}"))
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

fn event_step(story: &Story, index: &StoryIndex, id: &str) -> Vec<Node> {
    let Some(pos) = index.position(id) else {
        return vec![el("p").text("This step's event is not in the story.")];
    };
    let placed = index.order[pos];
    let e = &story.events[placed.event];
    let lane = story
        .lanes
        .get(placed.lane)
        .map_or("", |l| l.label.as_str());
    let mut out = vec![
        el("p")
            .class("present__kicker")
            .text(&format!("{lane} · {}", e.display_date())),
        el("h2").class("present__title").text(&e.headline),
    ];
    if let Some(t) = e.dual_time() {
        out.push(
            el("p")
                .class("present__times")
                .text(&format!("{} · {}", t.eastern, t.beijing)),
        );
    }
    out.push(el("p").class("present__summary").text(&e.summary));
    for m in &e.mentions {
        let label = story.text_label(&m.text);
        let mut figure = el("figure")
            .class("quote")
            .child(
                el("blockquote")
                    .class("quote__text")
                    .child(el("p").text(&m.quote)),
            )
            .child(el("figcaption").class("quote__by").text(label));
        if let (Some(expected), Some(happened)) = (&m.expected, &m.happened) {
            figure = figure.child(
                div("present__gap")
                    .child(el("p").text(expected))
                    .child(el("p").text(happened)),
            );
        }
        out.push(figure);
    }
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
            .child(el("strong").text(e.confidence.label()))
            .text(&format!(". Sources: {}.", outlets.join(", "))),
    );
    out
}

fn topic_step(story: &Story, id: &str, number: usize) -> Vec<Node> {
    let Some(topic) = story.topic(id) else {
        return vec![el("p").text("This step's topic is not in the story.")];
    };
    let mut markers = Vec::new();
    let mut columns = Vec::new();
    for (slot, text) in story.texts.iter().enumerate() {
        let reading = topic.readings.iter().find(|r| r.text == text.id);
        let position = reading.map_or(Position::NotAddressed, |r| r.position);
        markers.push(Marker {
            letter: crate::timeline::marks::short_label(&text.label),
            label: text.label.clone(),
            slot,
            position,
        });
        let mut col = el("section")
            .class(&format!("present__col cmp-slot-{}", slot % 2))
            .child(el("h3").text(&text.label).child(span(
                "present__position",
                &format!(
                    " {}",
                    position.label(&topic.spectrum.left, &topic.spectrum.right)
                ),
            )));
        if let Some(r) = reading {
            col = col.child(el("p").text(&r.paraphrase));
            if let Some(q) = r.quotes.first() {
                col = col.child(el("blockquote").class("quote__text").child(el("p").text(q)));
            }
        }
        columns.push(col);
    }
    vec![
        el("p").class("present__kicker").text(&format!(
            "Comparing the texts · Question {number} of {}",
            story.topics.len()
        )),
        el("h2").class("present__title").text(&topic.question),
        spectrum_track(topic, &markers, false),
        div("present__columns").children(columns),
        el("p")
            .class("present__summary")
            .child(el("strong").text("Key difference: "))
            .text(&topic.key_difference),
    ]
}

/// The content of a step. `address` is the explainer's address, for the QR code.
pub fn step_view(story: &Story, index: &StoryIndex, step: &Step, address: &str) -> Vec<Node> {
    let mut out = match (step.kind, step.id.as_deref()) {
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
                .text("Questions for discussion"),
            el("ol").class("present__questions").children(
                story
                    .questions
                    .iter()
                    .map(|q| el("li").text(&q.prompt))
                    .collect(),
            ),
        ],
        (StepKind::End, _) => vec![
            el("h2").class("present__title").text("Explore it yourself"),
            el("p").class("present__summary").text(
                "Every event with its sources, and both texts side by side, at this address:",
            ),
            qr(address),
            el("p").class("present__sources").text(&story.meta.credits),
        ],
        (StepKind::Event | StepKind::Topic, None) => {
            vec![el("p").text("This step names nothing to show.")]
        }
    };
    if let Some(note) = &step.note {
        out.push(el("p").class("present__note").text(note));
    }
    out
}
