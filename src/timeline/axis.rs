//! The time axis: ticks that adapt to the zoom, with labels in the story's stated time zone.

use super::state::TimelineState;
use crate::content::axis::axis_ticks;
use crate::ui::markup;
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
    let ticks = move || {
        let (_, near) = window.get();
        markup(axis_ticks(&state.scale_untracked(), near))
    };
    view! { <div class="tl-axis" aria-hidden="true">{ticks}</div> }
}
