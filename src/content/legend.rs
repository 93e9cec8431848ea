//! The timeline's legend, which is also its lane filter: each lane's colour and shape with a
//! checkbox, and what the badges and rings on markers mean.

use super::badges::short_label;
use crate::i18n::{confidence_label, fill, t};
use crate::markup::{el, span, Node};
use crate::model::{Confidence, Story, StoryIndex};

/// The attribute on each lane's checkbox: the lane's index.
pub const LANE_ATTR: &str = "data-lane-toggle";

/// The lane checkboxes (all ticked) and the marker key.
pub fn legend(story: &Story, index: &StoryIndex) -> Node {
    let boxes = story.lanes.iter().enumerate().map(|(lane, l)| {
        let events = index.lanes.get(lane).map_or(0, Vec::len);
        el("label")
            .class(&format!("chip lane-{}", lane % 8))
            .attr("title", &l.description)
            .child(
                el("input")
                    .attr("type", "checkbox")
                    .attr(LANE_ATTR, &lane.to_string())
                    .attr("checked", ""),
            )
            .child(span("shape", "").attr("aria-hidden", "true"))
            .child(el("span").text(&l.label))
            .child(span("chip__count", &format!("({events})")))
    });
    let mut key = Vec::new();
    for text in &story.texts {
        let letter = short_label(&text.label);
        key.push(
            el("li")
                .child(span("badge", &letter))
                .text(" ")
                .text(&fill(t().key_mentions, &[("text", &text.label)])),
        );
        key.push(
            el("li")
                .child(span("badge badge--gap", &format!("{letter}!")))
                .text(" ")
                .text(&fill(t().key_expected, &[("text", &text.label)])),
        );
    }
    for c in [Confidence::SingleSource, Confidence::Disputed] {
        key.push(
            el("li")
                .child(
                    span(&format!("key-ring key-ring--{}", c.as_str()), "")
                        .attr("aria-hidden", "true"),
                )
                .text(" ")
                .text(confidence_label(c)),
        );
    }
    el("div")
        .class("tl-legend")
        .child(
            el("fieldset")
                .class("tl-legend__lanes")
                .child(el("legend").text(t().lanes_shown))
                .children(boxes),
        )
        .child(
            el("ul")
                .class("tl-legend__key")
                .attr("aria-label", t().marker_key)
                .children(key),
        )
}
