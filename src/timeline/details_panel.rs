//! The panel beside the timeline that shows the selected event's details.

use super::details::event_details;
use super::links::{on_content_click, topic_href};
use crate::app::context::use_app;
use crate::dom::render_into;
use leptos::html;
use leptos::prelude::*;

/// The panel's element id.
pub const PANEL_ID: &str = "tl-details";

/// The selected event's details, with a close button. Escape inside the panel closes it too.
#[component]
pub fn DetailsPanel(
    /// Index into `story.events` of the event shown; the panel is hidden without one.
    #[prop(into)]
    event: Signal<Option<usize>>,
    /// Closes the panel.
    on_close: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let host = NodeRef::<html::Div>::new();
    render_into(host, move || {
        let Some(event) = event.get() else {
            return Vec::new();
        };
        let href = |topic: &str| topic_href(app, topic);
        vec![app
            .story
            .with_value(|s| event_details(s, event, "h2", "tl-details-headline", &href))]
    });
    view! {
        // A region named by the event's headline, not an <aside>: a complementary landmark
        // belongs at the top level, and this one sits inside <main>.
        <section
            id=PANEL_ID
            class="tl-details"
            aria-labelledby="tl-details-headline"
            data-testid="details-panel"
            hidden=move || event.get().is_none()
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_close.run(());
                }
            }
        >
            <button
                type="button"
                class="button button--quiet tl-details__close"
                aria-label="Close the details"
                on:click=move |_| on_close.run(())
            >
                "×"
            </button>
            <div node_ref=host on:click=move |ev| {
                on_content_click(app, &ev);
            }></div>
        </section>
    }
}
