//! The details of one event: date and times, summary, confidence, sources, what the texts
//! said, and the comparison topics it bears on.

use crate::i18n::{confidence_label, confidence_text, date_long, dual_time, event_date, t};
use crate::markup::{el, span, Node};
use crate::model::{Event, Mention, Story};

/// The attribute that marks a link to a comparison topic; its value is the topic's id. The
/// views follow such links in place (see `timeline::links`).
pub const TOPIC_LINK_ATTR: &str = "data-topic-link";

/// A link that opens in a new tab, saying so to screen readers.
pub fn external_link(url: &str, text: &str) -> Node {
    el("a")
        .attr("href", url)
        .attr("rel", "noopener noreferrer")
        .attr("target", "_blank")
        .text(text)
        .child(span("visually-hidden", t().opens_new_tab))
}

/// A mention's quotation with its attribution. In a translated edition the quotation stays
/// verbatim in the original's language, marked so, and our translation follows it, labelled
/// as ours.
pub fn quotation(story: &Story, m: &Mention) -> Node {
    el("figure")
        .class("quote")
        .child(
            el("blockquote")
                .class("quote__text")
                .lang(story.original_lang())
                .child(el("p").text(&m.quote)),
        )
        .child_opt(m.quote_translation.as_deref().map(our_translation))
        .child(
            el("figcaption")
                .class("quote__by")
                .text(story.text_label(&m.text)),
        )
}

/// Our translation of a quotation, labelled as the explainer's own.
pub fn our_translation(translation: &str) -> Node {
    el("p")
        .class("quote__translation")
        .child(span(
            "quote__translation-label",
            &format!("{}{}", t().our_translation, t().colon),
        ))
        .text(translation)
}

/// Everything known about one event, as an `<article>`.
///
/// `heading` is the headline's tag (`h2` in the panel, `h3` inside the list); `heading_id` lets
/// a region point at it; `topic_href` gives the link for a topic id.
pub fn event_details(
    story: &Story,
    event: usize,
    heading: &'static str,
    heading_id: &str,
    topic_href: &dyn Fn(&str) -> String,
) -> Node {
    let e: &Event = &story.events[event];

    let times = dual_time(e).map(|(eastern, beijing)| {
        let mut p = el("p")
            .class("details__times")
            .attr("data-testid", "details-times")
            .child(el("span").text(&eastern))
            .text(" · ")
            .child(el("span").text(&beijing));
        if let Some(note) = e.time.as_ref().and_then(|t| t.note.as_deref()) {
            p = p.child(span(
                "details__time-note",
                &format!("{}{note}{}", t().paren_open, t().paren_close),
            ));
        }
        p
    });

    let confidence = el("p")
        .class(&format!(
            "details__confidence confidence confidence--{}",
            e.confidence.as_str()
        ))
        .attr("data-testid", "details-confidence")
        .child(el("strong").text(confidence_label(e.confidence)))
        .text(&format!("{}{}", t().colon, confidence_text(e)));

    // Citations stay as published, in the original's language.
    let original = story.original_lang();
    let sources = e.sources.iter().map(|s| {
        let li = el("li")
            .class("source")
            .child(span("source__outlet", &s.outlet).lang(original))
            .text(t().comma)
            .child(span("source__title", &format!("\u{201c}{}\u{201d}", s.title)).lang(original))
            .text(t().comma)
            .child(span("source__date", &date_long(s.date)));
        match &s.url {
            Some(url) => li.text(" ").child(external_link(url, t().open_source)),
            None => li.child(span("source__nolink", t().no_stable_link)),
        }
    });

    let mentions = (!e.mentions.is_empty()).then(|| {
        let items = e.mentions.iter().map(|m| {
            let quote = quotation(story, m);
            let gap = match (&m.expected, &m.happened) {
                (Some(expected), Some(happened)) => Some(
                    el("div")
                        .class("mention__gap")
                        .attr("data-testid", "expected-happened")
                        // The story words these itself: "At the time of writing, …" and
                        // "In the event, …".
                        .child(el("p").class("mention__expected").text(expected))
                        .child(el("p").class("mention__happened").text(happened)),
                ),
                _ => None,
            };
            el("li").class("mention").child(quote).child_opt(gap)
        });
        [
            el("h3")
                .class("details__subheading")
                .text(t().details_mentions),
            el("ul")
                .class("details__mentions")
                .attr("data-testid", "details-mentions")
                .children(items),
        ]
    });

    let topics: Vec<Node> = e
        .topics
        .iter()
        .filter_map(|id| {
            let topic = story.topic(id)?;
            Some(
                el("li").child(
                    el("a")
                        .attr("href", &topic_href(id))
                        .attr(TOPIC_LINK_ATTR, id)
                        .text(&topic.question),
                ),
            )
        })
        .collect();

    let mut article = el("article")
        .class("details")
        .attr("data-testid", "details")
        .attr("data-event", &e.id)
        .child(el("p").class("details__date").text(&event_date(e)))
        .child(
            el(heading)
                .class("details__headline")
                .attr("id", heading_id)
                .text(&e.headline),
        )
        .child_opt(times)
        .child(el("p").class("details__summary").text(&e.summary))
        .child(confidence)
        .child(
            el("h3")
                .class("details__subheading")
                .text(t().details_sources),
        )
        .child(
            el("ul")
                .class("details__sources")
                .attr("data-testid", "details-sources")
                .children(sources),
        );
    if let Some(mentions) = mentions {
        article = article.children(mentions);
    }
    if !topics.is_empty() {
        article = article
            .child(
                el("h3")
                    .class("details__subheading")
                    .text(t().details_topics),
            )
            .child(
                el("ul")
                    .class("details__topics")
                    .attr("data-testid", "details-topics")
                    .children(topics),
            );
    }
    article
}
