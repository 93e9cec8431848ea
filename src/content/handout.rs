//! The printable handout: the whole story as one linear document, with every event in order
//! (dates, summaries, confidence, sources), every topic with both readings and their quotes,
//! the discussion questions and the method.

use super::details::our_translation;
use crate::i18n::{
    confidence_label, confidence_text, date_long, dual_time, event_date, fill, joined, later,
    position_label, t, text_date, zone_long_name,
};
use crate::markup::{el, Node};
use crate::model::{Story, StoryIndex};

/// The full handout: the whole story as one linear document, with the explainer's `address`.
pub fn build(story: &Story, index: &StoryIndex, address: &str) -> Vec<Node> {
    let original = story.original_lang();
    let events: Vec<Node> = index
        .order
        .iter()
        .map(|placed| {
            let e = &story.events[placed.event];
            let mut li = el("li")
                .class("handout__event")
                .child(el("p").class("handout__date").text(&event_date(e)))
                .child(el("h3").text(&e.headline))
                .child(el("p").text(&e.summary));
            if let Some((eastern, beijing)) = dual_time(e) {
                li = li.child(el("p").text(&format!("{eastern} · {beijing}")));
            }
            li = li.child(
                el("p")
                    .child(el("strong").text(confidence_label(e.confidence)))
                    .text(&format!("{}{}", t().colon, confidence_text(e))),
            );
            let sources: Vec<Node> = e
                .sources
                .iter()
                .map(|s| {
                    let mut li = el("li")
                        .child(el("span").lang(original).text(&s.outlet))
                        .text(t().comma)
                        .child(
                            el("span")
                                .lang(original)
                                .text(&format!("\u{201c}{}\u{201d}", s.title)),
                        )
                        .text(&format!("{}{}", t().comma, date_long(s.date)));
                    if let Some(url) = &s.url {
                        li = li
                            .text(" ")
                            .child(el("span").class("handout__url").text(url));
                    }
                    li
                })
                .collect();
            li = li.child(el("ul").class("handout__sources").children(sources));
            for m in &e.mentions {
                let label = story.text_label(&m.text);
                li = li.child(
                    el("blockquote").child(
                        el("p")
                            .child(
                                el("span")
                                    .lang(original)
                                    .text(&format!("\u{201c}{}\u{201d}", m.quote)),
                            )
                            .text(&format!("{}{label}{}", t().paren_open, t().paren_close)),
                    ),
                );
                if let Some(translation) = &m.quote_translation {
                    li = li.child(our_translation(translation));
                }
                if let (Some(x), Some(h)) = (&m.expected, &m.happened) {
                    li = li.child(el("p").text(&joined(x, h)));
                }
            }
            li
        })
        .collect();
    let topics: Vec<Node> = story
        .topics
        .iter()
        .map(|topic| {
            let mut section = el("section")
                .class("handout__topic")
                .child(el("h3").text(&topic.question))
                .child(el("p").text(&fill(
                    later().handout_spectrum,
                    &[
                        ("left", &topic.spectrum.left),
                        ("right", &topic.spectrum.right),
                    ],
                )));
            for text in &story.texts {
                let Some(r) = topic.readings.iter().find(|r| r.text == text.id) else {
                    continue;
                };
                let position =
                    position_label(r.position, &topic.spectrum.left, &topic.spectrum.right);
                section = section
                    .child(el("h4").text(&format!("{} \u{2014} {position}", text.label)))
                    .child(el("p").text(&r.paraphrase));
                for (k, q) in r.quotes.iter().enumerate() {
                    section = section.child(
                        el("blockquote")
                            .lang(original)
                            .child(el("p").text(&format!("\u{201c}{q}\u{201d}"))),
                    );
                    if let Some(translation) = r.quote_translations.get(k) {
                        section = section.child(our_translation(translation));
                    }
                }
            }
            section
                .child(
                    el("p")
                        .child(el("strong").text(&format!(
                            "{}{}",
                            later().common_ground,
                            t().colon
                        )))
                        .text(&topic.common_ground),
                )
                .child(
                    el("p")
                        .child(el("strong").text(&format!(
                            "{}{}",
                            later().key_difference,
                            t().colon
                        )))
                        .text(&topic.key_difference),
                )
        })
        .collect();
    let texts: Vec<Node> = story.texts.iter().map(|x| text_line(story, x)).collect();
    vec![
        el("h1").text(&story.meta.title),
        el("p").text(&story.meta.subtitle),
        // Paper cannot link: the address brings a reader back to the interactive version.
        el("p")
            .class("handout__address")
            .text(later().handout_address)
            .child(el("span").class("handout__url").text(address)),
        el("p").class("handout__zone").text(&fill(
            later().handout_zone,
            &[("zone", zone_long_name(story.meta.time_zone))],
        )),
        el("h2").text(t().view_timeline),
        el("ol").class("handout__events").children(events),
        el("h2").text(later().handout_texts),
        el("ul").children(texts),
        el("h2").text(later().handout_compare),
        el("div").children(topics),
        el("h2").text(later().questions_heading),
        el("ol").children(story.questions.iter().map(|q| el("li").text(&q.prompt))),
        el("h2").text(later().method_heading),
        el("div").children(story.method.iter().map(|p| el("p").text(p))),
        el("p").text(&story.meta.credits),
    ]
}

/// One text's line in both handouts: its label, title, authors, outlet and date (its title
/// and outlet marked in the original's language in a translated edition).
pub fn text_line(story: &Story, text: &crate::model::Text) -> Node {
    let by = if text.authors.is_empty() {
        later().unsigned.to_string()
    } else {
        text.authors.join(later().and)
    };
    el("li").fill_marked(
        later().handout_text_line,
        &[
            ("label", &text.label),
            ("title", &text.title),
            ("by", &by),
            ("outlet", &text.outlet),
            ("date", &text_date(text)),
        ],
        story.original_lang(),
        &["title", "outlet"],
    )
}
