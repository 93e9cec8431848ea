//! The two texts introduced side by side: who, where, when, what kind, and the name each uses
//! for the app.

use super::details::external_link;
use crate::i18n::{fill, later, text_date};
use crate::markup::{div, el, Node};
use crate::model::{Story, Text};

fn card(text: &Text, slot: usize, original: Option<&str>) -> Node {
    let authors = if text.authors.is_empty() {
        later().unsigned.to_string()
    } else {
        text.authors.join(later().and)
    };
    let mut facts = el("dl")
        .class("cmp-text__facts")
        .child(el("dt").text(later().text_by))
        .child(el("dd").text(&authors))
        .child(el("dt").text(later().text_published))
        .child(el("dd").lang(original).text(&text.outlet))
        .child(el("dt").text(later().text_date))
        .child(
            el("dd").text(&text_date(text)).child_opt(
                text.date_note
                    .as_ref()
                    .map(|note| el("span").class("cmp-text__note").text(&format!(" {note}"))),
            ),
        )
        .child(el("dt").text(later().text_kind))
        .child(el("dd").text(&text.genre));
    if let Some(name) = &text.app_name {
        facts = facts
            .child(el("dt").text(later().text_calls_app))
            .child(el("dd").child(el("strong").text(name)));
    }
    let source = match &text.url {
        Some(url) => el("p").child(external_link(
            url,
            &fill(later().text_read_in_full, &[("text", &text.label)]),
        )),
        None => el("p").class("cmp-text__nolink").text(later().text_no_link),
    };
    el("article")
        .class(&format!("cmp-text cmp-slot-{}", slot % 2))
        .attr("data-testid", &format!("text-card-{}", text.id))
        .child(el("p").class("cmp-text__label").text(&text.label))
        .child(
            el("h2")
                .class("cmp-text__title")
                .lang(original)
                .text(&text.title),
        )
        .child(facts)
        .child(source)
}

/// Both texts, in the given order (indices into `story.texts`).
pub fn text_cards(story: &Story, order: &[usize]) -> Node {
    let cards = order
        .iter()
        .map(|&i| card(&story.texts[i], i, story.original_lang()));
    div("cmp-texts").children(cards)
}
