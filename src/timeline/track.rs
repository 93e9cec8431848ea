//! The horizontal timeline: lane labels, and a scrolling track with the eras, the axis, the
//! lanes of markers and the influx chart, all on one time scale.

use super::axis::Axis;
use super::chart::{influx_chart, row_labels};
use super::eras::era_bands;
use super::gestures::Gestures;
use super::keyboard::{on_key, KeyActions};
use super::marks::{Marks, CLUSTER_ATTR, POS_ATTR, SPLITS_ATTR};
use super::state::TimelineState;
use crate::app::browser;
use crate::dom::{closest_data, div, render_into, span};
use crate::hooks::use_width;
use crate::scale::ticks;
use leptos::html;
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
    let gestures = Gestures::new(state);

    let width = use_width(state.scroller);
    let measured = std::cell::Cell::new(false);
    let last_width = std::cell::Cell::new(0.0);
    crate::dom::effect(move || {
        let width = width.get();
        if width <= 0.0 {
            return;
        }
        let narrowed = width < last_width.replace(width);
        state.viewport.set(width);
        if !measured.replace(true) {
            on_measured.run(());
        } else if state.k.get_untracked() < state.fit() {
            // The viewport grew past the whole story: keep showing everything.
            state.show_everything();
        } else if let (true, Some(pos)) = (narrowed, selected.get_untracked()) {
            // The viewport narrowed (the details panel opened beside it, say): keep the
            // selected event in view.
            state.reveal(state.app.index.with_value(|i| i.order[pos].t));
        }
    });

    // The date at the view's left edge, for the corner beside the axis (the hour ticks do not
    // say the day). A memo of the unformatted date: it changes, and is formatted, only when
    // the edge crosses a day or a month.
    let edge = Memo::new(move |_| {
        let scale = state.scale();
        ticks::edge_date(scale.t(state.scroll.get()), scale.px_per_day)
    });
    // The column of lane labels (only the visible lanes) and chart row labels.
    let labels = NodeRef::<html::Div>::new();
    render_into(labels, move || {
        let visible = state.visible.get();
        let mut rows = vec![div("tl-axis-spacer")
            .child(span("tl-edge-date", &edge.get().to_string()).attr("data-testid", "edge-date"))];
        state.app.story.with_value(|s| {
            for (lane, l) in s.lanes.iter().enumerate() {
                if visible.get(lane).copied().unwrap_or(true) {
                    rows.push(
                        div(&format!("tl-lane-label lane-{}", lane % 8))
                            .child(span("shape", "").attr("aria-hidden", "true"))
                            .child(span("", &l.label)),
                    );
                }
            }
        });
        rows.push(div("tl-chart-labels").children(row_labels(state)));
        rows
    });
    // Eras behind the lanes and the chart under them never change.
    let eras = NodeRef::<html::Div>::new();
    render_into(eras, move || vec![era_bands(state)]);
    let chart = NodeRef::<html::Div>::new();
    render_into(chart, move || influx_chart(state).into_iter().collect());

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
            let span = state
                .app
                .index
                .with_value(|i| (i.order.get(a).map(|p| p.t), i.order.get(b).map(|p| p.t)));
            let Some((from, to)) = span.0.zip(span.1) else {
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

    let (span_minutes, count) = state.app.story.with_value(|s| {
        let scale = state.scale_untracked();
        (scale.minutes(scale.end), s.events.len())
    });
    let group_label = format!(
        "Events, {count} in all. Arrow keys move between events, Enter opens one, plus and minus zoom."
    );

    view! {
        <div class="tl-frame">
            <div class="tl-lane-labels" aria-hidden="true" node_ref=labels></div>
            <div
                class="tl-scroller"
                node_ref=state.scroller
                data-testid="timeline-scroller"
                on:scroll=move |_| {
                    if let Some(el) = state.scroller.get_untracked() {
                        state.scroll.set(el.scroll_left() as f64);
                    }
                }
                on:wheel=move |ev| gestures.on_wheel(ev)
                on:pointerdown=move |ev| gestures.on_pointer_down(ev)
                on:pointermove=move |ev| gestures.on_pointer_move(ev)
                on:pointerup=move |ev| gestures.on_pointer_up(ev)
                on:pointercancel=move |ev| gestures.on_pointer_up(ev)
            >
                <div
                    class="tl-track"
                    node_ref=state.track
                    style:width=move || format!("{}px", state.scale().width().round() as i64)
                    data-zoom=move || state.scale().zoom_milli().to_string()
                    // What the axis counts in; the chart's CSS thins its labels by it.
                    data-unit=move || ticks::interval_for(state.scale().px_per_day).unit.plural()
                    style:--span=span_minutes.to_string()
                    data-testid="timeline-track"
                >
                    <div node_ref=eras></div>
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
                    <div node_ref=chart></div>
                </div>
            </div>
        </div>
    }
}
