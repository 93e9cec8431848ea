//! Under the timeline: where the chart's numbers come from, their caveats, and the same numbers
//! as a table.

use crate::i18n::{compact, date_long, fill, t};
use crate::markup::{el, Node};
use crate::model::index::sorted_by;
use crate::model::{ChartNote, SeriesScale, Story};
use chrono::Datelike;

/// A chart note in words, with its source: in the key's list and in the table.
fn note_text(n: &ChartNote) -> String {
    fill(
        t().chart_note_source,
        &[("label", &n.label), ("source", &n.source)],
    )
}

/// The sources and caveats, as list items.
pub fn sources(story: &Story) -> Vec<Node> {
    let series = story.series.iter().map(|s| {
        let mut li = el("li")
            .child(el("strong").text(&s.metric))
            .text(&fill(t().chart_series_source, &[("source", &s.source)]));
        if let Some(caveat) = &s.caveat {
            li = li
                .text(" ")
                .child(el("span").class("chart-key__caveat").text(caveat));
        }
        li
    });
    let notes = story
        .chart_notes
        .iter()
        .map(|n| el("li").text(&note_text(n)));
    series.chain(notes).collect()
}

/// The table of every number on the chart, by date.
pub fn table(story: &Story) -> Node {
    let days = |d: crate::model::Date| d.day.num_days_from_ce() as i64;
    let mut rows: Vec<(i64, [String; 4])> = Vec::new();
    for s in &story.series {
        for p in &s.points {
            let value = match s.scale {
                SeriesScale::Rank => format!("#{}", p.value.round() as i64),
                _ => compact(p.value),
            };
            let caveat = p.caveat.clone().unwrap_or_default();
            let note = match (p.disputed, caveat.is_empty()) {
                (true, true) => t().chart_disputed_note.to_string(),
                (true, false) => format!("{} {caveat}", t().chart_disputed_note),
                (false, _) => caveat,
            };
            rows.push((
                days(p.date),
                [date_long(p.date), s.metric.clone(), value, note],
            ));
        }
    }
    for n in &story.chart_notes {
        let when = match n.end {
            Some(end) => format!("{} – {}", date_long(n.date), date_long(end)),
            None => date_long(n.date),
        };
        // A note's text goes in the Note column: the Value column holds short figures and
        // does not wrap, and a sentence there squeezes the other columns to a letter's width.
        rows.push((
            days(n.date),
            [when, t().chart_col_note.into(), "—".into(), note_text(n)],
        ));
    }
    let keys: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut rows: Vec<Option<(i64, [String; 4])>> = rows.into_iter().map(Some).collect();
    let rows = sorted_by(&keys).into_iter().filter_map(|i| rows[i].take());
    let head = [
        t().chart_col_date,
        t().chart_col_measure,
        t().chart_col_value,
        t().chart_col_note,
    ]
    .into_iter()
    .map(|h| el("th").attr("scope", "col").text(h));
    let body = rows.map(|(_, cells)| {
        let [date, what, value, note] = cells;
        el("tr")
            .child(el("td").text(&date))
            .child(el("td").text(&what))
            .child(el("td").class("chart-table__value").text(&value))
            .child(el("td").text(&note))
    });
    el("table")
        .class("chart-table")
        .attr("data-testid", "chart-table")
        .child(el("caption").text(t().chart_table_caption))
        .child(el("thead").child(el("tr").children(head)))
        .child(el("tbody").children(body))
}
