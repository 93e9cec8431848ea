//! The compact title bar of an embedded explainer: the title, the views, and a link that opens
//! the full explainer in a new tab at the same state.

use crate::app::browser::HistoryMode;
use crate::app::context::{use_app, wants_new_tab};
use crate::app::header::{VIEWS, VIEW_ATTR};
use crate::dom::{closest_data, div, el, render_into, Node};
use leptos::html;
use leptos::prelude::*;

/// The embed's title bar (replaces the page header when `embed=1`).
#[component]
pub fn EmbedBar() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| app.url.with(|u| u.view));
    let host = NodeRef::<html::Header>::new();
    // Built once (a focused link survives a change of view); states are updated below.
    render_into(host, move || {
        let title = app.story.with_value(|s| s.meta.title.clone());
        let links: Vec<Node> = VIEWS
            .into_iter()
            .map(|(v, label)| {
                el("a")
                    .class("embed-bar__view")
                    .attr("href", "?")
                    .attr(VIEW_ATTR, v.as_str())
                    .text(label)
            })
            .collect();
        vec![
            el("p")
                .class("embed-bar__title")
                .attr("data-testid", "story-title")
                .text(&title),
            el("nav")
                .class("embed-bar__views")
                .attr("aria-label", "Views")
                .children(links),
            div("embed-bar__open").child(
                el("a")
                    .attr("href", "?")
                    .attr("target", "_blank")
                    .attr("rel", "noopener")
                    .attr("data-testid", "open-full")
                    .text("Open full explainer")
                    .child(
                        el("span")
                            .class("visually-hidden")
                            .text(" (opens in a new tab)"),
                    ),
            ),
        ]
    });
    crate::dom::effect(move || {
        let view = current.get();
        app.url.track();
        let Some(host) = host.get() else { return };
        crate::app::header::mark_views(&host, view, |v| app.href(|u| u.view = v));
        // The same state, standalone: without the embed flag and the host's parameters.
        let full = app.href(|u| {
            u.embed = false;
            u.other.retain(|(k, _)| {
                !["childId", "initialWidth", "parentTitle", "parentUrl"].contains(&k.as_str())
            });
        });
        if let Ok(Some(open)) = host.query_selector("[data-testid=open-full]") {
            let _ = open.set_attribute("href", &full);
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(name) = closest_data(&ev, VIEW_ATTR) else {
            return;
        };
        let Some(view) = VIEWS.iter().map(|(v, _)| *v).find(|v| v.as_str() == name) else {
            return;
        };
        if !wants_new_tab(&ev) {
            ev.prevent_default();
            app.go(HistoryMode::Push, |u| u.view = view);
        }
    };
    view! { <header class="embed-bar" node_ref=host on:click=on_click></header> }
}
