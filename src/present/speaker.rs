//! The speaker view (`?view=present&speaker=1`): the presenter's second window, opened with S
//! from the projected one and kept on its step. It shows the step's note and what comes next
//! (see [`crate::content::notes`]), with the step buttons; the keys are the presentation's.

use crate::content::notes::speaker_notes;
use crate::context::use_app;
use crate::i18n::later;
use crate::model::Step;
use crate::ui::markup;
use leptos::prelude::*;

/// The speaker notes as a window of their own.
#[component]
pub fn SpeakerView(
    /// The presentation's steps.
    sequence: StoredValue<Vec<Step>>,
    /// The step shown, counting from 1.
    current: Memo<usize>,
    /// Moves by a number of steps.
    step_by: Callback<isize>,
) -> impl IntoView {
    let app = use_app();
    let count = sequence.with_value(Vec::len);
    let notes = move || {
        let n = current.get();
        markup(sequence.with_value(|seq| speaker_notes(app.story, app.index, seq, n)))
    };
    view! {
        <section class="speaker" aria-labelledby="speaker-heading" data-testid="speaker">
            <h1 id="speaker-heading" class="speaker__heading">{later().speaker_notes}</h1>
            <div class="speaker__notes" aria-live="polite">{notes}</div>
            <div class="present__bar">
                <button
                    type="button"
                    class="button"
                    aria-label=later().step_previous
                    aria-disabled=move || (current.get() <= 1).to_string()
                    on:click=move |_| step_by.run(-1)
                >
                    "←"
                </button>
                <span class="present__counter" data-testid="step-counter">
                    {move || format!("{} / {count}", current.get())}
                </span>
                <button
                    type="button"
                    class="button"
                    aria-label=later().step_next
                    aria-disabled=move || (current.get() >= count).to_string()
                    on:click=move |_| step_by.run(1)
                >
                    "→"
                </button>
            </div>
        </section>
    }
}
