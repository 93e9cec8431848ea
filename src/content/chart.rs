//! The influx chart, drawn inside the track on the timeline's own time scale: app-store rank as
//! a strip, usage estimates as a line (log scale, disputed points flagged), and notes for
//! figures that are not a line. Visual only (`aria-hidden`); the chart key under the timeline
//! gives the sources and the same numbers as a table.

use crate::i18n::{compact, fill, t};
use crate::markup::{div, span, svg, Node};
use crate::model::index::{day_start, DAY};
use crate::model::{Date, Series, SeriesScale, Story};
use crate::scale::value_scale::LogScale;
use crate::scale::TimeScale;

/// Height in thousandths (0 = top) of a value on a series' scale.
fn per_mille(series: &Series, log: &LogScale, value: f64) -> i64 {
    let percent = match series.scale {
        SeriesScale::Log => log.y(value),
        SeriesScale::Linear | SeriesScale::Rank => {
            let max = series
                .points
                .iter()
                .map(|p| p.value)
                .fold(0.0, f64::max)
                .max(1.0)
                * 1.1;
            100.0 * (1.0 - value / max)
        }
    };
    (percent * 10.0).round() as i64
}

/// Where a day's data point sits: midday, like an untimed event.
fn midday(scale: &TimeScale, date: Date) -> i64 {
    scale.minutes(day_start(date) + DAY / 2.0)
}

/// A rank series as a strip of "#1" labels. A rank that repeats the one before is marked, so
/// that CSS can drop it when the days are too close to tell apart.
fn rank_row(scale: &TimeScale, series: &Series) -> Node {
    let mut previous = None;
    let points: Vec<Node> = series
        .points
        .iter()
        .map(|p| {
            let rank = p.value.round() as i64;
            let class = if previous.replace(rank) == Some(rank) {
                "tl-rank tl-rank--repeat"
            } else {
                "tl-rank"
            };
            span(class, &format!("#{rank}")).css_int("--m", midday(scale, p.date))
        })
        .collect();
    div("tl-chart__row tl-chart__row--rank").children(points)
}

/// A value series as a line with labelled points, and grid lines on a log scale.
fn value_row(scale: &TimeScale, series: &Series) -> Node {
    let log = LogScale::for_values(series.points.iter().map(|p| p.value));
    let mut row = div("tl-chart__row tl-chart__row--value");
    if series.scale == SeriesScale::Log {
        for v in log.ticks() {
            row = row.child(
                div("tl-chart__grid")
                    .css_int("--y", per_mille(series, &log, v))
                    .child(span("tl-chart__grid-label", &compact(v))),
            );
        }
    }
    let ms: Vec<i64> = series
        .points
        .iter()
        .map(|p| midday(scale, p.date))
        .collect();
    let (m0, m1) = (
        ms.iter().copied().min().unwrap_or(0),
        ms.iter().copied().max().unwrap_or(0),
    );
    let width = (m1 - m0).max(1);
    let line: Vec<String> = series
        .points
        .iter()
        .zip(&ms)
        .map(|(p, m)| {
            format!(
                "{},{}",
                (m - m0) * 1000 / width,
                per_mille(series, &log, p.value)
            )
        })
        .collect();
    row = row.child(
        svg("svg")
            .class("tl-chart__line")
            .attr("viewBox", "0 0 1000 1000")
            .attr("preserveAspectRatio", "none")
            .css_int("--m0", m0)
            .css_int("--m1", m1)
            .child(
                svg("polyline")
                    .attr("points", &line.join(" "))
                    .attr("vector-effect", "non-scaling-stroke"),
            ),
    );
    // A point within two days of the one before is marked "crowded": from week zoom on, the
    // two labels would overlap, and CSS drops the second (the table has both).
    let mut previous: Option<i64> = None;
    for (p, m) in series.points.iter().zip(&ms) {
        let label = if p.disputed {
            fill(t().chart_disputed, &[("value", &compact(p.value))])
        } else {
            compact(p.value)
        };
        let crowded = previous
            .replace(*m)
            .is_some_and(|before| m - before < 2 * 24 * 60);
        let class = match (p.disputed, crowded) {
            (false, false) => "tl-point",
            (true, false) => "tl-point tl-point--disputed",
            (false, true) => "tl-point tl-point--crowded",
            (true, true) => "tl-point tl-point--disputed tl-point--crowded",
        };
        row = row.child(
            span(class, "")
                .css_int("--m", *m)
                .css_int("--y", per_mille(series, &log, p.value))
                .child(span("tl-point__label", &label)),
        );
    }
    row
}

/// The chart rows under the lanes, or `None` when the story has no numbers.
pub fn influx_chart(story: &Story, scale: &TimeScale) -> Option<Node> {
    if story.series.is_empty() && story.chart_notes.is_empty() {
        return None;
    }
    let mut rows: Vec<Node> = story
        .series
        .iter()
        .map(|series| match series.scale {
            SeriesScale::Rank => rank_row(scale, series),
            _ => value_row(scale, series),
        })
        .collect();
    if !story.chart_notes.is_empty() {
        let notes = story.chart_notes.iter().enumerate().map(|(i, note)| {
            let from = day_start(note.date);
            let to = note.end.map_or(from + DAY, |end| day_start(end) + DAY);
            div("tl-note")
                .css_int("--m0", scale.minutes(from))
                .css_int("--m1", scale.minutes(to))
                .css_int("--row", (i % 3) as i64)
                .child(span("tl-note__label", &note.label))
        });
        rows.push(div("tl-chart__row tl-chart__row--notes").children(notes));
    }
    Some(
        div("tl-chart")
            .attr("aria-hidden", "true")
            .attr("data-testid", "influx-chart")
            .children(rows),
    )
}

/// The labels of the chart rows, for the column beside the track (same order and heights).
pub fn row_labels(story: &Story) -> Vec<Node> {
    let mut rows: Vec<Node> = story
        .series
        .iter()
        .map(|series| match series.scale {
            SeriesScale::Rank => div("tl-chart-label tl-chart-label--rank").text(&series.metric),
            SeriesScale::Log => div("tl-chart-label tl-chart-label--value")
                .text(&fill(t().chart_log_scale, &[("metric", &series.metric)])),
            SeriesScale::Linear => div("tl-chart-label tl-chart-label--value").text(&series.metric),
        })
        .collect();
    if !story.chart_notes.is_empty() {
        rows.push(div("tl-chart-label tl-chart-label--notes").text(t().chart_notes_label));
    }
    rows
}
