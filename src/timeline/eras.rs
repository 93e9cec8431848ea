//! The eras: labelled bands behind the lanes.

use super::state::TimelineState;
use crate::dom::{div, span, Node};
use leptos::prelude::WithValue;

/// One band per era, placed in minutes from the track's start so that zoom moves them with CSS.
/// An era inside another (the outage inside the deadline week) gets the second label row, so
/// that the labels never overlap.
pub fn era_bands(state: TimelineState) -> Node {
    let scale = state.scale_untracked();
    let eras = state.app.story.with_value(|s| s.eras.clone());
    let spans: Vec<(f64, f64)> = eras.iter().map(|e| e.span()).collect();
    let bands = eras
        .iter()
        .enumerate()
        .map(|(i, era)| {
            let (from, to) = spans[i];
            let nested = spans
                .iter()
                .enumerate()
                .any(|(j, (a, b))| j != i && *a <= from && to <= *b && (*a, *b) != (from, to));
            div(if nested {
                "tl-era tl-era--nested"
            } else {
                "tl-era"
            })
            .attr("data-era", &era.id)
            .attr(
                "title",
                &format!("{}: {} to {}", era.label, era.start.long(), era.end.long()),
            )
            .css_int("--m0", scale.minutes(from))
            .css_int("--m1", scale.minutes(to))
            .child(span("tl-era__label", &era.label))
        })
        .collect();
    div("tl-eras").attr("aria-hidden", "true").children(bands)
}
