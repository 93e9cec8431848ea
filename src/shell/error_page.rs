//! The page shown when a story cannot be loaded: what went wrong and every problem found.

use super::loader::LoadError;
use crate::i18n::errors::errors;
use crate::i18n::t;
use crate::platform::browser;
use crate::platform::ready::set_ready;
use leptos::prelude::*;

/// Lists why the story could not be shown, with a way back to the built-in story.
#[component]
pub fn ErrorPage(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    crate::ui::effect(move || {
        browser::set_root_attribute("data-state", Some("error"));
        set_ready();
    });
    let problems = match &error {
        LoadError::Invalid { problems, .. } => problems.clone(),
        _ => Vec::new(),
    };
    let intro = (!problems.is_empty()).then(|| view! { <p>{errors().problems_intro}</p> });
    let items = problems
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    <code class="error-page__path">{p.path}</code>
                    " "
                    // The checks speak English in every edition.
                    <span lang="en">{p.message}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <main class="error-page" id="main">
            <h1>{t().error_heading}</h1>
            <p class="error-page__summary" role="alert" data-testid="error-summary">
                {error.said()}
                {error.reason().map(|reason| view! { <span lang="en">{reason.to_string()}</span> })}
            </p>
            {intro}
            <ol class="error-page__problems" data-testid="problems">{items}</ol>
            <p>
                <a href="?">{errors().back}</a>
            </p>
        </main>
    }
}
