//! The topic navigator: WAI-ARIA tabs, one per question, that choose the topic panel's topic.
//! Arrow keys, Home and End move between them (and choose), as the pattern says.

use crate::context::use_app;
use crate::i18n::later;
use leptos::prelude::*;

/// The tabs. `choose` is called with a topic's id and whether the choice came from the
/// keyboard (the focus then follows to the new tab).
#[component]
pub fn Tabs(
    /// The chosen topic's id.
    #[prop(into)]
    current: Signal<String>,
    /// Chooses a topic.
    choose: Callback<(String, bool)>,
) -> impl IntoView {
    let app = use_app();
    let ids: Vec<String> = app.story.topics.iter().map(|t| t.id.clone()).collect();
    let tabs = app
        .story
        .topics
        .iter()
        .enumerate()
        .map(|(n, topic)| {
            let id = topic.id.clone();
            let selected = Memo::new({
                let id = id.clone();
                move |_| current.with(|c| *c == id)
            });
            let click = {
                let id = id.clone();
                move |_| choose.run((id.clone(), false))
            };
            view! {
                <button
                    type="button"
                    class="cmp-tab"
                    role="tab"
                    id=format!("cmp-tab-{id}")
                    aria-controls="cmp-panel"
                    aria-selected=move || selected.get().to_string()
                    tabindex=move || if selected.get() { "0" } else { "-1" }
                    on:click=click
                >
                    <span class="cmp-tab__number">{(n + 1).to_string()}</span>
                    <span class="cmp-tab__question">{topic.question.clone()}</span>
                </button>
            }
        })
        .collect_view();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(index) = ids.iter().position(|id| *id == current.get_untracked()) else {
            return;
        };
        let last = ids.len().saturating_sub(1);
        let target = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => (index + 1).min(last),
            "ArrowUp" | "ArrowLeft" => index.saturating_sub(1),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        choose.run((ids[target].clone(), true));
    };
    view! {
        <div
            class="cmp-tablist"
            role="tablist"
            aria-label=later().questions_tabs
            aria-orientation="vertical"
            on:keydown=on_key
        >
            {tabs}
        </div>
    }
}
