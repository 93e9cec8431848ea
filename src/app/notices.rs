//! Gentle notices: a link that asked for something the story does not have.

use leptos::prelude::*;

/// A dismissible list of notices, announced politely. Renders nothing when there are none.
#[component]
pub fn Notices(
    /// The notices to show.
    #[prop(into)]
    notices: Signal<Vec<String>>,
    /// Called when the reader dismisses them.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            <Show when=move || notices.with(|n| !n.is_empty())>
                <div class="notice">
                    <ul>
                        {move || {
                            notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()
                        }}
                    </ul>
                    <button type="button" class="button button--quiet" on:click=move |_| on_dismiss.run(())>
                        "Dismiss"
                    </button>
                </div>
            </Show>
        </div>
    }
}
