//! The lanes of markers: which events are drawn alone and which merge into clusters at a zoom,
//! and the markup of a marker and of a cluster. The timeline keeps them current as the reader
//! zooms (`timeline::marks`); the pre-rendered page draws them once, at the opening view.

use super::badges::badge_group;
use crate::i18n::{confidence_label, date_long, dual_time, event_date, fill, t};
use crate::markup::{div, el, span, Node};
use crate::model::{Story, StoryIndex};
use crate::scale::cluster::{cluster, Mark, MIN_GAP};
use crate::scale::TimeScale;

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
    /// Minutes from the track's start to the mark.
    pub m: i64,
    /// Minutes to the next mark in the lane, or to the track's end: the room for the marker's
    /// label.
    pub m_next: i64,
}

/// Every lane's marks at the zoom of `scale` (hidden lanes get an empty list). The events in
/// `alone` (the focused and the selected one) are never merged into a cluster.
pub fn drawn_marks(
    index: &StoryIndex,
    scale: &TimeScale,
    visible: &[bool],
    alone: &[usize],
) -> Vec<Vec<Drawn>> {
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
            let marks = cluster(&items, MIN_GAP, alone);
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

/// Where a mark sits, as a share of the track: `calc(m·100% / span)`. Set as the element's
/// own `left`, not a custom property, so that a marker does not need its own copy of the
/// inherited variables (which made styling each new marker slow).
pub fn left(m: i64, track: i64) -> String {
    format!("calc({}% / {track})", m * 100)
}

/// The most a single marker (shape and label) may spread: to the next mark.
pub fn room(d: &Drawn, track: i64) -> String {
    format!("calc({}% / {track} - 6px)", (d.m_next - d.m) * 100)
}

/// A focusable marker for one event.
pub fn event_mark(story: &Story, index: &StoryIndex, pos: usize, d: &Drawn, track: i64) -> Node {
    let placed = index.order[pos];
    let e = &story.events[placed.event];
    let badges = badge_group(story, e, "tl-mark__badges");
    let said = badges.as_ref().map_or("", |(_, said)| said.as_str());
    // With a time, the Eastern time carries the date too ("22:30 ET, 18 Jan 2025").
    let when = dual_time(e).map_or_else(|| event_date(e), |(eastern, _)| eastern);
    let name = fill(
        t().mark_name,
        &[
            ("headline", &e.headline),
            ("when", &when),
            ("confidence", confidence_label(e.confidence)),
        ],
    ) + said;
    el("button")
        .class(&format!("tl-mark tl-mark--{}", e.confidence.as_str()))
        .attr("type", "button")
        .attr("id", &mark_id(pos))
        .attr(POS_ATTR, &pos.to_string())
        .attr("data-event", &e.id)
        .attr("tabindex", "-1")
        .attr("aria-label", &name)
        .css("left", &left(d.m, track))
        .css("max-width", &room(d, track))
        .child(span("shape", "").attr("aria-hidden", "true"))
        .child_opt(badges.map(|(node, _)| node))
        // The text sits in an inner span, which the label wraps out of sight when too little
        // room is left for it (see .tl-mark__label in style/timeline.css).
        .child(
            span("tl-mark__label", "")
                .attr("aria-hidden", "true")
                .child(el("span").text(&e.headline)),
        )
}

/// A marker that only shows, for a presentation step's strip of the timeline: the look of
/// [`event_mark`] or [`cluster_mark`], without a button, id or name (the strip as a whole has
/// a text alternative, and nothing on a slide is there to be chosen), nor the texts' badges
/// (too small to read from the back of a room). `here` is the event the
/// step is about, drawn highlighted.
pub fn still_mark(story: &Story, index: &StoryIndex, d: &Drawn, track: i64, here: usize) -> Node {
    let [pos] = d.members.as_slice() else {
        return span("tl-cluster", "")
            .css("left", &left(d.m, track))
            .child(span("shape", ""))
            .child(span("tl-cluster__count", &d.members.len().to_string()));
    };
    let e = &story.events[index.order[*pos].event];
    let class = if *pos == here {
        "tl-mark tl-mark--here tl-mark--"
    } else {
        "tl-mark tl-mark--"
    };
    span(&format!("{class}{}", e.confidence.as_str()), "")
        .attr_if(*pos == here, "data-testid", "step-context-here")
        .css("left", &left(d.m, track))
        .css("max-width", &room(d, track))
        .child(span("shape", ""))
        .child(span("tl-mark__label", "").child(el("span").text(&e.headline)))
}

/// Whether choosing a cluster zooms in: its events differ in time and the zoom can go closer.
/// Events at the same moment (dated to the same day, say) never separate, nor do any at the
/// closest zoom; choosing such a cluster opens its first event instead.
pub fn cluster_splits(index: &StoryIndex, members: &[usize], at_max: bool) -> bool {
    let (first, last) = (members[0], members[members.len() - 1]);
    !at_max && index.order[first].t != index.order[last].t
}

/// A marker standing for several events; choosing it zooms in until they separate (or opens
/// the first, when they cannot: `at_max` says the zoom is at its closest).
pub fn cluster_mark(
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
    let count = members.len().to_string();
    let name = if from == to {
        fill(
            t().cluster_on,
            &[("count", &count), ("date", &date_long(from))],
        )
    } else {
        fill(
            t().cluster_from_to,
            &[
                ("count", &count),
                ("from", &date_long(from)),
                ("to", &date_long(to)),
            ],
        )
    };
    // Say what a choice does (the track's click handler reads SPLITS_ATTR, so the name and the
    // action cannot disagree).
    let what = if splits {
        t().cluster_zooms
    } else {
        t().cluster_opens
    };
    let name = format!("{name} {what}");
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
        .child(span("tl-cluster__count", &count))
}

/// The element for one mark.
pub fn mark(story: &Story, index: &StoryIndex, d: &Drawn, track: i64, at_max: bool) -> Node {
    match d.members.as_slice() {
        [pos] => event_mark(story, index, *pos, d, track),
        members => cluster_mark(story, index, members, d, track, at_max),
    }
}

/// An empty row for lane number `lane`.
pub fn lane_row(lane: usize) -> Node {
    div(&format!("tl-lane lane-{}", lane % 8)).attr("data-lane", &lane.to_string())
}

/// Every visible lane's row with its marks, for a page drawn once (the pre-rendered one).
/// `focus` is the marker that holds the event area's one tab stop.
pub fn lanes(
    story: &Story,
    index: &StoryIndex,
    drawn: &[Vec<Drawn>],
    visible: &[bool],
    track: i64,
    at_max: bool,
    focus: Option<usize>,
) -> Vec<Node> {
    drawn
        .iter()
        .enumerate()
        .filter(|(lane, _)| visible.get(*lane).copied().unwrap_or(true))
        .map(|(lane, marks)| {
            lane_row(lane).children(marks.iter().map(|d| {
                let node = mark(story, index, d, track, at_max);
                match d.members.as_slice() {
                    [pos] if Some(*pos) == focus => node.attr("tabindex", "0"),
                    _ => node,
                }
            }))
        })
        .collect()
}
