//! The time axis: ticks that adapt to the zoom, with labels in the story's stated time zone,
//! and the eras: labelled bands behind the lanes.

use crate::i18n::{date_long, fill, t, tick_label};
use crate::markup::{div, span, Node};
use crate::model::Era;
use crate::scale::ticks::ticks;
use crate::scale::TimeScale;

/// The ticks from `from` to `to` (minutes from the track's start) at the zoom of `scale`.
pub fn axis_ticks(scale: &TimeScale, (from, to): (i64, i64)) -> Vec<Node> {
    ticks(
        scale,
        scale.start + from as f64 * 60.0,
        scale.start + to as f64 * 60.0,
    )
    .into_iter()
    .map(|tick| {
        div(if tick.major {
            "tl-tick tl-tick--major"
        } else {
            "tl-tick"
        })
        .css_int("--m", scale.minutes(tick.t))
        .child(span("tl-tick__label", &tick_label(&tick)))
    })
    .collect()
}

/// One band per era, placed in minutes from the track's start so that zoom moves them with CSS.
/// An era inside another (the outage inside the deadline week) gets the second label row, so
/// that the labels never overlap.
pub fn era_bands(eras: &[Era], scale: &TimeScale) -> Node {
    let spans: Vec<(f64, f64)> = eras.iter().map(|e| e.span()).collect();
    let bands = eras.iter().enumerate().map(|(i, era)| {
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
            &fill(
                t().era_title,
                &[
                    ("era", &era.label),
                    ("from", &date_long(era.start)),
                    ("to", &date_long(era.end)),
                ],
            ),
        )
        .css_int("--m0", scale.minutes(from))
        .css_int("--m1", scale.minutes(to))
        .child(span("tl-era__label", &era.label))
    });
    div("tl-eras").attr("aria-hidden", "true").children(bands)
}

/// The attribute on an era's zoom button: the era's id.
pub const ERA_ATTR: &str = "data-zoom-era";

/// A button per era that zooms the timeline to it.
pub fn era_buttons(eras: &[Era]) -> Vec<Node> {
    eras.iter()
        .map(|era| {
            let (from, to) = (date_long(era.start), date_long(era.end));
            crate::markup::el("button")
                .class("button")
                .attr("type", "button")
                .attr(ERA_ATTR, &era.id)
                .attr("title", &fill(t().from_to, &[("from", &from), ("to", &to)]))
                .attr(
                    "aria-label",
                    &fill(
                        t().era_button_name,
                        &[("era", &era.label), ("from", &from), ("to", &to)],
                    ),
                )
                .text(&era.label)
        })
        .collect()
}
