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
const VIEW_ATTR: &str = "data-view";

/// Title, subtitle and the view navigation. Every item is a real link to its state; the current
/// one carries `aria-current="page"`.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| app.url.with(|u| u.view));
    let host = NodeRef::<html::Header>::new();
    render_into(host, move || {
        let view = current.get();
        let links: Vec<Node> = VIEWS
            .into_iter()
            .map(|(v, label)| {
                let href = app.href(|u| {
                    u.view = v;
                    u.step = None;
                });
                el("li").child(
                    el("a")
                        .class("nav__link")
                        .attr("href", &href)
                        .attr(VIEW_ATTR, v.as_str())
                        .attr_if(v == view, "aria-current", "page")
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
