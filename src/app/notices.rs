//! Gentle notices: a link that asked for something the story does not have.

use crate::dom::{div, el, render_into, Node};
use leptos::html;
use leptos::prelude::*;

/// A dismissible list of notices in a polite live region. Empty when there are none.
#[component]
pub fn Notices(
    /// The notices to show.
    #[prop(into)]
    notices: Signal<Vec<String>>,
    /// Called when the reader dismisses them.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    let host = NodeRef::<html::Div>::new();
    render_into(host, move || {
        let notices = notices.get();
        if notices.is_empty() {
            return Vec::new();
        }
        let items: Vec<Node> = notices.iter().map(|n| el("li").text(n)).collect();
        vec![div("notice").child(el("ul").children(items)).child(
            el("button")
                .class("button button--quiet")
                .attr("type", "button")
                .attr("data-dismiss", "")
                .text("Dismiss"),
        )]
    });
    view! {
        <div
            class="notices"
            role="status"
            aria-live="polite"
            data-testid="notices"
            node_ref=host
            on:click=move |ev| {
                if crate::dom::closest_data(&ev, "data-dismiss").is_some() {
                    on_dismiss.run(());
                }
            }
        ></div>
    }
}
