//! The timeline: the track's marks, the list of events and the details panel.

use crate::support::*;
use leptos::prelude::*;
use rednote_explainer::content::details::event_details;
use rednote_explainer::content::marks::mark_id;
use rednote_explainer::timeline::list_view::EventList;
use rednote_explainer::timeline::TimelineView;
use rednote_explainer::url_state::UrlState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn the_list_groups_events_by_month_and_opens_details() {
    let (el, _h, ctx) = mount_with_story(UrlState::default(), || {
        view! { <EventList visible=Signal::derive(|| vec![true; 16]) shown=Signal::derive(|| true) /> }
    });
    leptos::task::tick().await;
    let events = ctx.story.events.len() as u32;
    assert_eq!(count(&el, ".event-list__item"), events);
    assert!(count(&el, ".event-list__month h2") >= 6);
    assert_eq!(count(&el, "[data-testid=details]"), 0);
    click(&el, ".event-list__toggle");
    leptos::task::tick().await;
    assert_eq!(count(&el, "[data-testid=details]"), 1);
    assert!(ctx.url.with_untracked(|u| u.event.is_some()));
    assert_eq!(count(&el, ".event-list__toggle[aria-expanded=true]"), 1);
}

#[wasm_bindgen_test]
async fn hidden_lanes_leave_the_list() {
    let (el, _h, ctx) = mount_with_story(UrlState::default(), || {
        view! { <EventList visible=Signal::derive(|| vec![false]) shown=Signal::derive(|| true) /> }
    });
    leptos::task::tick().await;
    let first_lane = ctx.index.lanes[0].len() as u32;
    let all = ctx.story.events.len() as u32;
    assert_eq!(count(&el, ".event-list__item"), all - first_lane);
}

#[wasm_bindgen_test]
async fn details_show_times_in_both_zones_sources_and_quotes() {
    let loaded = rednote_explainer::model::decode_default().unwrap();
    let timed = loaded.events.iter().position(|e| e.time.is_some()).unwrap();
    let quoted = loaded
        .events
        .iter()
        .position(|e| !e.mentions.is_empty())
        .unwrap();
    let el = container();
    let href = |topic: &str| format!("?view=compare&topic={topic}");
    for event in [timed, quoted] {
        let node = event_details(&loaded, event, "h2", "x", &href).to_dom();
        el.append_child(&node).unwrap();
    }
    let times = text(&el, "[data-testid=details-times]");
    assert!(times.contains("ET") && times.contains("Beijing"), "{times}");
    assert!(count(&el, "[data-testid=details-sources] li") >= 2);
    assert!(count(&el, "blockquote") >= 1);
    assert!(!text(&el, "[data-testid=details-confidence]").is_empty());
}

#[wasm_bindgen_test]
async fn details_render_hostile_text_as_text() {
    let mut loaded = rednote_explainer::model::decode_default().unwrap();
    loaded.events[0].headline = "<img src=x onerror=alert(1)>".into();
    loaded.events[0].summary = "<script>alert(1)</script>".into();
    let el = container();
    let href = |topic: &str| topic.to_string();
    el.append_child(&event_details(&loaded, 0, "h2", "y", &href).to_dom())
        .unwrap();
    assert_eq!(count(&el, "img"), 0);
    assert_eq!(count(&el, "script"), 0);
    assert_eq!(text(&el, "h2"), "<img src=x onerror=alert(1)>");
}

/// How many events the drawn marks stand for: one per marker, a cluster's count per cluster.
fn events_drawn(root: &web_sys::HtmlElement) -> u32 {
    let clusters = root.query_selector_all(".tl-cluster__count").unwrap();
    let in_clusters: u32 = (0..clusters.length())
        .map(|i| {
            clusters
                .item(i)
                .and_then(|n| n.text_content())
                .and_then(|t| t.parse::<u32>().ok())
                .unwrap_or(0)
        })
        .sum();
    count(root, ".tl-mark") + in_clusters
}

#[wasm_bindgen_test]
async fn the_track_keeps_only_the_marks_near_the_view_and_the_focused_one() {
    let (el, _h, ctx) = mount_with_story(UrlState::default(), || view! { <TimelineView /> });
    el.style().set_property("width", "1000px").unwrap();
    sleep(100).await;
    let events = ctx.story.events.len() as u32;
    // Showing everything, every event is drawn, alone or in a cluster.
    click(&el, "[data-action=everything]");
    sleep(50).await;
    assert_eq!(events_drawn(&el), events);
    // Zoomed in as far as it goes, most of the story is far from the view and not in the page.
    for _ in 0..16 {
        click(&el, "[data-action=zoom-in]");
        sleep(20).await;
    }
    let near = events_drawn(&el);
    assert!(
        near < events / 2,
        "{near} of {events} events drawn at the highest zoom"
    );
    // The roving focus can still go anywhere: End moves it to the last event, which is drawn
    // and focused.
    let roving: web_sys::HtmlElement = el
        .query_selector("[data-testid=timeline-events] [tabindex='0']")
        .unwrap()
        .expect("a roving marker")
        .unchecked_into();
    roving.focus().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("End");
    init.set_bubbles(true);
    let end = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    roving.dispatch_event(&end).unwrap();
    sleep(100).await;
    let last = ctx.index.order.len() - 1;
    let active = document().active_element().expect("a focused element");
    assert_eq!(active.id(), mark_id(last));
}
