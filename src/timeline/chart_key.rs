//! Under the timeline: what the chart shows, where the numbers come from, their caveats, and
//! the same numbers as a table.

use crate::content::chart_key::{sources, table};
use crate::context::use_app;
use crate::i18n::t;
use crate::markup::{el, Node};
use crate::model::Story;
use crate::ui::{closest_data, markup};
use leptos::prelude::*;

/// The attribute of the button that shows and hides the table.
const TOGGLE_ATTR: &str = "data-toggle-table";

/// The chart's title, sources and caveats, and a "show as table" alternative.
///
/// Markup rebuilt in place when the table opens or closes, with one handler (as the toolbar,
/// for the same reason: the size budget of the first view).
#[component]
pub fn ChartKey(
    /// Whether the table is open by default (in the list view it is the only form of the chart).
    #[prop(into)]
    table_open: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let story = app.story;
    let has_numbers = !story.series.is_empty() || !story.chart_notes.is_empty();
    let open = RwSignal::new(table_open.get_untracked());
    crate::ui::effect(move || open.set(table_open.get()));
    let toggle = move |ev: leptos::ev::MouseEvent| {
        if closest_data(&ev, TOGGLE_ATTR).is_some() {
            open.update(|o| *o = !*o);
        }
    };
    has_numbers.then(|| {
        // The page written at build time also holds the key as the list view shows it, with
        // its table (its style sheet shows it on narrow screens and without scripts). Not in
        // the app's code at all (even an empty option costs the first view bytes).
        #[cfg(target_arch = "wasm32")]
        let as_in_list = ();
        #[cfg(not(target_arch = "wasm32"))]
        let as_in_list = app.prerender().then(|| {
            markup([el("section")
                .class("chart-key chart-key--list")
                .children(chart_key(story, true, true))
                .without_ids()])
        });
        view! {
            <section
                class="chart-key"
                aria-labelledby="chart-key-heading"
                data-testid="chart-key"
                on:click=toggle
            >
                {move || markup(chart_key(story, table_open.get(), open.get()))}
            </section>
            {as_in_list}
        }
    })
}

/// The key's content: `list` when the list view shows it (which draws no chart), `open` when
/// the table is shown.
pub fn chart_key(story: &Story, list: bool, open: bool) -> Vec<Node> {
    vec![
        el("h2")
            .attr("id", "chart-key-heading")
            .class("chart-key__heading")
            .text(t().chart_heading),
        // The list view draws no chart: its introduction speaks of the table.
        el("p").class("chart-key__intro").text(if list {
            t().chart_intro_list
        } else {
            t().chart_intro
        }),
        el("ul")
            .class("chart-key__sources")
            .children(sources(story)),
        el("button")
            .class("button")
            .attr("type", "button")
            .attr(TOGGLE_ATTR, "")
            .attr("aria-expanded", &open.to_string())
            .attr("aria-controls", "chart-table")
            .text(if open {
                t().chart_hide_table
            } else {
                t().chart_show_table
            }),
        // Focusable and named: keyboard users can scroll the table when it is wider than the
        // screen.
        el("div")
            .attr("id", "chart-table")
            .class("chart-table__wrap")
            .attr("role", "region")
            .attr("aria-label", t().chart_table_region)
            .attr("tabindex", "0")
            .attr_if(!open, "hidden", "")
            .child(table(story)),
    ]
}
