//! The legend, which is also the lane filter: each lane's colour and shape with a checkbox,
//! and what the badges and rings on markers mean.

use super::marks::short_label;
use super::state::TimelineState;
use crate::dom::{el, render_into, span, Node};
use crate::model::Story;
use leptos::html;
use leptos::prelude::*;

/// The attribute on each lane's checkbox: the lane's index.
const LANE_ATTR: &str = "data-lane-toggle";

fn build(story: &Story, counts: &[usize]) -> Vec<Node> {
    let boxes = story.lanes.iter().enumerate().map(|(lane, l)| {
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
            .child(span(
                "chip__count",
                &format!("({})", counts.get(lane).copied().unwrap_or(0)),
            ))
    });
    let fieldset = el("fieldset")
        .class("tl-legend__lanes")
        .child(el("legend").text("Lanes shown"))
        .children(boxes.collect());
    let mut key = Vec::new();
    for text in &story.texts {
        let letter = short_label(&text.label);
        key.push(
            el("li")
                .child(span("badge", &letter))
                .text(&format!(" {} mentions the event", text.label)),
        );
        key.push(
            el("li")
                .child(span("badge badge--gap", &format!("{letter}!")))
                .text(&format!(
                    " {} expected something other than what happened",
                    text.label
                )),
        );
    }
    for (class, label) in [("single-source", "Single source"), ("disputed", "Disputed")] {
        key.push(
            el("li")
                .child(span(&format!("key-ring key-ring--{class}"), "").attr("aria-hidden", "true"))
                .text(&format!(" {label}")),
        );
    }
    vec![
        fieldset,
        el("ul")
            .class("tl-legend__key")
            .attr("aria-label", "Marker key")
            .children(key),
    ]
}

/// Checkboxes to show or hide lanes, with the key to the markers. On a narrow screen they are
/// folded away under a summary, so that the first events show on the first screen.
#[component]
pub fn LaneFilter(
    /// The timeline's state.
    state: TimelineState,
    /// Whether the screen is narrow (a phone): the filter starts folded.
    #[prop(into)]
    narrow: Signal<bool>,
) -> impl IntoView {
    let host = NodeRef::<html::Details>::new();
    render_into(host, move || {
        let counts = state
            .app
            .index
            .with_value(|i| i.lanes.iter().map(Vec::len).collect::<Vec<_>>());
        vec![
            el("summary")
                .class("tl-legend-box__summary")
                .attr("data-testid", "lanes-summary")
                .text("Lanes and marker key ")
                .child(span("tl-legend-box__count", "")),
            el("div")
                .class("tl-legend")
                .children(state.app.story.with_value(|s| build(s, &counts))),
        ]
    });
    // Folded on a narrow screen, open on a wider one (where the summary is not shown).
    crate::dom::effect(move || {
        let open = !narrow.get();
        if let Some(host) = host.get() {
            host.set_open(open);
        }
    });
    // The summary says how many lanes are shown, as a folded filter hides that.
    crate::dom::effect(move || {
        let text = state.visible.with(|v| {
            let on = v.iter().filter(|shown| **shown).count();
            if on == v.len() {
                "(all shown)".to_string()
            } else {
                format!("({on} of {} shown)", v.len())
            }
        });
        if let Some(Ok(Some(count))) = host
            .get()
            .map(|h| h.query_selector(".tl-legend-box__count"))
        {
            count.set_text_content(Some(&text));
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        let Some(lane) =
            crate::dom::closest_data(&ev, LANE_ATTR).and_then(|l| l.parse::<usize>().ok())
        else {
            return;
        };
        let on = event_target_checked(&ev);
        state.visible.update(|v| {
            if let Some(slot) = v.get_mut(lane) {
                *slot = on;
            }
        });
    };
    view! { <details class="tl-legend-box" node_ref=host on:change=on_change></details> }
}
