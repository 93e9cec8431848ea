//! The page header: the story's title and the navigation between views.

use crate::context::{follow_view_link, language_link, use_app, view_link, VIEWS};
use crate::i18n::t;
use crate::markup::el;
use crate::ui::markup;
use leptos::prelude::*;

/// Title, subtitle and the view navigation. Every item is a real link to its state; the current
/// one carries `aria-current="page"`.
///
/// The links are markup that a reactive closure rebuilds, in place, when the address changes
/// (see [`crate::ui::markup_view`]); one typed handler on the `<nav>` follows them. Written with
/// `view!`, the header and the embed's bar cost the first view 4 KB more (measured).
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let meta = &app.story.meta;
    let titles = markup([el("div").class("site-header__titles").children([
        el("p")
            .class("site-header__title")
            .attr("data-testid", "story-title")
            .text(&meta.title),
        el("p").class("site-header__subtitle").text(&meta.subtitle),
    ])]);
    let links = move || {
        let current = app.url.with(|u| u.view);
        markup([el("ul").class("nav__list").children(
            VIEWS
                .into_iter()
                .map(|view| el("li").child(view_link(app, view, current, "nav__link"))),
        )])
    };
    let language = move || {
        app.url.track();
        markup([language_link(app, "lang-switch")])
    };
    view! {
        <header class="site-header" id="site-header">
            {titles}
            <nav class="nav" aria-label=t().nav_views on:click=move |ev| follow_view_link(app, &ev)>
                {links}
            </nav>
            {language}
        </header>
    }
}
