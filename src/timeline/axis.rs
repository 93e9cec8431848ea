//! The time axis: ticks that adapt to the zoom, with labels in the story's stated time zone.

use super::state::TimelineState;
use crate::dom::{div, render_into, span};
use crate::scale::ticks::ticks;
use leptos::html;
use leptos::prelude::*;

/// Tick labels along the top of the track, with grid lines down through the lanes. Only the
/// ticks near the view are in the page; they are rebuilt when the zoom changes or the view
/// crosses a viewport's width, not on every scroll event.
#[component]
pub fn Axis(
    /// The timeline's state.
    state: TimelineState,
) -> impl IntoView {
    let window = Memo::new(move |_| (state.scale().zoom_milli(), state.near_view()));
    let host = NodeRef::<html::Div>::new();
    render_into(host, move || {
        window.track();
        let scale = state.scale_untracked();
        let (_, (from, to)) = window.get_untracked();
        ticks(
            &scale,
            scale.start + from as f64 * 60.0,
            scale.start + to as f64 * 60.0,
        )
        .into_iter()
        .map(|tick| {
            div(if tick.major {
                "tl-tick tl-tick--major"
            } else {
                "tl-tick"
            })
            .css_int("--m", scale.minutes(tick.t))
            .child(span("tl-tick__label", &tick.label))
        })
        .collect()
    });
    view! { <div class="tl-axis" aria-hidden="true" node_ref=host></div> }
}
