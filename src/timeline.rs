//! The timeline view: lanes of events on a zoomable time axis, the list alternative, the
//! details of the selected event, and the influx chart.

pub mod details;
pub mod list_view;

use crate::app::context::use_app;
use leptos::prelude::*;
use list_view::EventList;

/// The timeline view.
#[component]
pub fn TimelineView() -> impl IntoView {
    let app = use_app();
    let lanes = app.story.with_value(|s| s.lanes.len());
    let visible = Signal::derive(move || vec![true; lanes]);
    view! {
        <section class="timeline-view" aria-labelledby="timeline-heading">
            <h1 id="timeline-heading" class="view-heading">"Timeline"</h1>
            <EventList visible=visible />
        </section>
    }
}
