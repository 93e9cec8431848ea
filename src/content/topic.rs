//! One topic: both texts' positions on a shared track, then a column per text with its
//! position, our paraphrase and the verbatim quotes; the common ground, the key difference,
//! the timeline events that bear on it, and the way to the method note.

use super::details::our_translation;
use super::spectrum::{spectrum_track, Marker};
use crate::i18n::{event_date, later, position_label, t};
use crate::markup::{div, el, span, Node};
use crate::model::{Position, Story, Topic};
use crate::url_state::quote_link;

/// The attribute on a link to a timeline event; its value is the event's id.
pub const EVENT_ATTR: &str = "data-event-link";

/// One text's column; its colour and marker shape are the text's own (`slot` is its index in
/// the story), wherever the column is placed.
fn column(story: &Story, topic: &Topic, text_index: usize) -> Node {
    let slot = text_index;
    let text = &story.texts[text_index];
    let reading = topic.readings.iter().find(|r| r.text == text.id);
    let marker = Marker::of(story, topic, slot);
    let s = marker.position;
    let position = position_label(s, &topic.spectrum.left, &topic.spectrum.right);
    let mut col = el("section")
        .class(&format!("cmp-col cmp-slot-{}", slot % 2))
        .attr("data-text", &text.id)
        .attr("aria-labelledby", &format!("cmp-col-{}", text.id))
        .child(
            el("h3")
                .class("cmp-col__heading")
                .attr("id", &format!("cmp-col-{}", text.id))
                .text(&text.label)
                .child(span("cmp-col__position", &format!(" {position}"))),
        );
    col = if s == Position::NotAddressed {
        col.child(
            el("p")
                .class("cmp-col__not-placed")
                .text(later().not_placed),
        )
    } else {
        col.child(spectrum_track(topic, &[marker], true))
    };
    let Some(reading) = reading else {
        return col.child(el("p").text(later().no_reading));
    };
    col = col.child(
        el("p")
            .class("cmp-col__paraphrase")
            .text(&reading.paraphrase),
    );
    if !reading.quotes.is_empty() {
        let original = story.original_lang();
        let quotes: Vec<Node> = reading
            .quotes
            .iter()
            .enumerate()
            .map(|(k, q)| {
                let mut quote = el("blockquote").class("quote__text").lang(original);
                if let Some(url) = &text.url {
                    quote = quote.attr("cite", url);
                }
                let mut caption = el("figcaption").class("quote__by").text(&text.label);
                if let Some(url) = &text.url {
                    caption = caption.text(" · ").child(
                        el("a")
                            .attr("href", &quote_link(url, q))
                            .attr("rel", "noopener noreferrer")
                            .attr("target", "_blank")
                            .text(later().find_in_original)
                            // Each quotation's link gets a name of its own for screen
                            // readers, which list links out of context.
                            .child(span("visually-hidden", "").fill_marked(
                                later().find_in_original_said,
                                &[("opening", &opening_words(q))],
                                original,
                                &["opening"],
                            )),
                    );
                }
                el("figure")
                    .class("quote")
                    .child(quote.child(el("p").text(q)))
                    .child_opt(
                        reading
                            .quote_translations
                            .get(k)
                            .map(|t| our_translation(t)),
                    )
                    .child(caption)
            })
            .collect();
        col = col
            .child(
                el("h4")
                    .class("cmp-col__evidence")
                    .text(later().in_its_own_words),
            )
            .child(div("cmp-col__quotes").children(quotes));
    }
    col
}

/// The first five words of a quotation, with an ellipsis if there are more.
fn opening_words(quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    if words.len() <= 5 {
        words.join(" ")
    } else {
        format!("{}\u{2026}", words[..5].join(" "))
    }
}

/// The panel for `topic`, with the texts in `order`. `event_href` gives the link to a
/// timeline event.
pub fn topic_panel(
    story: &Story,
    topic: &Topic,
    order: &[usize],
    event_href: &dyn Fn(&str) -> String,
) -> Vec<Node> {
    let markers: Vec<Marker> = order.iter().map(|&i| Marker::of(story, topic, i)).collect();
    let columns = order.iter().map(|&i| column(story, topic, i));
    let events: Vec<Node> = story
        .events
        .iter()
        .filter(|e| e.topics.contains(&topic.id))
        .map(|e| {
            el("li").child(
                el("a")
                    .attr("href", &event_href(&e.id))
                    .attr(EVENT_ATTR, &e.id)
                    .text(&format!("{}{}{}", event_date(e), t().colon, e.headline)),
            )
        })
        .collect();
    let mut out = vec![
        el("h2")
            .class("cmp-topic__question")
            .attr("id", "cmp-topic-question")
            .text(&topic.question),
        div("cmp-shared")
            .child(
                el("p")
                    .class("cmp-shared__caption")
                    .text(later().both_on_one_track),
            )
            .child(spectrum_track(topic, &markers, false)),
        div("cmp-columns")
            .attr("data-testid", "columns")
            .children(columns),
        el("dl")
            .class("cmp-summary")
            .child(el("dt").text(later().common_ground))
            .child(el("dd").text(&topic.common_ground))
            .child(el("dt").text(later().key_difference))
            .child(el("dd").text(&topic.key_difference)),
    ];
    if !events.is_empty() {
        out.push(
            div("cmp-events")
                .child(el("h3").text(later().on_the_timeline))
                .child(
                    el("ul")
                        .attr("data-testid", "topic-events")
                        .children(events),
                ),
        );
    }
    out.push(
        el("p")
            .class("cmp-method-link")
            .child(el("a").attr("href", "#method").text(later().method_link)),
    );
    out
}
