//! The page header: the story's title and the navigation between views.

use super::browser::HistoryMode;
use super::context::{use_app, wants_new_tab};
use crate::url_state::View;
use leptos::prelude::*;

/// The views in the navigation, in order, with their labels.
const VIEWS: [(View, &str); 2] = [
    (View::Timeline, "Timeline"),
    (View::Compare, "Compare the texts"),
];

/// Title, subtitle and the view navigation. Every item is a real link to its state.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let (title, subtitle) = app
        .story
        .with_value(|s| (s.meta.title.clone(), s.meta.subtitle.clone()));
    let current = Memo::new(move |_| app.url.with(|u| u.view));
    let links = VIEWS
        .into_iter()
        .map(|(view, label)| {
            let href = move || {
                current.track();
                app.href(|u| {
                    u.view = view;
                    u.step = None;
                })
            };
            let on_click = move |ev: leptos::ev::MouseEvent| {
                if wants_new_tab(&ev) {
                    return;
                }
                ev.prevent_default();
                app.go(HistoryMode::Push, |u| {
                    u.view = view;
                    u.step = None;
                });
            };
            view! {
                <li>
                    <a
                        class="nav__link"
                        href=href
                        aria-current=move || (current.get() == view).then_some("page")
                        on:click=on_click
                    >
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header__titles">
                <p class="site-header__title" data-testid="story-title">{title}</p>
                <p class="site-header__subtitle">{subtitle}</p>
            </div>
            <nav class="nav" aria-label="Views">
                <ul class="nav__list">{links}</ul>
            </nav>
        </header>
    }
}
