//! The lanes of markers: which events are drawn alone and which merge into clusters at the
//! current zoom, and the roving focus among them.
//!
//! Lanes are updated only when their own marks change (a new zoom level, a focus that leaves or
//! rejoins a cluster, the view crossing a viewport's width), never on each scroll event. Only
//! the marks near the view are in the page. Clicks are delegated to the lanes'
//! host: a marker carries `data-pos`, a cluster `data-cluster`.

use super::state::TimelineState;
use crate::dom::{div, el, replace_children, span, Node};
use crate::model::{Event, Story, StoryIndex};
use crate::scale::cluster::{cluster, Mark, MIN_GAP};
use leptos::html;
use leptos::prelude::*;

/// The attribute on an event's marker: its position in time order.
pub const POS_ATTR: &str = "data-pos";
/// The attribute on a cluster: the positions of its first and last events, "first-last".
pub const CLUSTER_ATTR: &str = "data-cluster";
/// The attribute on each cluster that says whether choosing it zooms in ("true": its events
/// differ in time and the zoom can go closer) or opens its first event ("false").
pub const SPLITS_ATTR: &str = "data-splits";

/// The element id of the marker for the event at position `pos`.
pub fn mark_id(pos: usize) -> String {
    format!("tl-event-{pos}")
}

/// One thing drawn in a lane, with what CSS needs to place it. Holds nothing in pixels, so
/// that a lane whose marks only move with the zoom compares equal and is not rebuilt.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// The events it stands for, in time order: one for a single event, several for a cluster.
    pub members: Vec<usize>,
    /// Minutes from the track's start to the mark (`--m`).
    pub m: i64,
    /// Minutes to the next mark in the lane, or to the track's end (`--m-next`): the room for
    /// the marker's label.
    pub m_next: i64,
}

/// Every visible lane's marks at the current zoom (hidden lanes get an empty list). Reads the
/// zoom, the visible lanes and the focus; `selected` is never merged into a cluster either.
pub fn drawn_marks(state: TimelineState, selected: Option<usize>) -> Vec<Vec<Drawn>> {
    let scale = state.scale();
    let visible = state.visible.get();
    let alone: Vec<usize> = [state.focus.get(), selected]
        .into_iter()
        .flatten()
        .collect();
    state.app.index.with_value(|index| {
        index
            .lanes
            .iter()
            .enumerate()
            .map(|(lane, positions)| {
                if !visible.get(lane).copied().unwrap_or(true) {
                    return Vec::new();
                }
                let items: Vec<(usize, f64)> = positions
                    .iter()
                    .map(|&p| (p, scale.x(index.order[p].t)))
                    .collect();
                let marks = cluster(&items, MIN_GAP, &alone);
                let end = scale.minutes(scale.end);
                let ms: Vec<i64> = marks
                    .iter()
                    .map(|m| scale.minutes(scale.t(m.x())))
                    .collect();
                marks
                    .into_iter()
                    .enumerate()
                    .map(|(i, mark)| Drawn {
                        members: match mark {
                            Mark::Single { pos, .. } => vec![pos],
                            Mark::Cluster { members, .. } => members,
                        },
                        m: ms[i],
                        m_next: ms.get(i + 1).copied().unwrap_or(end),
                    })
                    .collect()
            })
            .collect()
    })
}

/// The marks of `lanes` that lie in the window `lo..hi` (minutes from the track's start), plus
/// any that stand for an event in `keep` (the focused and the selected one, wherever they are).
/// Marks far outside the view are left out of the page: at high zoom most of a large story is
/// off screen, and every element in the page costs style, layout and paint on each zoom step.
pub fn in_window(lanes: &[Vec<Drawn>], (lo, hi): (i64, i64), keep: &[usize]) -> Vec<Vec<Drawn>> {
    lanes
        .iter()
        .map(|marks| {
            marks
                .iter()
                .filter(|d| (lo..hi).contains(&d.m) || d.members.iter().any(|p| keep.contains(p)))
                .cloned()
                .collect()
        })
        .collect()
}

/// "A" for "Text A": the last word of a text's label, at most two letters.
pub fn short_label(label: &str) -> String {
    label
        .split_whitespace()
        .last()
        .unwrap_or(label)
        .chars()
        .take(2)
        .collect()
}

/// The badges for the texts that mention an event ("A", or "A!" when what the text expected
/// differed from what happened), and the same said in words for assistive technology.
pub(super) fn badges(story: &Story, event: &Event) -> (Vec<Node>, String) {
    let mut seen: Vec<(String, bool)> = Vec::new();
    for mention in &event.mentions {
        let gap = mention.expected.is_some();
        match seen.iter_mut().find(|(id, _)| *id == mention.text) {
            Some(entry) => entry.1 |= gap,
            None => seen.push((mention.text.clone(), gap)),
        }
    }
    let mut words = String::new();
    let badges = seen
        .into_iter()
        .map(|(id, gap)| {
            let label = story.text_label(&id).to_string();
            words.push_str(&if gap {
                format!(" {label} mentions it; what it expected differed from what happened.")
            } else {
                format!(" {label} mentions it.")
            });
            let letter = short_label(&label);
            if gap {
                span("badge badge--gap", &format!("{letter}!"))
            } else {
                span("badge", &letter)
            }
        })
        .collect();
    (badges, words)
}

/// Where a mark sits, as a share of the track: `calc(m·100% / span)`. Set inline, not as a
/// custom property, so that a marker does not need its own copy of the inherited variables
/// (which made styling each new marker slow).
fn left(m: i64, track: i64) -> String {
    format!("calc({}% / {track})", m * 100)
}

/// The most a single marker (shape and label) may spread: to the next mark.
fn room(d: &Drawn, track: i64) -> String {
    format!("calc({}% / {track} - 6px)", (d.m_next - d.m) * 100)
}

/// A focusable marker for one event.
fn event_mark(story: &Story, index: &StoryIndex, pos: usize, d: &Drawn, track: i64) -> Node {
    let placed = index.order[pos];
    let e = &story.events[placed.event];
    let (badges, said) = badges(story, e);
    // With a time, the Eastern time carries the date too ("22:30 ET, 18 Jan 2025").
    let when = e
        .dual_time()
        .map_or_else(|| e.display_date(), |t| t.eastern);
    let name = format!("{}, {when}. {}.{said}", e.headline, e.confidence.label());
    let mut button = el("button")
        .class(&format!("tl-mark tl-mark--{}", e.confidence.as_str()))
        .attr("type", "button")
        .attr("id", &mark_id(pos))
        .attr(POS_ATTR, &pos.to_string())
        .attr("data-event", &e.id)
        .attr("tabindex", "-1")
        .attr("aria-label", &name)
        .css("left", &left(d.m, track))
        .css("max-width", &room(d, track))
        .child(span("shape", "").attr("aria-hidden", "true"));
    if !badges.is_empty() {
        button = button.child(
            el("span")
                .class("tl-mark__badges")
                .attr("aria-hidden", "true")
                .children(badges),
        );
    }
    // The text sits in an inner span, which the label wraps out of sight when too little room
    // is left for it (see .tl-mark__label in style/timeline.css).
    button.child(
        span("tl-mark__label", "")
            .attr("aria-hidden", "true")
            .child(el("span").text(&e.headline)),
    )
}

/// Whether choosing a cluster zooms in: its events differ in time and the zoom can go closer.
/// Events at the same moment (dated to the same day, say) never separate, nor do any at the
/// closest zoom; choosing such a cluster opens its first event instead.
fn cluster_splits(index: &StoryIndex, members: &[usize], at_max: bool) -> bool {
    let (first, last) = (members[0], members[members.len() - 1]);
    !at_max && index.order[first].t != index.order[last].t
}

/// A marker standing for several events; choosing it zooms in until they separate (or opens
/// the first, when they cannot: `at_max` says the zoom is at its closest).
fn cluster_mark(
    story: &Story,
    index: &StoryIndex,
    members: &[usize],
    d: &Drawn,
    track: i64,
    at_max: bool,
) -> Node {
    let first = index.order[members[0]];
    let last = index.order[members[members.len() - 1]];
    let splits = cluster_splits(index, members, at_max);
    let (from, to) = (
        story.events[first.event].date,
        story.events[last.event].date,
    );
    let span_words = if from == to {
        format!("on {}", from.long())
    } else {
        format!("from {} to {}", from.long(), to.long())
    };
    // Say what a choice does (the track's click handler reads SPLITS_ATTR, so the name and the
    // action cannot disagree).
    let what = if splits {
        "Zoom in to see them"
    } else {
        "Choose to open the first"
    };
    let name = format!("{} events {span_words}. {what}.", members.len());
    el("button")
        .class("tl-cluster")
        .attr("type", "button")
        .attr("tabindex", "-1")
        .attr(
            CLUSTER_ATTR,
            &format!("{}-{}", members[0], members[members.len() - 1]),
        )
        .attr(SPLITS_ATTR, if splits { "true" } else { "false" })
        .attr("aria-label", &name)
        .attr("title", &name)
        .css("left", &left(d.m, track))
        .child(span("shape", "").attr("aria-hidden", "true"))
        .child(span("tl-cluster__count", &members.len().to_string()))
}

/// The element for one mark.
fn build_mark(state: TimelineState, d: &Drawn, track: i64, at_max: bool) -> web_sys::Element {
    state
        .app
        .story
        .with_value(|story| {
            state
                .app
                .index
                .with_value(|index| match d.members.as_slice() {
                    [pos] => event_mark(story, index, *pos, d, track),
                    members => cluster_mark(story, index, members, d, track, at_max),
                })
        })
        .into_element()
}

/// Brings one lane's row from the marks it shows (`shown`, with their elements) to `marks`,
/// in place: marks that stay keep their element (only their position is updated), so the
/// browser restyles only what is new. Both lists are in time order, so the kept elements
/// never move. A cluster whose choice changes from zooming in to opening its first event (the
/// zoom reached its closest level, or left it) is built afresh.
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
            let splits = state
                .app
                .index
                .with_value(|i| cluster_splits(i, &d.members, at_max));
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
fn apply_focus(host: &web_sys::Element, focus: Option<usize>, selected: Option<usize>) {
    for (selector, attr, on, off) in [
        (".tl-mark[tabindex=\"0\"]", "tabindex", "0", "-1"),
        (".tl-mark[aria-current]", "aria-current", "true", ""),
    ] {
        if let Ok(list) = host.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    if off.is_empty() {
                        let _ = el.remove_attribute(attr);
                    } else {
                        let _ = el.set_attribute(attr, off);
                    }
                }
            }
        }
        let target = if attr == "tabindex" { focus } else { selected };
        if let Some(pos) = target {
            if let Some(el) = document().get_element_by_id(&mark_id(pos)) {
                let _ = el.set_attribute(attr, on);
            }
        }
    }
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
    let host = NodeRef::<html::Div>::new();
    let all = Memo::new(move |_| drawn_marks(state, selected.get()));
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
    // What is in the page: for each visible lane, its row and its marks with their elements.
    type Row = (web_sys::Element, Vec<(Drawn, web_sys::Element)>);
    let shown = std::cell::RefCell::new(None::<(Vec<bool>, Vec<Option<Row>>)>);
    crate::dom::effect(move || {
        let lanes = drawn.get();
        // Tracked apart from the marks: a zoom step to or from the closest level may keep
        // every cluster as it was, yet change what choosing one does.
        let at_max = at_max.get();
        let visible = state.visible.get_untracked();
        let Some(host) = host.get() else { return };
        let track = state.scale_untracked().minutes(state.range.1).max(1);
        // A rebuild may remove the focused marker, or draw the one the focus is moving to (it was in
        // a cluster): when the focus is in the event area, put it on the roving marker at once.
        let had_focus = document()
            .active_element()
            .is_some_and(|el| host.contains(Some(&el)));
        let rows: Vec<Option<Row>> = match shown.take() {
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
                let mut elements = Vec::new();
                for (lane, marks) in lanes.iter().enumerate() {
                    if !visible.get(lane).copied().unwrap_or(true) {
                        rows.push(None);
                        continue;
                    }
                    let row = div(&format!("tl-lane lane-{}", lane % 8))
                        .attr("data-lane", &lane.to_string())
                        .into_element();
                    let in_page = update_lane(state, &row, Vec::new(), marks, track, at_max);
                    elements.push(crate::dom::Node::from(row.clone()));
                    rows.push(Some((row, in_page)));
                }
                replace_children(&host, elements);
                rows
            }
        };
        apply_focus(&host, state.focus.get_untracked(), selected.get_untracked());
        if had_focus {
            if let Some(pos) = state.focus.get_untracked() {
                let target = mark_id(pos);
                if document()
                    .active_element()
                    .is_none_or(|el| el.id() != target)
                {
                    super::keyboard::focus_mark(pos);
                }
            }
        }
        shown.replace(Some((visible, rows)));
    });
    // The focus can move without changing any lane's marks (between single events).
    crate::dom::effect(move || {
        let (focus, selected) = (state.focus.get(), selected.get());
        if let Some(host) = host.get() {
            apply_focus(&host, focus, selected);
        }
    });
    view! { <div class="tl-lanes" node_ref=host></div> }
}
