//! Where an event sits in time, for its presentation step: a strip of the timeline around it,
//! drawn with the timeline's own pieces (era bands, axis ticks, lanes of markers, and on the
//! influx's steps the chart) on the timeline's time scale, with the event highlighted among
//! its neighbours in their lanes. A projector cannot zoom or scroll, so the strip is fixed: the
//! stretch of time is chosen by [`context_window`], the lanes by [`lanes_in`].

use super::axis::{axis_ticks, era_bands};
use super::chart::{influx_chart, row_labels};
use super::marks::{drawn_marks, in_window, lane_row, still_mark};
use crate::i18n::{event_date, fill, later, t};
use crate::markup::{div, span, Node};
use crate::model::presentation::{chart_span, context_window, lanes_in, shows_chart, NEIGHBOURS};
use crate::model::StoryIndex;
use crate::model::{index::DAY, Story};
use crate::scale::ticks::interval_for;
use crate::scale::TimeScale;

/// The strip's width in pixels that its scale assumes, for the ticks' spacing and for merging
/// markers too close to tell apart: about the track's width on a small projector (1024×768),
/// where the labels are largest for the room (CSS stretches it to the slide's, as positions
/// are shares of the track).
const WIDTH: f64 = 720.0;

/// "“Headline” (13 Jan 2025)" for the event at `pos`, or "nothing" outside the story.
fn named(story: &Story, index: &StoryIndex, pos: Option<usize>) -> String {
    match pos.and_then(|p| index.order.get(p)) {
        Some(placed) => {
            let e = &story.events[placed.event];
            format!(
                "\u{201c}{}\u{201d}{}{}{}",
                e.headline,
                t().paren_open,
                event_date(e),
                t().paren_close
            )
        }
        None => later().step_context_none.to_string(),
    }
}

/// The strip for the event at position `pos` (marked `data-testid="step-context"`). An image
/// to assistive technology, named by the event's lane and the events just before and after it.
pub fn event_context(story: &Story, index: &StoryIndex, pos: usize) -> Node {
    let chart = shows_chart(story, index, pos);
    let (from, to) = context_window(
        index,
        pos,
        NEIGHBOURS,
        chart.then(|| chart_span(story)).flatten(),
    );
    let scale = TimeScale::new(from, to, WIDTH / ((to - from) / DAY));
    let span_m = scale.minutes(scale.end);
    let shown = lanes_in(index, (from, to), pos);
    let drawn = in_window(
        &drawn_marks(index, &scale, &shown, &[pos]),
        (0, span_m + 1),
        &[],
    );
    let placed = index.order[pos];
    let lane_label = story
        .lanes
        .get(placed.lane)
        .map_or("", |l| l.label.as_str());
    let name = fill(
        later().step_context,
        &[
            ("lane", lane_label),
            ("before", &named(story, index, pos.checked_sub(1))),
            ("after", &named(story, index, Some(pos + 1))),
        ],
    );

    let mut labels = div("present__strip-labels")
        .child(div("tl-axis-spacer"))
        .children(
            story
                .lanes
                .iter()
                .enumerate()
                .filter(|(lane, _)| shown[*lane])
                .map(|(lane, l)| {
                    div(&format!("tl-lane-label lane-{}", lane % 8))
                        .child(span("shape", ""))
                        .child(span("", &l.label))
                }),
        );
    let mut track = div("tl-track present__strip")
        .css_int("--span", span_m)
        .attr("data-unit", interval_for(scale.px_per_day).unit.plural())
        .child(era_bands(&story.eras, &scale))
        .child(div("tl-axis").children(axis_ticks(&scale, (0, span_m))))
        .child(
            div("tl-events").children(
                drawn
                    .iter()
                    .enumerate()
                    .filter(|(lane, _)| shown[*lane])
                    .map(|(lane, marks)| {
                        lane_row(lane).children(
                            marks
                                .iter()
                                .map(|d| still_mark(story, index, d, span_m, pos)),
                        )
                    }),
            ),
        );
    if chart {
        if let Some(node) = influx_chart(story, &scale) {
            track = track.child(node);
            labels = labels.child(div("tl-chart-labels").children(row_labels(story)));
        }
    }
    div(if chart {
        "present__context present__context--chart"
    } else {
        "present__context"
    })
    .attr("data-testid", "step-context")
    .attr("role", "img")
    .attr("aria-label", &name)
    .child(labels)
    .child(track)
}
