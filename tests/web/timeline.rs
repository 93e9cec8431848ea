//! The timeline: the list of events and the details panel.

use crate::support::*;
use leptos::prelude::*;
use rednote_explainer::timeline::details::event_details;
use rednote_explainer::timeline::list_view::EventList;
use rednote_explainer::url_state::UrlState;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn the_list_groups_events_by_month_and_opens_details() {
    let (el, _h, ctx) = mount_with_story(UrlState::default(), || {
        view! { <EventList visible=Signal::derive(|| vec![true; 16]) shown=Signal::derive(|| true) /> }
    });
    leptos::task::tick().await;
    let events = ctx.story.with_value(|s| s.events.len()) as u32;
    assert_eq!(count(&el, ".event-list__item"), events);
    assert!(count(&el, ".event-list__month h3") >= 6);
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
    let first_lane = ctx.index.with_value(|i| i.lanes[0].len()) as u32;
    let all = ctx.story.with_value(|s| s.events.len()) as u32;
    assert_eq!(count(&el, ".event-list__item"), all - first_lane);
}

#[wasm_bindgen_test]
async fn details_show_times_in_both_zones_sources_and_quotes() {
    let loaded = rednote_explainer::app::loader::embedded().unwrap();
    let timed = loaded
        .story
        .events
        .iter()
        .position(|e| e.time.is_some())
        .unwrap();
    let quoted = loaded
        .story
        .events
        .iter()
        .position(|e| !e.mentions.is_empty())
        .unwrap();
    let el = container();
    let href = |topic: &str| format!("?view=compare&topic={topic}");
    for event in [timed, quoted] {
        let node = event_details(&loaded.story, event, "h2", "x", &href).into_element();
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
    let mut loaded = rednote_explainer::app::loader::embedded().unwrap();
    loaded.story.events[0].headline = "<img src=x onerror=alert(1)>".into();
    loaded.story.events[0].summary = "<script>alert(1)</script>".into();
    let el = container();
    let href = |topic: &str| topic.to_string();
    el.append_child(&event_details(&loaded.story, 0, "h2", "y", &href).into_element())
        .unwrap();
    assert_eq!(count(&el, "img"), 0);
    assert_eq!(count(&el, "script"), 0);
    assert_eq!(text(&el, "h2"), "<img src=x onerror=alert(1)>");
}
