//! The parts of the list of events (the timeline's text alternative and its layout on narrow
//! screens): the months, what each event's button says, and its details.

use super::badges::badge_group;
use super::details::event_details;
use crate::i18n::{confidence_label, event_date, month_heading};
use crate::markup::{el, span, Node};
use crate::model::index::wall_clock;
use crate::model::{Confidence, Event, Story, StoryIndex};
use chrono::Datelike;

/// The attribute on each event's toggle button; its value is the event's id.
pub const TOGGLE_ATTR: &str = "data-toggle-event";

/// The id of an event's details panel in the list.
pub fn panel_id(event_id: &str) -> String {
    format!("list-details-{event_id}")
}

/// The id of an event's headline inside its open panel.
pub fn panel_headline_id(event_id: &str) -> String {
    format!("list-headline-{event_id}")
}

/// Under an event's headline: its lane, and the same confidence ring and text badges as its
/// marker on the timeline (so that the marker key holds for the list too), also in words.
fn meta_line(story: &Story, e: &Event, lane: &str) -> Node {
    let mut line = span("event-list__lane", lane);
    if e.confidence != Confidence::Confirmed {
        line = line
            .text(" · ")
            .child(
                span(&format!("key-ring key-ring--{}", e.confidence.as_str()), "")
                    .attr("aria-hidden", "true"),
            )
            .text(&format!(" {}", confidence_label(e.confidence)));
    }
    if let Some((badges, said)) = badge_group(story, e, "event-list__badges") {
        line = line
            .text(" ")
            .child(badges)
            .child(span("visually-hidden", &said));
    }
    line
}

/// The details of the event `id` for its panel in the list.
pub fn panel_details(
    story: &Story,
    index: &StoryIndex,
    id: &str,
    topic_href: &dyn Fn(&str) -> String,
) -> Option<Node> {
    let pos = index.position(id)?;
    Some(event_details(
        story,
        index.order[pos].event,
        "h3",
        &panel_headline_id(id),
        topic_href,
    ))
}

/// The positions (in time order) of the events in the visible lanes, month by month, each
/// month with its heading.
pub fn months(index: &StoryIndex, visible: &[bool]) -> Vec<(String, Vec<usize>)> {
    let mut months: Vec<(String, Vec<usize>)> = Vec::new();
    for (pos, placed) in index.order.iter().enumerate() {
        if !visible.get(placed.lane).copied().unwrap_or(true) {
            continue;
        }
        let day = wall_clock(placed.t).date();
        let heading = month_heading(day.year(), day.month());
        match months.last_mut() {
            Some((h, items)) if *h == heading => items.push(pos),
            _ => months.push((heading, vec![pos])),
        }
    }
    months
}

/// What an event's toggle button in the list says: its date, headline and meta line.
pub fn toggle_content(story: &Story, index: &StoryIndex, pos: usize) -> Vec<Node> {
    let placed = index.order[pos];
    let e = &story.events[placed.event];
    let lane = story.lane_label(placed.lane);
    vec![
        span("shape", "").attr("aria-hidden", "true"),
        span("event-list__date", &event_date(e)),
        span("event-list__headline", &e.headline),
        meta_line(story, e, lane),
    ]
}

/// The list of the events in the visible lanes, month by month; only those `within` a span of
/// time, if given. The events for which `open` says so have their details open.
pub fn event_list(
    story: &Story,
    index: &StoryIndex,
    visible: &[bool],
    within: Option<(f64, f64)>,
    open: &dyn Fn(&str) -> bool,
    topic_href: &dyn Fn(&str) -> String,
) -> Vec<Node> {
    months(index, visible)
        .into_iter()
        .filter_map(|(heading, positions)| {
            let positions: Vec<usize> = positions
                .into_iter()
                .filter(|&pos| within.is_none_or(|(a, b)| (a..=b).contains(&index.order[pos].t)))
                .collect();
            (!positions.is_empty()).then_some((heading, positions))
        })
        .map(|(heading, positions)| {
            let items = positions.into_iter().map(|pos| {
                let placed = index.order[pos];
                let id = &story.events[placed.event].id;
                let is_open = open(id);
                let details = is_open
                    .then(|| panel_details(story, index, id, topic_href))
                    .flatten();
                el("li")
                    .class(&format!("event-list__item lane-{}", placed.lane % 8))
                    .attr("data-event", id)
                    .child(
                        el("button")
                            .class("event-list__toggle")
                            .attr("type", "button")
                            .attr(TOGGLE_ATTR, id)
                            .attr("aria-expanded", if is_open { "true" } else { "false" })
                            .attr("aria-controls", &panel_id(id))
                            .children(toggle_content(story, index, pos)),
                    )
                    .child(
                        el("div")
                            .class("event-list__panel")
                            .attr("id", &panel_id(id))
                            .child_opt(details),
                    )
            });
            el("section")
                .class("event-list__month")
                .child(el("h2").class("event-list__heading").text(&heading))
                .child(el("ol").class("event-list__events").children(items))
        })
        .collect()
}
