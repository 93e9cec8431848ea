//! The horizontal timeline: lane labels, and a scrolling track with the eras, the axis, the
//! lanes of markers and the influx chart, all on one time scale.

use super::axis::Axis;
use super::gestures::Gestures;
use super::keyboard::{on_key, KeyActions};
use super::marks::Marks;
use super::state::TimelineState;
use crate::content::axis::era_bands;
use crate::content::chart::{influx_chart, row_labels};
use crate::content::marks::{CLUSTER_ATTR, POS_ATTR, SPLITS_ATTR};
use crate::i18n::{edge_label, fill, t};
use crate::markup::{div, span};
use crate::platform::browser;
use crate::scale::ticks;
use crate::ui::hooks::use_width;
use crate::ui::{closest_data, markup};
use leptos::prelude::*;

/// The timeline's lanes on a zoomable, scrollable time axis.
#[component]
pub fn Track(
    /// The timeline's state.
    state: TimelineState,
    /// Position of the selected event.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// What the keys do beyond moving the focus.
    actions: KeyActions,
    /// Called once the viewport's width is first known, to set the opening view.
    on_measured: Callback<()>,
) -> impl IntoView {
    let app = state.app;
    let gestures = Gestures::new(state);
    state
        .scroller
        .on_load(move |scroller| gestures.attach(&scroller));

    let width = use_width(state.scroller);
    let measured = StoredValue::new(false);
    let last_width = StoredValue::new(0.0);
    crate::ui::effect(move || {
        let width = width.get();
        if width <= 0.0 {
            return;
        }
        let narrowed = width < last_width.get_value();
        last_width.set_value(width);
        state.viewport.set(width);
        if !measured.get_value() {
            measured.set_value(true);
            on_measured.run(());
        } else if state.k.get_untracked() < state.fit() {
            // The viewport grew past the whole story: keep showing everything.
            state.show_everything();
        } else if let (true, Some(pos)) = (narrowed, selected.get_untracked()) {
            // The viewport narrowed (the details panel opened beside it, say): keep the
            // selected event in view.
            state.reveal(app.index.order[pos].t);
        }
    });

    // The date at the view's left edge, for the corner beside the axis (the hour ticks do not
    // say the day). A memo of the unformatted date: it changes, and is formatted, only when
    // the edge crosses a day or a month.
    let edge = Memo::new(move |_| {
        let scale = state.scale();
        ticks::edge_date(scale.t(state.scroll.get()), scale.px_per_day)
    });
    // The lane labels beside the track: only the visible lanes.
    let lane_labels = move || {
        let visible = state.visible.get();
        markup(
            app.story
                .lanes
                .iter()
                .enumerate()
                .filter(|(lane, _)| visible.get(*lane).copied().unwrap_or(true))
                .map(|(lane, l)| {
                    div(&format!("tl-lane-label lane-{}", lane % 8))
                        .child(span("shape", "").attr("aria-hidden", "true"))
                        .child(span("", &l.label))
                }),
        )
    };
    // Eras behind the lanes and the chart under them never change: placed in minutes from the
    // track's start, they move with the track's width.
    let scale = state.scale_untracked();
    let eras = markup([era_bands(&app.story.eras, &scale)]);
    let chart = markup(influx_chart(app.story, &scale));

    // Clicks on markers and clusters, unless they end a drag or a pinch.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if gestures.take_click_suppression() {
            return;
        }
        if let Some(pos) = closest_data(&ev, POS_ATTR).and_then(|p| p.parse::<usize>().ok()) {
            actions.select.run(pos);
            // Chosen with a pointer: where the panel sits under the timeline (below 68em) it
            // may open below the screen's edge, so bring it up. Not from the keyboard, where
            // that would scroll the focused marker away.
            // (Only when it starts low on the screen: beside the track it is in view already.)
            if ev.detail() > 0 {
                let chosen = ev
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
                request_animation_frame(move || {
                    browser::reveal_if_low(super::details_panel::PANEL_ID, chosen.as_ref())
                });
            }
        } else if let Some(range) = closest_data(&ev, CLUSTER_ATTR) {
            let Some((a, b)) = range.split_once('-') else {
                return;
            };
            let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                return;
            };
            let order = &app.index.order;
            let (Some(from), Some(to)) = (order.get(a).map(|p| p.t), order.get(b).map(|p| p.t))
            else {
                return;
            };
            // The focus goes with the chosen cluster (its button is about to be replaced), not
            // to wherever the roving focus was.
            state.focus.set(Some(a));
            let splits = closest_data(&ev, SPLITS_ATTR).as_deref() == Some("true");
            if !splits || state.at_max_zoom_untracked() {
                // No zoom can tell these apart (same moment, or the closest zoom already):
                // open the first instead, as the cluster's name says; the arrow keys reach
                // the others.
                actions.select.run(a);
            } else {
                state.show_span(from, to, false);
            }
        }
    };

    let span_minutes = scale.minutes(scale.end);
    let group_label = fill(
        t().events_group,
        &[("count", &app.story.events.len().to_string())],
    );
    // The track's width is the zoom. The page written at build time cannot scroll its
    // viewport to the opening period, so it shifts the track instead: the middle of the view
    // it assumes comes to the middle of whatever view the reader's screen gives it, as the
    // app's opening scroll puts it.
    let width_style = move || format!("{}px", state.scale().width().round() as i64);
    let shift_style = move || {
        if app.prerender() {
            let middle = state.scroll.get() + state.viewport.get() / 2.0;
            format!("calc(50% - {}px)", middle.round() as i64)
        } else {
            String::new()
        }
    };

    view! {
        <div class="tl-frame">
            <div class="tl-lane-labels" aria-hidden="true">
                <div class="tl-axis-spacer">
                    <span class="tl-edge-date" data-testid="edge-date">
                        {move || edge_label(edge.get())}
                    </span>
                </div>
                {lane_labels}
                <div class="tl-chart-labels">{markup(row_labels(app.story))}</div>
            </div>
            <div
                class="tl-scroller"
                node_ref=state.scroller
                data-testid="timeline-scroller"
                on:scroll=move |_| {
                    if let Some(el) = state.scroller.get_untracked() {
                        state.scroll.set(el.scroll_left() as f64);
                    }
                }
            >
                <div
                    class="tl-track"
                    node_ref=state.track
                    style:width=width_style
                    style:margin-left=shift_style
                    data-zoom=move || state.scale().zoom_milli().to_string()
                    // What the axis counts in; the chart's CSS thins its labels by it.
                    data-unit=move || ticks::interval_for(state.scale().px_per_day).unit.plural()
                    style:--span=span_minutes.to_string()
                    data-testid="timeline-track"
                >
                    <div>{eras}</div>
                    <Axis state=state />
                    <div
                        class="tl-events"
                        role="group"
                        aria-label=group_label
                        data-testid="timeline-events"
                        on:keydown=move |ev| on_key(state, &ev, actions)
                        on:click=on_click
                    >
                        <Marks state=state selected=selected />
                    </div>
                    <div>{chart}</div>
                </div>
            </div>
        </div>
    }
}
