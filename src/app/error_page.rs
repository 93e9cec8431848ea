//! The page shown when a story cannot be loaded: what went wrong and every problem found.

use super::browser;
use super::loader::LoadError;
use leptos::prelude::*;

/// Lists why the story could not be shown, with a way back to the built-in story.
#[component]
pub fn ErrorPage(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    Effect::new(move |_| {
        browser::set_root_attribute("data-state", Some("error"));
        browser::set_ready();
    });
    let problems = match &error {
        LoadError::Invalid { problems, .. } => problems.clone(),
        _ => Vec::new(),
    };
    let has_problems = !problems.is_empty();
    view! {
        <main class="error-page" id="main">
            <h1>"This story could not be shown"</h1>
            <p class="error-page__summary" role="alert" data-testid="error-summary">
                {error.to_string()}
            </p>
            <Show when=move || has_problems>
                <p>"Each problem is listed with where it is in the file (as a JSON path):"</p>
            </Show>
            <ol class="error-page__problems" data-testid="problems">
                {problems
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li>
                                <code class="error-page__path">{p.path}</code>
                                " "
                                <span>{p.message}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p>
                <a href="?">"Show the built-in story instead"</a>
            </p>
        </main>
    }
}
