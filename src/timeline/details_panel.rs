//! The panel beside the timeline that shows the selected event's details.

use super::links::on_content_click;
use crate::content::details::event_details;
use crate::context::use_app;
use crate::i18n::t;
use crate::markup::{div, el};
use crate::ui::{closest_data, markup};
use leptos::prelude::*;

/// The panel's element id.
pub const PANEL_ID: &str = "tl-details";

/// The attribute of the panel's close button.
const CLOSE_ATTR: &str = "data-close-details";

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
    // The close button and the details are one piece of markup, with one click handler.
    let content = move || {
        markup(event.get().map(|event| {
            div("tl-details__content").children([
                el("button")
                    .class("button button--quiet tl-details__close")
                    .attr("type", "button")
                    .attr(CLOSE_ATTR, "")
                    .attr("aria-label", t().close_details)
                    .text("×"),
                event_details(app.story, event, "h2", "tl-details-headline", &|topic| {
                    app.topic_href(topic)
                }),
            ])
        }))
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        if closest_data(&ev, CLOSE_ATTR).is_some() {
            on_close.run(());
        } else {
            on_content_click(app, &ev);
        }
    };
    view! {
        // A region named by the event's headline, not an <aside>: a complementary landmark
        // belongs at the top level, and this one sits inside <main>.
        <section
            id=PANEL_ID
            class="tl-details"
            aria-labelledby="tl-details-headline"
            data-testid="details-panel"
            hidden=move || event.get().is_none()
            on:click=click
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_close.run(());
                }
            }
        >
            {content}
        </section>
    }
}
