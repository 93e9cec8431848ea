//! The comparison's controls: the swap button and, on narrow screens, the switch between one
//! text and both.

use crate::context::use_app;
use crate::i18n::{fill, later};
use crate::platform::browser::HistoryMode;
use leptos::prelude::*;

/// "Swap sides", what it does, and the side switch. `side` is the text shown alone on narrow
/// screens (its index in the story, as a string, which is also its colour slot), or "both".
#[component]
pub fn Controls(
    /// Whether Text B is on the left.
    #[prop(into)]
    swap: Signal<bool>,
    /// Which text narrow screens show.
    side: RwSignal<String>,
) -> impl IntoView {
    let app = use_app();
    let story = app.story;
    let order = story.text_order(false);
    let first = order
        .first()
        .map(|&i| story.texts[i].label.clone())
        .unwrap_or_default();
    // Values are the texts' indices in the story (their colour "slots", see compare.css), so
    // that a text stays shown, in its own colour, whichever side it is on.
    let options: Vec<(String, String)> = order
        .iter()
        .map(|&i| (i.to_string(), story.texts[i].label.clone()))
        .chain([("both".to_string(), later().both.to_string())])
        .collect();
    let radios = options
        .into_iter()
        .map(|(value, label)| {
            let checked = value == "both";
            let chosen = value.clone();
            view! {
                <label class="cmp-side__option">
                    <input
                        type="radio"
                        name="cmp-side"
                        value=value
                        checked=checked
                        on:change=move |_| side.set(chosen.clone())
                    />
                    " "
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    let swap_sides = move |_| {
        let to = !swap.get_untracked();
        app.go(HistoryMode::Push, |u| u.swap = to);
    };
    view! {
        <div class="cmp-controls">
            <button
                type="button"
                class="button"
                aria-pressed=move || swap.get().to_string()
                data-testid="swap"
                on:click=swap_sides
            >
                {later().swap_sides}
            </button>
            <p class="cmp-controls__note">{fill(later().swap_note, &[("text", &first)])}</p>
            <fieldset class="cmp-side">
                <legend>{later().show_side}</legend>
                {radios}
            </fieldset>
        </div>
    }
}
