//! Gentle notices: a link that asked for something the story does not have.

use crate::i18n::t;
use crate::markup::{div, el};
use crate::ui::{closest_data, markup};
use leptos::prelude::*;

/// The attribute on the Dismiss button.
const DISMISS_ATTR: &str = "data-dismiss";

/// A dismissible list of notices in a polite live region. Empty when there are none.
#[component]
pub fn Notices(
    /// The notices to show.
    #[prop(into)]
    notices: Signal<Vec<String>>,
    /// Called when the reader dismisses them.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    // The notices are text from the address, shown as markup (one shared code path for
    // content), with the Dismiss button's click delegated to the region.
    let content = move || {
        let notices = notices.get();
        markup((!notices.is_empty()).then(|| {
            div("notice")
                .child(el("ul").children(notices.iter().map(|n| el("li").text(n))))
                .child(
                    el("button")
                        .class("button button--quiet")
                        .attr("type", "button")
                        .attr(DISMISS_ATTR, "")
                        .text(t().dismiss),
                )
        }))
    };
    view! {
        <div
            class="notices"
            role="status"
            aria-live="polite"
            data-testid="notices"
            on:click=move |ev| {
                if closest_data(&ev, DISMISS_ATTR).is_some() {
                    on_dismiss.run(());
                }
            }
        >
            {content}
        </div>
    }
}
