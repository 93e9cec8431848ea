//! The lanes of markers as the reader zooms and moves: which events are drawn alone and which
//! merge into clusters (see [`crate::content::marks`]), and the roving focus among them.
//!
//! Lanes are updated only when their own marks change (a new zoom level, a focus that leaves or
//! rejoins a cluster, the view crossing a viewport's width), never on each scroll event, and in
//! place: a mark that stays keeps its element, so the browser restyles only what is new (this
//! is `<For>`'s keyed update, written out for rows whose items also move). Only the marks near
//! the view are in the page. Clicks are delegated to the track (see `track`).

use super::keyboard::focus_mark;
use super::state::TimelineState;
use crate::content::marks::{
    cluster_splits, drawn_marks, in_window, lane_row, lanes, left, mark, mark_id, room, Drawn,
    SPLITS_ATTR,
};
use crate::ui::markup;
use leptos::html;
use leptos::prelude::*;

/// Every visible lane's marks at the current zoom (tracked).
fn current_marks(state: TimelineState, selected: Option<usize>) -> Vec<Vec<Drawn>> {
    let alone: Vec<usize> = [state.focus.get(), selected]
        .into_iter()
        .flatten()
        .collect();
    drawn_marks(
        state.app.index,
        &state.scale(),
        &state.visible.get(),
        &alone,
    )
}

/// The element for one mark.
fn build_mark(state: TimelineState, d: &Drawn, track: i64, at_max: bool) -> web_sys::Element {
    let node = mark(state.app.story, state.app.index, d, track, at_max);
    #[cfg(target_arch = "wasm32")]
    {
        node.to_dom()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = node;
        unreachable!("marks are only built in the browser")
    }
}

/// Brings one lane's row from the marks it shows (`shown`, with their elements) to `marks`,
/// in place: marks that stay keep their element (only their position is updated). Both lists
/// are in time order, so the kept elements never move. A cluster whose choice changes from
/// zooming in to opening its first event (the zoom reached its closest level, or left it) is
/// built afresh.
fn update_lane(
    state: TimelineState,
    row: &web_sys::Element,
    shown: Vec<(Drawn, web_sys::Element)>,
    marks: &[Drawn],
    track: i64,
    at_max: bool,
) -> Vec<(Drawn, web_sys::Element)> {
    let kept_keys: std::collections::HashSet<&[usize]> =
        marks.iter().map(|d| d.members.as_slice()).collect();
    let mut kept: Vec<(Drawn, web_sys::Element)> = Vec::new();
    for (d, el) in shown {
        if kept_keys.contains(d.members.as_slice()) {
            kept.push((d, el));
        } else {
            el.remove();
        }
    }
    // Whether a kept mark still says what choosing it does (only a cluster can change).
    let current = |d: &Drawn, el: &web_sys::Element| {
        d.members.len() < 2 || {
            let splits = cluster_splits(state.app.index, &d.members, at_max);
            el.get_attribute(SPLITS_ATTR).as_deref() == Some(if splits { "true" } else { "false" })
        }
    };
    let mut out = Vec::with_capacity(marks.len());
    let mut next_kept = kept.into_iter().peekable();
    for d in marks {
        match next_kept.peek() {
            Some((old, _)) if old.members == d.members => {
                let (old, el) = next_kept.next().expect("peeked");
                if !current(d, &el) {
                    let fresh = build_mark(state, d, track, at_max);
                    let _ = el.replace_with_with_node_1(&fresh);
                    out.push((d.clone(), fresh));
                    continue;
                }
                if old.m != d.m || old.m_next != d.m_next {
                    if let Some(html) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                        let _ = html.style().set_property("left", &left(d.m, track));
                        let _ = html.style().set_property("max-width", &room(d, track));
                    }
                }
                out.push((d.clone(), el));
            }
            Some((_, before)) => {
                let el = build_mark(state, d, track, at_max);
                let _ = row.insert_before(&el, Some(before));
                out.push((d.clone(), el));
            }
            None => {
                let el = build_mark(state, d, track, at_max);
                let _ = row.append_child(&el);
                out.push((d.clone(), el));
            }
        }
    }
    out
}

/// Makes the focused event's marker the one tab stop and marks the selected one as current.
/// By id, as the markers come and go with the zoom.
fn apply_focus(
    previous: &mut (Option<usize>, Option<usize>),
    focus: Option<usize>,
    selected: Option<usize>,
) {
    let doc = document();
    let by_pos = |pos: Option<usize>| pos.and_then(|p| doc.get_element_by_id(&mark_id(p)));
    if let Some(el) = by_pos(previous.0) {
        let _ = el.set_attribute("tabindex", "-1");
    }
    if let Some(el) = by_pos(previous.1) {
        let _ = el.remove_attribute("aria-current");
    }
    if let Some(el) = by_pos(focus) {
        let _ = el.set_attribute("tabindex", "0");
    }
    if let Some(el) = by_pos(selected) {
        let _ = el.set_attribute("aria-current", "true");
    }
    *previous = (focus, selected);
}

/// The lane rows and their marks.
#[component]
pub fn Marks(
    /// The timeline's state.
    state: TimelineState,
    /// Position of the selected event, if any.
    #[prop(into)]
    selected: Signal<Option<usize>>,
) -> impl IntoView {
    let app = state.app;
    let host = NodeRef::<html::Div>::new();
    let all = Memo::new(move |_| current_marks(state, selected.get()));
    let window = Memo::new(move |_| state.near_view());
    let at_max = Memo::new(move |_| {
        state.k.track();
        state.viewport.track();
        state.at_max_zoom_untracked()
    });
    let drawn = Memo::new(move |_| {
        let keep: Vec<usize> = [state.focus.get(), selected.get()]
            .into_iter()
            .flatten()
            .collect();
        all.with(|lanes| in_window(lanes, window.get(), &keep))
    });
    let track_minutes = move || state.scale_untracked().minutes(state.range.1).max(1);
    // What is in the page: for each visible lane, its row and its marks with their elements.
    type Row = (web_sys::Element, Vec<(Drawn, web_sys::Element)>);
    let shown = StoredValue::new_local(None::<(Vec<bool>, Vec<Option<Row>>)>);
    let marked = StoredValue::new_local((None::<usize>, None::<usize>));
    crate::ui::effect(move || {
        let lanes = drawn.get();
        // Tracked apart from the marks: a zoom step to or from the closest level may keep
        // every cluster as it was, yet change what choosing one does.
        let at_max = at_max.get();
        let visible = state.visible.get_untracked();
        let Some(host) = host.get() else { return };
        let track = track_minutes();
        // A rebuild may remove the focused marker, or draw the one the focus is moving to (it
        // was in a cluster): when the focus is in the event area, put it on the roving marker
        // at once.
        let had_focus = document()
            .active_element()
            .is_some_and(|el| host.contains(Some(&el)));
        let rows: Vec<Option<Row>> = match shown.try_update_value(Option::take).flatten() {
            // Same lanes shown: update each lane in place.
            Some((was_visible, rows)) if was_visible == visible => rows
                .into_iter()
                .zip(&lanes)
                .map(|(row, marks)| {
                    row.map(|(el, in_page)| {
                        let in_page = update_lane(state, &el, in_page, marks, track, at_max);
                        (el, in_page)
                    })
                })
                .collect(),
            // The lanes shown changed: build every row afresh.
            _ => {
                let mut rows = Vec::new();
                let elements = js_sys::Array::new();
                for (lane, marks) in lanes.iter().enumerate() {
                    if !visible.get(lane).copied().unwrap_or(true) {
                        rows.push(None);
                        continue;
                    }
                    let row = build_row(lane);
                    let in_page = update_lane(state, &row, Vec::new(), marks, track, at_max);
                    elements.push(&row);
                    rows.push(Some((row, in_page)));
                }
                host.replace_children_with_node(&elements);
                rows
            }
        };
        marked.update_value(|m| {
            apply_focus(m, state.focus.get_untracked(), selected.get_untracked())
        });
        if had_focus {
            if let Some(pos) = state.focus.get_untracked() {
                let target = mark_id(pos);
                if document()
                    .active_element()
                    .is_none_or(|el| el.id() != target)
                {
                    focus_mark(pos);
                }
            }
        }
        shown.set_value(Some((visible, rows)));
    });
    // The focus can move without changing any lane's marks (between single events).
    crate::ui::effect(move || {
        let (focus, selected) = (state.focus.get(), selected.get());
        marked.update_value(|m| apply_focus(m, focus, selected));
    });
    // The page written at build time draws the marks once, at the opening view.
    let written = app.prerender().then(|| {
        markup(lanes(
            app.story,
            app.index,
            &drawn.get_untracked(),
            &state.visible.get_untracked(),
            track_minutes(),
            at_max.get_untracked(),
            state.focus.get_untracked(),
        ))
    });
    view! { <div class="tl-lanes" node_ref=host>{written}</div> }
}

/// An empty row for a lane, in the page.
fn build_row(lane: usize) -> web_sys::Element {
    #[cfg(target_arch = "wasm32")]
    {
        lane_row(lane).to_dom()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lane_row(lane);
        unreachable!("rows are only built in the browser")
    }
}
