//! The compact title bar of an embedded explainer: the title, the views, and a link that opens
//! the full explainer in a new tab at the same state.

use crate::context::{follow_view_link, use_app, view_link, VIEWS};
use crate::i18n::t;
use crate::markup::el;
use crate::ui::markup;
use leptos::prelude::*;

/// The embed's title bar (replaces the page header when `embed=1`).
#[component]
pub fn EmbedBar() -> impl IntoView {
    let app = use_app();
    // As in the page header: markup rebuilt in place when the address changes, and one
    // handler for its links.
    let links = move || {
        let current = app.url.with(|u| u.view);
        markup(
            VIEWS
                .into_iter()
                .map(|view| view_link(app, view, current, "embed-bar__view")),
        )
    };
    // The same state, standalone: without the embed flag and the host's parameters.
    let full = move || {
        app.url.track();
        app.href(|u| {
            u.embed = false;
            u.other.retain(|(k, _)| {
                !["childId", "initialWidth", "parentTitle", "parentUrl"].contains(&k.as_str())
            });
        })
    };
    let title = markup([el("p")
        .class("embed-bar__title")
        .attr("data-testid", "story-title")
        .text(&app.story.meta.title)]);
    view! {
        <header class="embed-bar">
            {title}
            <nav
                class="embed-bar__views"
                aria-label=t().nav_views
                on:click=move |ev| follow_view_link(app, &ev)
            >
                {links}
            </nav>
            <div class="embed-bar__open">
                <a href=full target="_blank" rel="noopener" data-testid="open-full">
                    {t().open_full}
                    <span class="visually-hidden">{t().opens_new_tab}</span>
                </a>
            </div>
        </header>
    }
}
