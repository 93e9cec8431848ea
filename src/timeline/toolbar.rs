//! The timeline's controls: zoom out and in, show everything, zoom to an era, and the switch
//! between the timeline and the list. Built once; an effect keeps their states current.

use super::state::TimelineState;
use crate::app::browser::HistoryMode;
use crate::dom::{closest_data, div, el, render_into, span, Node};
use crate::scale::{ticks, zoom};
use leptos::html;
use leptos::prelude::*;

/// The attribute naming a toolbar button's action.
const ACTION: &str = "data-action";

fn button(action: &str, text: &str) -> Node {
    el("button")
        .class("button")
        .attr("type", "button")
        .attr(ACTION, action)
        .text(text)
}

fn build(state: TimelineState) -> Vec<Node> {
    let zoom_group = div("tl-toolbar__group tl-toolbar__zoom")
        .attr("role", "group")
        .attr("aria-label", "Zoom")
        .child(
            button("zoom-out", "−")
                .attr("aria-label", "Zoom out")
                .attr("title", "Zoom out (−)"),
        )
        .child(
            button("zoom-in", "+")
                .attr("aria-label", "Zoom in")
                .attr("title", "Zoom in (+)"),
        )
        .child(button("everything", "Show everything"))
        // A status: screen readers hear when a zoom changes the axis's unit (days, weeks…).
        .child(
            span("tl-toolbar__status", "")
                .attr("role", "status")
                .attr("data-testid", "zoom-status"),
        );
    let eras = state.app.story.with_value(|s| {
        s.eras
            .iter()
            .map(|era| {
                let dates = format!("{} to {}", era.start.long(), era.end.long());
                button(&format!("era:{}", era.id), &era.label)
                    .attr("title", &dates)
                    .attr("aria-label", &format!("Zoom to {}, {dates}", era.label))
            })
            .collect()
    });
    let era_group = div("tl-toolbar__group tl-toolbar__eras")
        .attr("role", "group")
        .attr("aria-label", "Zoom to a period")
        .children(eras);
    let list_group = div("tl-toolbar__group tl-toolbar__group--end tl-toolbar__switch")
        .child(button("list", "List view").attr("aria-pressed", "false"));
    vec![zoom_group, era_group, list_group]
}

/// Sets or removes a boolean attribute on every element matching `selector` in `host`.
fn flag(host: &web_sys::Element, selector: &str, name: &str, on: bool) {
    if let Ok(Some(el)) = host.query_selector(selector) {
        let _ = if on {
            el.set_attribute(name, "")
        } else {
            el.remove_attribute(name)
        };
    }
}

/// Marks the button matching `selector` as unavailable (`aria-disabled`) or available.
fn unavailable(host: &web_sys::Element, selector: &str, on: bool) {
    if let Ok(Some(el)) = host.query_selector(selector) {
        let _ = el.set_attribute("aria-disabled", if on { "true" } else { "false" });
    }
}

/// Zoom buttons, era shortcuts and the list switch. In the list, only the switch is shown; on
/// narrow screens, where the list is the only layout, not even that.
#[component]
pub fn Toolbar(
    /// The timeline's state.
    state: TimelineState,
    /// Whether the list is shown instead of the timeline.
    #[prop(into)]
    list: Signal<bool>,
    /// Whether the screen is too narrow for the timeline.
    #[prop(into)]
    narrow: Signal<bool>,
) -> impl IntoView {
    let app = state.app;
    let host = NodeRef::<html::Div>::new();
    render_into(host, move || build(state));
    crate::dom::effect(move || {
        let (k, fit, list, narrow) = (state.k.get(), state.fit(), list.get(), narrow.get());
        let Some(host) = host.get() else { return };
        let (at_min, at_max) = zoom::at_limits(k, fit);
        // `aria-disabled`, not `disabled`: a disabled button drops the keyboard focus to
        // <body> the moment the last zoom step reaches a limit. The actions clamp anyway.
        unavailable(&host, "[data-action=zoom-out]", at_min);
        unavailable(&host, "[data-action=everything]", at_min);
        unavailable(&host, "[data-action=zoom-in]", at_max);
        flag(&host, ".tl-toolbar__zoom", "hidden", list);
        flag(&host, ".tl-toolbar__eras", "hidden", list);
        flag(&host, ".tl-toolbar__switch", "hidden", narrow);
        if let Ok(Some(status)) = host.query_selector(".tl-toolbar__status") {
            // Only a new text: a status is announced each time its text is set.
            let text = format!("Axis in {}", ticks::interval_for(k).unit.plural());
            if status.text_content().as_deref() != Some(text.as_str()) {
                status.set_text_content(Some(&text));
            }
        }
        if let Ok(Some(toggle)) = host.query_selector("[data-action=list]") {
            let _ = toggle.set_attribute("aria-pressed", if list { "true" } else { "false" });
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = closest_data(&ev, ACTION) else {
            return;
        };
        match action.as_str() {
            "zoom-out" => state.zoom_step(-1),
            "zoom-in" => state.zoom_step(1),
            "everything" => state.show_everything(),
            "list" => {
                let to_list = !list.get_untracked();
                app.go(HistoryMode::Replace, |u| u.list = to_list);
            }
            era => {
                let id = era.trim_start_matches("era:");
                let span = app
                    .story
                    .with_value(|s| s.eras.iter().find(|e| e.id == id).map(|e| e.span()));
                if let Some((from, to)) = span {
                    state.show_period(from, to);
                }
            }
        }
    };
    view! { <div class="tl-toolbar" node_ref=host on:click=on_click></div> }
}
