//! Every event as an ordered list grouped by month: the timeline's text alternative, and its
//! layout on narrow screens. Choosing an event opens its details in place and puts it in the
//! address.

use super::details::event_details;
use super::links::on_content_click;
use crate::app::browser::{self, HistoryMode};
use crate::app::context::{use_app, AppContext};
use crate::dom::{el, render_into, span, Node};
use crate::model::date::long_month_name;
use crate::model::index::wall_clock;
use crate::model::{Confidence, Event, Story};
use chrono::Datelike;
use leptos::html;
use leptos::prelude::*;

/// The attribute on each event's toggle button; its value is the event's id.
const TOGGLE_ATTR: &str = "data-toggle-event";

fn panel_id(event_id: &str) -> String {
    format!("list-details-{event_id}")
}

/// Fills the details panel of `event_id` in the list (or empties it), and marks its button.
/// Returns the event's list item, if the list is in the page.
fn show_details(app: AppContext, event_id: &str, open: bool) -> Option<web_sys::Element> {
    let doc = document();
    let panel = doc.get_element_by_id(&panel_id(event_id))?;
    if let Ok(Some(button)) = doc.query_selector(&format!("[{TOGGLE_ATTR}=\"{event_id}\"]")) {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
    let content = if open {
        let pos = app.index.with_value(|i| i.position(event_id));
        pos.map(|pos| {
            let event = app.index.with_value(|i| i.order[pos].event);
            let href = |topic: &str| super::links::topic_href(app, topic);
            app.story.with_value(|s| {
                event_details(s, event, "h3", &format!("list-headline-{event_id}"), &href)
            })
        })
    } else {
        None
    };
    crate::dom::replace_children(&panel, content.into_iter().collect());
    panel.parent_element()
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
            .text(&format!(" {}", e.confidence.label()));
    }
    let (badges, said) = super::marks::badges(story, e);
    if !badges.is_empty() {
        line = line
            .text(" ")
            .child(
                el("span")
                    .class("event-list__badges")
                    .attr("aria-hidden", "true")
                    .children(badges),
            )
            .child(span("visually-hidden", &said));
    }
    line
}

/// The list for the visible lanes, with the selected event open.
fn build(app: AppContext, visible: &[bool], selected: Option<&str>) -> Vec<Node> {
    let mut months: Vec<(String, Vec<Node>)> = Vec::new();
    app.index.with_value(|index| {
        app.story.with_value(|s| {
            for placed in &index.order {
                if !visible.get(placed.lane).copied().unwrap_or(true) {
                    continue;
                }
                let e = &s.events[placed.event];
                let day = wall_clock(placed.t).date();
                let heading = format!("{} {}", long_month_name(day.month()), day.year());
                let lane = s.lanes.get(placed.lane).map_or("", |l| l.label.as_str());
                let open = selected == Some(e.id.as_str());
                let button = el("button")
                    .class("event-list__toggle")
                    .attr("type", "button")
                    .attr(TOGGLE_ATTR, &e.id)
                    .attr("aria-expanded", if open { "true" } else { "false" })
                    .attr("aria-controls", &panel_id(&e.id))
                    .child(span("shape", "").attr("aria-hidden", "true"))
                    .child(span("event-list__date", &e.display_date()))
                    .child(span("event-list__headline", &e.headline))
                    .child(meta_line(s, e, lane));
                let item = el("li")
                    .class(&format!("event-list__item lane-{}", placed.lane % 8))
                    .attr("data-event", &e.id)
                    .child(button)
                    .child(
                        el("div")
                            .class("event-list__panel")
                            .attr("id", &panel_id(&e.id)),
                    );
                match months.last_mut() {
                    Some((h, items)) if *h == heading => items.push(item),
                    _ => months.push((heading, vec![item])),
                }
            }
        })
    });
    months
        .into_iter()
        .map(|(heading, items)| {
            el("section")
                .class("event-list__month")
                .child(el("h2").class("event-list__heading").text(&heading))
                .child(el("ol").class("event-list__events").children(items))
        })
        .collect()
}

/// The list of events.
#[component]
pub fn EventList(
    /// Which lanes are shown, by lane index.
    #[prop(into)]
    visible: Signal<Vec<bool>>,
    /// Whether the list is shown at all; it is built only then.
    #[prop(into)]
    shown: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let host = NodeRef::<html::Div>::new();
    let selected = Memo::new(move |_| app.url.with(|u| u.event.clone()));
    // Rebuilt when the visible lanes change; the selection is applied below, without a rebuild.
    // Only the first build scrolls to the selected event (a link to it): later ones come from
    // the lane checkboxes, where the reader is. Never embedded: an embed does not scroll its
    // article by itself.
    let scrolled = std::cell::Cell::new(false);
    render_into(host, move || {
        if !shown.get() {
            return Vec::new();
        }
        let list = build(app, &visible.get(), None);
        if let Some(id) = selected.get_untracked() {
            let scroll = !scrolled.replace(true) && !browser::is_embedded();
            request_animation_frame(move || {
                if let Some(item) = show_details(app, &id, true) {
                    if scroll {
                        browser::reveal(&item, browser::Align::Start);
                    }
                }
            });
        }
        list
    });
    let previous = std::cell::RefCell::new(None::<String>);
    crate::dom::effect(move || {
        let now = selected.get();
        if let Some(old) = previous.replace(now.clone()) {
            show_details(app, &old, false);
        }
        if let Some(item) = now.and_then(|new| show_details(app, &new, true)) {
            // Keep the chosen event on screen: closing one above it pulls the page up, and
            // Back may choose one far away. (Its button, not the whole item: an item taller
            // than the screen that shows only its details would count as in view.) On the next
            // frame, after the browser's own scroll restoration and anchoring.
            if let Some(button) = item.first_element_child() {
                request_animation_frame(move || {
                    browser::reveal(&button, browser::Align::Nearest);
                });
            }
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if on_content_click(app, &ev) {
            return;
        }
        if let Some(id) = crate::dom::closest_data(&ev, TOGGLE_ATTR) {
            app.go(HistoryMode::Push, move |u| {
                u.event = if u.event.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id)
                };
            });
        }
    };
    view! { <div class="event-list" data-testid="event-list" node_ref=host on:click=on_click></div> }
}
