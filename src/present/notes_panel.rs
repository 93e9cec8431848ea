//! The speaker notes in the presentation's own window, on request: when the notes window
//! cannot open (a blocked pop-up) or the presenter asks for them on one screen. Closed unless
//! asked for, so that the projected slide never shows them by itself.

use crate::content::notes::speaker_notes;
use crate::context::use_app;
use crate::i18n::later;
use crate::model::Step;
use crate::ui::markup;
use leptos::prelude::*;

/// The notes panel, shown while `open`.
#[component]
pub fn NotesPanel(
    /// The presentation's steps.
    sequence: StoredValue<Vec<Step>>,
    /// The step shown, counting from 1.
    current: Memo<usize>,
    /// Whether the panel is shown.
    open: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let notes = move || {
        if !open.get() {
            return markup(Vec::new());
        }
        let n = current.get();
        markup(sequence.with_value(|seq| speaker_notes(app.story, app.index, seq, n)))
    };
    view! {
        <aside
            class="present__notes"
            aria-labelledby="notes-heading"
            hidden=move || !open.get()
            data-testid="notes-panel"
        >
            <button type="button" class="button present__notes-close" on:click=move |_| open.set(false)>
                {later().close}
            </button>
            <h2 id="notes-heading" class="present__notes-heading">{later().speaker_notes}</h2>
            {notes}
        </aside>
    }
}
