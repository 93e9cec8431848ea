//! The timeline view: lanes of events on a zoomable time axis (or, on narrow screens and on
//! request, a list), the details of the selected event, and the influx chart.
//!
//! State: [`state::TimelineState`] holds zoom, scroll, visible lanes and the roving focus; the
//! selected event lives in the address (`?event=`), so that every selection is a link.

pub mod axis;
pub mod chart;
pub mod chart_key;
pub mod details;
pub mod details_panel;
pub mod eras;
pub mod gestures;
pub mod keyboard;
pub mod lane_filter;
pub mod links;
pub mod list_view;
pub mod marks;
pub mod state;
pub mod toolbar;
pub mod track;

use crate::app::browser::{self, HistoryMode};
use crate::app::context::use_app;
use crate::hooks::use_media;
use crate::model::index::DAY;
use crate::scale::zoom;
use chart_key::ChartKey;
use details_panel::DetailsPanel;
use keyboard::{focus_mark, KeyActions};
use lane_filter::LaneFilter;
use leptos::prelude::*;
use list_view::EventList;
use marks::mark_id;
use state::{Anchor, TimelineState};
use toolbar::Toolbar;
use track::Track;

/// Narrower than this, the timeline shows as a list (it would not fit).
pub const NARROW: &str = "(max-width: 599.98px)";

/// The timeline view.
#[component]
pub fn TimelineView() -> impl IntoView {
    let app = use_app();
    let state = TimelineState::new(app);
    let narrow = use_media(NARROW);
    // A memo, not a derived signal: the view below must not be rebuilt on every change of
    // the address, only when the layout switches.
    let list = Memo::new(move |_| narrow.get() || app.url.with(|u| u.list));
    let selected = Memo::new(move |_| {
        app.url.with(|u| {
            u.event
                .as_ref()
                .and_then(|id| app.index.with_value(|i| i.position(id)))
        })
    });
    let selected_event = Signal::derive(move || {
        selected
            .get()
            .map(|pos| app.index.with_value(|i| i.order[pos].event))
    });
    let announce = RwSignal::new(String::new());

    let select = Callback::new(move |pos: usize| {
        let (id, headline) = app.index.with_value(|i| {
            app.story.with_value(|s| {
                let e = &s.events[i.order[pos].event];
                (e.id.clone(), e.headline.clone())
            })
        });
        state.focus.set(Some(pos));
        app.go(HistoryMode::Push, move |u| u.event = Some(id));
        // The focus stays on the marker, and the details open elsewhere on the page: say so.
        // (The list's own buttons say "expanded".)
        if !list.get_untracked() {
            announce.set(format!("Details shown: {headline}."));
        }
    });
    let close = Callback::new(move |_: ()| {
        let pos = selected.get_untracked();
        app.go(HistoryMode::Push, |u| u.event = None);
        // Back to where the reader was, not to the top of the page, and on screen: on tablets
        // the panel sits under the track, and closing it may leave the marker above the edge.
        if let Some(pos) = pos {
            request_animation_frame(move || {
                focus_mark(pos);
                browser::reveal_id(&mark_id(pos), browser::Align::Nearest);
            });
        }
    });
    let actions = KeyActions {
        select,
        close,
        announce,
    };

    // A selection from the address (a link, the back button) takes the roving focus with it.
    crate::dom::effect(move || {
        if let Some(pos) = selected.get() {
            state.focus.set(Some(pos));
        }
    });
    // Hiding the focused event's lane moves the focus to the next visible event; showing a lane
    // again after all were hidden gives the focus to the first one (the event area's one tab
    // stop must exist whenever an event is shown). Hiding the selected event's lane closes its
    // details, which would otherwise describe an event the track no longer shows. The
    // address is replaced, not pushed: a filter is not a step that Back should undo.
    crate::dom::effect(move || {
        let visible = state.visible.get();
        if let Some(pos) = selected.get_untracked() {
            let lane = app.index.with_value(|i| i.order[pos].lane);
            if !visible.get(lane).copied().unwrap_or(true) {
                app.go(HistoryMode::Replace, |u| u.event = None);
            }
        }
        let Some(pos) = state.focus.get_untracked() else {
            let first = app.index.with_value(|i| i.end_event(false, &visible));
            if first.is_some() {
                state.focus.set(first);
            }
            return;
        };
        app.index.with_value(|i| {
            if !visible.get(i.order[pos].lane).copied().unwrap_or(true) {
                let next = i
                    .step(pos, 1, &visible)
                    .or_else(|| i.step(pos, -1, &visible));
                state.focus.set(next);
            }
        });
    });
    // In the list there is no track to measure: the view is ready once mounted.
    crate::dom::effect(move || {
        if list.get_untracked() {
            browser::set_ready();
        }
    });

    // Once the track's width is known: open on the linked event, the story's opening era, or
    // everything.
    let opening = Callback::new(move |_: ()| {
        let era = app.story.with_value(|s| {
            let id = s.meta.opening_era.as_ref()?;
            s.eras.iter().find(|e| &e.id == id).map(|e| e.span())
        });
        let viewport = state.viewport.get_untracked();
        match (selected.get_untracked(), era) {
            (Some(pos), era) => {
                let t = app.index.with_value(|i| i.order[pos].t);
                let fit = state.fit();
                let k = era.map_or(fit, |(a, b)| {
                    zoom::level_showing((b - a) / DAY * 1.2, viewport, fit)
                });
                state.zoom_to(
                    k,
                    Anchor {
                        t,
                        x_in_view: viewport / 2.0,
                    },
                );
                state.focus.set(Some(pos));
                // The marker in view, and the details too where they open under the track
                // (a tablet, a phone on its side): a link to an event is a link to them. Not
                // embedded: an embed does not scroll its article by itself.
                if !browser::is_embedded() {
                    request_animation_frame(move || {
                        browser::reveal_id(&mark_id(pos), browser::Align::Center);
                        browser::reveal_if_low(details_panel::PANEL_ID, None);
                    });
                }
            }
            (None, Some((from, to))) => {
                state.show_period(from, to);
                // Some marker must hold the roving focus (the event area's one tab stop).
                if state.focus.get_untracked().is_none() {
                    state.focus.set(Some(0));
                }
            }
            (None, None) => {
                state.show_everything();
                state.focus.set(Some(0));
            }
        }
        browser::set_ready();
    });

    let zone = app.story.with_value(|s| s.meta.time_zone.long_name());
    let all_hidden = move || state.visible.with(|v| v.iter().all(|shown| !shown));

    view! {
        <section class="timeline-view" aria-labelledby="timeline-heading">
            <div class="view-head">
                <h1 id="timeline-heading" class="view-heading">"Timeline"</h1>
                <p class="view-head__note" data-testid="axis-zone">
                    {format!("Dates are in {zone}. Events with a time show it in US Eastern and Beijing time.")}
                </p>
            </div>
            <Toolbar state=state list=list narrow=narrow />
            <LaneFilter state=state narrow=narrow />
            <p class="visually-hidden" aria-live="polite" data-testid="announcer">{move || announce.get()}</p>
            <p class="tl-empty" role="status" hidden=move || !all_hidden()>
                "No lanes are shown. Tick a lane above to see its events."
            </p>
            // Both layouts stay in the page and are switched with `hidden`, so that switching
            // keeps the timeline's zoom and scroll.
            <div hidden=move || !list.get()>
                <EventList visible=state.visible shown=list />
            </div>
            <div class="tl-layout" class:tl-layout--details=move || selected.get().is_some() hidden=move || list.get()>
                <div class="tl-main">
                    <Track state=state selected=selected actions=actions on_measured=opening />
                </div>
                <DetailsPanel event=selected_event on_close=close />
            </div>
            <ChartKey state=state table_open=list />
        </section>
    }
}
