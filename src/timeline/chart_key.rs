//! Under the timeline: what the chart shows, where the numbers come from, their caveats, and
//! the same numbers as a table.

use super::state::TimelineState;
use crate::dom::{el, render_into, Node};
use crate::model::index::sorted_by;
use crate::model::{ChartNote, SeriesScale, Story};
use crate::scale::value_scale::compact;
use chrono::Datelike;
use leptos::html;
use leptos::prelude::*;

/// A chart note in words, with its source: in the key's list and in the table.
fn note_text(n: &ChartNote) -> String {
    format!("{}. Source: {}.", n.label, n.source)
}

/// The sources and caveats, as list items.
fn sources(story: &Story) -> Vec<Node> {
    let series = story.series.iter().map(|s| {
        let mut li = el("li")
            .child(el("strong").text(&s.metric))
            .text(&format!(". Source: {}.", s.source));
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

fn days(date: crate::model::Date) -> i64 {
    date.day.num_days_from_ce() as i64
}

/// The table of every number on the chart, by date.
fn table(story: &Story) -> Node {
    let mut rows: Vec<(i64, [String; 4])> = Vec::new();
    for s in &story.series {
        for p in &s.points {
            let value = match s.scale {
                SeriesScale::Rank => format!("#{}", p.value.round() as i64),
                _ => compact(p.value),
            };
            let caveat = p.caveat.clone().unwrap_or_default();
            let note = match (p.disputed, caveat.is_empty()) {
                (true, true) => "Disputed.".to_string(),
                (true, false) => format!("Disputed. {caveat}"),
                (false, _) => caveat,
            };
            rows.push((days(p.date), [p.date.long(), s.metric.clone(), value, note]));
        }
    }
    for n in &story.chart_notes {
        let when = match n.end {
            Some(end) => format!("{} – {}", n.date.long(), end.long()),
            None => n.date.long(),
        };
        // A note's text goes in the Note column: the Value column holds short figures and
        // does not wrap, and a sentence there squeezes the other columns to a letter's width.
        rows.push((
            days(n.date),
            [when, "Note".into(), "—".into(), note_text(n)],
        ));
    }
    let keys: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut rows: Vec<Option<(i64, [String; 4])>> = rows.into_iter().map(Some).collect();
    let rows: Vec<(i64, [String; 4])> = sorted_by(&keys)
        .into_iter()
        .filter_map(|i| rows[i].take())
        .collect();
    let head = ["Date", "Measure", "Value", "Note"]
        .into_iter()
        .map(|h| el("th").attr("scope", "col").text(h))
        .collect();
    let body = rows
        .into_iter()
        .map(|(_, cells)| {
            let [date, what, value, note] = cells;
            el("tr")
                .child(el("td").text(&date))
                .child(el("td").text(&what))
                .child(el("td").class("chart-table__value").text(&value))
                .child(el("td").text(&note))
        })
        .collect();
    el("table")
        .class("chart-table")
        .attr("data-testid", "chart-table")
        .child(el("caption").text("The chart's numbers, by date"))
        .child(el("thead").child(el("tr").children(head)))
        .child(el("tbody").children(body))
}

/// The chart's title, sources and caveats, and a "show as table" alternative.
#[component]
pub fn ChartKey(
    /// The timeline's state.
    state: TimelineState,
    /// Whether the table is open by default (in the list view it is the only form of the chart).
    #[prop(into)]
    table_open: Signal<bool>,
) -> impl IntoView {
    let has_numbers = state
        .app
        .story
        .with_value(|s| !s.series.is_empty() || !s.chart_notes.is_empty());
    let open = RwSignal::new(table_open.get_untracked());
    crate::dom::effect(move || open.set(table_open.get()));
    let list = NodeRef::<html::Ul>::new();
    let table_host = NodeRef::<html::Div>::new();
    crate::dom::effect(move || {
        if let Some(list) = list.get() {
            crate::dom::replace_children(&list, state.app.story.with_value(sources));
        }
    });
    render_into(table_host, move || vec![state.app.story.with_value(table)]);
    has_numbers.then(|| {
        view! {
            <section class="chart-key" aria-labelledby="chart-key-heading" data-testid="chart-key">
                <h2 id="chart-key-heading" class="chart-key__heading">"The influx in numbers"</h2>
                // The list view draws no chart: its introduction speaks of the table.
                <p class="chart-key__intro" hidden=move || table_open.get()>
                    "Under the lanes: RedNote's rank on Apple's US App Store, and estimates of its daily users in the US on a logarithmic scale (each grid line is ten times the one below). A hollow point is disputed. Downloads are different measures, so they appear as notes, not as a line."
                </p>
                <p class="chart-key__intro" hidden=move || !table_open.get()>
                    "In the list view the chart's numbers are a table: RedNote's rank on Apple's US App Store, and estimates of its daily users in the US, with disputed figures marked. Downloads are different measures, so they appear as notes."
                </p>
                <ul class="chart-key__sources" node_ref=list></ul>
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="chart-table"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || if open.get() { "Hide the table" } else { "Show as table" }}
                </button>
                // Focusable and named: keyboard users can scroll the table when it is wider
                // than the screen.
                <div
                    id="chart-table"
                    class="chart-table__wrap"
                    role="region"
                    aria-label="The chart's numbers"
                    tabindex="0"
                    hidden=move || !open.get()
                    node_ref=table_host
                ></div>
            </section>
        }
    })
}
