//! All topics at once: a table of topics × texts with each position on its track, so that the
//! whole disagreement fits one screen. Choosing a row opens that topic.

use super::details::TOPIC_LINK_ATTR;
use super::spectrum::{spectrum_track, Marker};
use crate::i18n::{distance_words, fill, later, position_label};
use crate::markup::{el, Node};
use crate::model::Story;

/// The overview table. `order` gives the texts' columns; `href` the link for a topic.
pub fn overview(
    story: &Story,
    order: &[usize],
    current: &str,
    href: &dyn Fn(&str) -> String,
) -> Node {
    let mut head = el("tr").child(
        el("th")
            .attr("scope", "col")
            .text(later().overview_question),
    );
    for &i in order {
        head = head.child(el("th").attr("scope", "col").text(&story.texts[i].label));
    }
    head = head.child(el("th").attr("scope", "col").text(later().overview_apart));
    let rows = story.topics.iter().enumerate().map(|(n, topic)| {
        // Explicit roles keep the table's meaning when narrow screens restyle its rows as
        // cards (some browsers drop it when a row's `display` changes).
        let mut row = el("tr")
            .attr("role", "row")
            .attr(TOPIC_LINK_ATTR, &topic.id)
            .attr_if(topic.id == current, "aria-current", "true")
            .child(
                el("th")
                    .attr("scope", "row")
                    .attr("role", "rowheader")
                    .child(
                        el("a")
                            .attr("href", &href(&topic.id))
                            .attr(TOPIC_LINK_ATTR, &topic.id)
                            .text(&format!("{}. {}", n + 1, topic.question)),
                    ),
            );
        let mut steps = Vec::new();
        for &i in order {
            let text = &story.texts[i];
            let marker = Marker::of(story, topic, i);
            let s = marker.position;
            steps.push(s);
            row = row.child(
                el("td")
                    .attr("role", "cell")
                    .attr("data-label", &text.label)
                    .child(spectrum_track(topic, &[marker], true))
                    .child(
                        el("span")
                            .class("cmp-overview__label")
                            .text(&position_label(
                                s,
                                &topic.spectrum.left,
                                &topic.spectrum.right,
                            )),
                    ),
            );
        }
        let apart = match steps.as_slice() {
            [a, b] => distance_words(*a, *b),
            _ => "",
        };
        row.child(
            el("td")
                .class("cmp-overview__apart")
                .attr("role", "cell")
                .attr("data-label", later().overview_apart)
                .text(apart),
        )
    });
    el("table")
        .class("cmp-overview")
        .attr("data-testid", "overview")
        .child(el("caption").text(&fill(
            later().overview_caption,
            &[("count", &story.topics.len().to_string())],
        )))
        .child(el("thead").child(head))
        .child(el("tbody").children(rows))
}
