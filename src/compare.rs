//! The side-by-side comparison of the two texts, topic by topic.

use crate::app::context::use_app;
use leptos::prelude::*;

/// The comparison view.
#[component]
pub fn CompareView() -> impl IntoView {
    let app = use_app();
    let topics = app.story.with_value(|s| s.topics.clone());
    view! {
        <section class="compare-view" aria-labelledby="compare-heading">
            <h1 id="compare-heading" class="view-heading">"Compare the texts"</h1>
            <ol>
                {topics.into_iter().map(|t| view! { <li>{t.question}</li> }).collect_view()}
            </ol>
        </section>
    }
}
