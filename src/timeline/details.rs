//! The details of one event: date and times, summary, confidence, sources, what the texts
//! said, and the comparison topics it bears on. Built with [`crate::dom`]; its topic links are
//! handled by the host's delegated click handler (see [`TOPIC_ATTR`]).

use crate::dom::{el, span, Node};
use crate::model::{Event, Story};

/// The attribute that marks a link to a comparison topic; its value is the topic's id.
pub const TOPIC_ATTR: &str = "data-topic-link";

/// Everything known about one event, as an `<article>`.
///
/// `heading` is the headline's tag (`h2` in the panel, `h4` inside the list); `heading_id` lets
/// a region point at it; `topic_href` gives the link for a topic id.
pub fn event_details(
    story: &Story,
    event: usize,
    heading: &str,
    heading_id: &str,
    topic_href: &dyn Fn(&str) -> String,
) -> Node {
    let e: &Event = &story.events[event];

    let times = e.dual_time().map(|dual| {
        let mut p = el("p")
            .class("details__times")
            .attr("data-testid", "details-times")
            .child(el("span").text(&dual.eastern))
            .text(" · ")
            .child(el("span").text(&dual.beijing));
        if let Some(note) = e.time.as_ref().and_then(|t| t.note.as_deref()) {
            p = p.child(span("details__time-note", &format!(" ({note})")));
        }
        p
    });

    let confidence = el("p")
        .class(&format!(
            "details__confidence confidence confidence--{}",
            e.confidence.as_str()
        ))
        .attr("data-testid", "details-confidence")
        .child(el("strong").text(e.confidence.label()))
        .text(&format!(": {}", e.confidence_text()));

    let sources = e
        .sources
        .iter()
        .map(|s| {
            let li = el("li")
                .class("source")
                .child(span("source__outlet", &s.outlet))
                .text(", ")
                .child(span(
                    "source__title",
                    &format!("\u{201c}{}\u{201d}", s.title),
                ))
                .text(", ")
                .child(span("source__date", &s.date.long()));
            match &s.url {
                Some(url) => li.text(" ").child(
                    el("a")
                        .attr("href", url)
                        .attr("rel", "noopener noreferrer")
                        .attr("target", "_blank")
                        .text("Open the source")
                        .child(span("visually-hidden", " (opens in a new tab)")),
                ),
                None => li.child(span("source__nolink", " (no stable original link)")),
            }
        })
        .collect();

    let mentions = (!e.mentions.is_empty()).then(|| {
        let items = e
            .mentions
            .iter()
            .map(|m| {
                let quote = el("figure")
                    .class("quote")
                    .child(
                        el("blockquote")
                            .class("quote__text")
                            .child(el("p").text(&m.quote)),
                    )
                    .child(
                        el("figcaption")
                            .class("quote__by")
                            .text(story.text_label(&m.text)),
                    );
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
            })
            .collect();
        vec![
            el("h3")
                .class("details__subheading")
                .text("What the texts said"),
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
                        .attr(TOPIC_ATTR, id)
                        .text(&topic.question),
                ),
            )
        })
        .collect();

    let mut article = el("article")
        .class("details")
        .attr("data-testid", "details")
        .attr("data-event", &e.id)
        .child(el("p").class("details__date").text(&e.display_date()))
        .child(
            el(heading)
                .class("details__headline")
                .attr("id", heading_id)
                .text(&e.headline),
        )
        .child_opt(times)
        .child(el("p").class("details__summary").text(&e.summary))
        .child(confidence)
        .child(el("h3").class("details__subheading").text("Sources"))
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
                    .text("Related comparison topics"),
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
