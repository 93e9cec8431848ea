//! The page header: the story's title and the navigation between views.

use super::browser::HistoryMode;
use super::context::{use_app, wants_new_tab};
use crate::dom::{closest_data, div, el, render_into, Node};
use crate::url_state::View;
use leptos::html;
use leptos::prelude::*;

/// The views in the navigation, in order, with their labels.
pub const VIEWS: [(View, &str); 3] = [
    (View::Timeline, "Timeline"),
    (View::Compare, "Compare the texts"),
    (View::Present, "Present to a class"),
];

/// The attribute on a navigation link: the view it opens.
pub const VIEW_ATTR: &str = "data-view";

/// Marks the link of `current` with `aria-current="page"` and points each view link at `href`.
pub fn mark_views(host: &web_sys::Element, current: View, href: impl Fn(View) -> String) {
    for (view, _) in VIEWS {
        let Ok(Some(link)) = host.query_selector(&format!("[{VIEW_ATTR}={}]", view.as_str()))
        else {
            continue;
        };
        let _ = link.set_attribute("href", &href(view));
        let _ = if view == current {
            link.set_attribute("aria-current", "page")
        } else {
            link.remove_attribute("aria-current")
        };
    }
}

/// Title, subtitle and the view navigation. Every item is a real link to its state; the current
/// one carries `aria-current="page"`.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| app.url.with(|u| u.view));
    let host = NodeRef::<html::Header>::new();
    // Built once, so that a focused link survives a change of view; the current view and the
    // links' addresses (which carry the rest of the state) are kept up to date below.
    render_into(host, move || {
        let links: Vec<Node> = VIEWS
            .into_iter()
            .map(|(v, label)| {
                el("li").child(
                    el("a")
                        .class("nav__link")
                        .attr("href", "?")
                        .attr(VIEW_ATTR, v.as_str())
                        .text(label),
                )
            })
            .collect();
        let (title, subtitle) = app
            .story
            .with_value(|s| (s.meta.title.clone(), s.meta.subtitle.clone()));
        vec![
            div("site-header__titles")
                .child(
                    el("p")
                        .class("site-header__title")
                        .attr("data-testid", "story-title")
                        .text(&title),
                )
                .child(el("p").class("site-header__subtitle").text(&subtitle)),
            el("nav")
                .class("nav")
                .attr("aria-label", "Views")
                .child(el("ul").class("nav__list").children(links)),
        ]
    });
    crate::dom::effect(move || {
        let view = current.get();
        app.url.track();
        let Some(host) = host.get() else { return };
        mark_views(&host, view, |v| {
            app.href(|u| {
                u.view = v;
                u.step = None;
            })
        });
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(name) = closest_data(&ev, VIEW_ATTR) else {
            return;
        };
        let Some(view) = VIEWS.iter().map(|(v, _)| *v).find(|v| v.as_str() == name) else {
            return;
        };
        if wants_new_tab(&ev) {
            return;
        }
        ev.prevent_default();
        app.go(HistoryMode::Push, |u| {
            u.view = view;
            u.step = None;
        });
    };
    view! { <header class="site-header" node_ref=host on:click=on_click></header> }
}
