//! The timeline view: lanes of events on a zoomable time axis (or, on narrow screens and on
//! request, a list), the details of the selected event, and the influx chart.
//!
//! State: [`state::TimelineState`] holds zoom, scroll, visible lanes and the roving focus; the
//! selected event lives in the address (`?event=`), so that every selection is a link.

pub mod axis;
pub mod chart_key;
pub mod details_panel;
pub mod gestures;
pub mod keyboard;
pub mod lane_filter;
pub mod links;
pub mod list_view;
pub mod marks;
pub mod state;
pub mod toolbar;
pub mod track;

use crate::content::marks::mark_id;
use crate::context::use_app;
use crate::i18n::{fill, t, zone_long_name};
use crate::markup::{div, el};
use crate::platform::browser::{self, HistoryMode};
use crate::platform::ready::set_ready;
use crate::ui::hooks::use_media;
use crate::ui::markup;
use chart_key::ChartKey;
use details_panel::DetailsPanel;
use keyboard::{focus_mark, KeyActions};
use lane_filter::LaneFilter;
use leptos::prelude::*;
use list_view::EventList;
use state::TimelineState;
use toolbar::Toolbar;
use track::Track;

/// Narrower than this, the timeline shows as a list (it would not fit).
pub const NARROW: &str = "(max-width: 599.98px)";

/// The width, in pixels, of the track's viewport that the page written at build time assumes:
/// the track's on a wide screen (the page's widest column, less the lane labels).
const PRERENDER_VIEWPORT: f64 = 1046.0;

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
        app.url
            .with(|u| u.event.as_ref().and_then(|id| app.index.position(id)))
    });
    let selected_event =
        Signal::derive(move || selected.get().map(|pos| app.index.order[pos].event));
    let announce = RwSignal::new(String::new());

    let select = Callback::new(move |pos: usize| {
        let e = &app.story.events[app.index.order[pos].event];
        let id = e.id.clone();
        state.focus.set(Some(pos));
        app.go(HistoryMode::Push, move |u| u.event = Some(id));
        // The focus stays on the marker, and the details open elsewhere on the page: say so.
        // (The list's own buttons say "expanded".)
        if !list.get_untracked() {
            announce.set(fill(t().details_shown, &[("headline", &e.headline)]));
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
    crate::ui::effect(move || {
        if let Some(pos) = selected.get() {
            state.focus.set(Some(pos));
        }
    });
    // Hiding the focused event's lane moves the focus to the next visible event; showing a lane
    // again after all were hidden gives the focus to the first one (the event area's one tab
    // stop must exist whenever an event is shown). Hiding the selected event's lane closes its
    // details, which would otherwise describe an event the track no longer shows. The
    // address is replaced, not pushed: a filter is not a step that Back should undo.
    crate::ui::effect(move || {
        let visible = state.visible.get();
        let index = app.index;
        if let Some(pos) = selected.get_untracked() {
            if !visible.get(index.order[pos].lane).copied().unwrap_or(true) {
                app.go(HistoryMode::Replace, |u| u.event = None);
            }
        }
        let Some(pos) = state.focus.get_untracked() else {
            let first = index.end_event(false, &visible);
            if first.is_some() {
                state.focus.set(first);
            }
            return;
        };
        if !visible.get(index.order[pos].lane).copied().unwrap_or(true) {
            let next = index
                .step(pos, 1, &visible)
                .or_else(|| index.step(pos, -1, &visible));
            state.focus.set(next);
        }
    });
    // In the list there is no track to measure: the view is ready once mounted.
    crate::ui::effect(move || {
        if list.get_untracked() {
            set_ready();
        }
    });

    // Once the track's width is known: open on the linked event, the story's opening era, or
    // everything.
    let opening = Callback::new(move |_: ()| {
        let viewport = state.viewport.get_untracked();
        let selected = selected.get_untracked();
        let (k, anchor) = state.opening(selected, viewport);
        state.zoom_to(k, anchor);
        match selected {
            Some(pos) => {
                state.focus.set(Some(pos));
                // The marker in view, and the details too where they open under the track
                // (a tablet, a phone on its side): a link to an event is a link to them. Not
                // embedded: an embed does not scroll its article by itself.
                if !app.embedded() {
                    request_animation_frame(move || {
                        browser::reveal_id(&mark_id(pos), browser::Align::Center);
                        browser::reveal_if_low(details_panel::PANEL_ID, None);
                    });
                }
            }
            None => {
                // Some marker must hold the roving focus (the event area's one tab stop): the
                // first in the opening era, else the first of all.
                if let Some((from, to)) = state.opening_era() {
                    state.focus_first_in(from, to);
                } else {
                    state.focus.set(Some(0));
                }
                if state.focus.get_untracked().is_none() {
                    state.focus.set(Some(0));
                }
            }
        }
        set_ready();
    });

    // The page written at build time opens as the app does, for a viewport as wide as the
    // track's on a wide screen (the zoom that shows the opening era is the same for every
    // width the track takes; the track's shift centres it on any).
    if app.prerender() {
        state.viewport.set(PRERENDER_VIEWPORT);
        let (k, anchor) = state.opening(None, PRERENDER_VIEWPORT);
        state.zoom_to(k, anchor);
        if let Some((from, to)) = state.opening_era() {
            state.focus_first_in(from, to);
        }
    }

    let zone = zone_long_name(app.story.meta.time_zone);
    let head = markup([div("view-head").children([
        el("h1")
            .attr("id", "timeline-heading")
            .class("view-heading")
            .text(t().view_timeline),
        el("p")
            .class("view-head__note")
            .attr("data-testid", "axis-zone")
            .text(&fill(t().timeline_zone_note, &[("zone", zone)])),
    ])]);
    let all_hidden = move || state.visible.with(|v| v.iter().all(|shown| !shown));

    view! {
        <section class="timeline-view" id="view-timeline" aria-labelledby="timeline-heading">
            {head}
            <Toolbar state=state list=list narrow=narrow />
            <LaneFilter state=state narrow=narrow />
            <p class="visually-hidden" aria-live="polite" data-testid="announcer">{move || announce.get()}</p>
            <p class="tl-empty" role="status" hidden=move || !all_hidden()>
                {t().no_lanes}
            </p>
            // Both layouts stay in the page and are switched with `hidden`, so that switching
            // keeps the timeline's zoom and scroll.
            <div class="tl-list-wrap" hidden=move || !list.get()>
                <EventList visible=state.visible shown=list />
            </div>
            <div
                class="tl-layout"
                class:tl-layout--details=move || selected.get().is_some()
                hidden=move || list.get()
            >
                <div class="tl-main">
                    <Track state=state selected=selected actions=actions on_measured=opening />
                </div>
                <DetailsPanel event=selected_event on_close=close />
            </div>
            <ChartKey table_open=list />
        </section>
    }
}
