//! The two texts introduced side by side: who, where, when, what kind, and the name each uses
//! for the app.

use crate::dom::{div, el, Node};
use crate::model::{Story, Text};

fn card(text: &Text, slot: usize) -> Node {
    let authors = if text.authors.is_empty() {
        "Unsigned".to_string()
    } else {
        text.authors.join(" and ")
    };
    let mut facts = el("dl")
        .class("cmp-text__facts")
        .child(el("dt").text("By"))
        .child(el("dd").text(&authors))
        .child(el("dt").text("Published"))
        .child(el("dd").text(&text.outlet))
        .child(el("dt").text("Date"))
        .child(
            el("dd").text(&text.display_date()).child_opt(
                text.date_note
                    .as_ref()
                    .map(|note| el("span").class("cmp-text__note").text(&format!(" {note}"))),
            ),
        )
        .child(el("dt").text("Kind"))
        .child(el("dd").text(&text.genre));
    if let Some(name) = &text.app_name {
        facts = facts
            .child(el("dt").text("Calls the app"))
            .child(el("dd").child(el("strong").text(name)));
    }
    let source = match &text.url {
        Some(url) => el("p").child(
            el("a")
                .attr("href", url)
                .attr("rel", "noopener noreferrer")
                .attr("target", "_blank")
                .text(&format!("Read {} in full", text.label))
                .child(
                    el("span")
                        .class("visually-hidden")
                        .text(" (opens in a new tab)"),
                ),
        ),
        None => el("p").class("cmp-text__nolink").text(
            "No stable link to the original is known; it is named by the sites that carry it.",
        ),
    };
    el("article")
        .class(&format!("cmp-text cmp-slot-{}", slot % 2))
        .attr("data-testid", &format!("text-card-{}", text.id))
        .child(el("p").class("cmp-text__label").text(&text.label))
        .child(el("h2").class("cmp-text__title").text(&text.title))
        .child(facts)
        .child(source)
}

/// Both texts, in the given order (indices into `story.texts`).
pub fn text_cards(story: &Story, order: &[usize]) -> Node {
    let cards = order.iter().map(|&i| card(&story.texts[i], i)).collect();
    div("cmp-texts").children(cards)
}
