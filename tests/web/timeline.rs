//! The timeline: the list of events and the details panel.

use crate::support::*;
use leptos::prelude::*;
use rednote_explainer::timeline::details::EventDetails;
use rednote_explainer::timeline::list_view::EventList;
use rednote_explainer::url_state::UrlState;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn the_list_groups_events_by_month_and_opens_details() {
    let (el, _h, ctx) = mount_with_story(UrlState::default(), || {
        view! { <EventList visible=Signal::derive(|| vec![true; 16]) /> }
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
        view! { <EventList visible=Signal::derive(|| vec![false]) /> }
    });
    leptos::task::tick().await;
    let first_lane = ctx.index.with_value(|i| i.lanes[0].len()) as u32;
    let all = ctx.story.with_value(|s| s.events.len()) as u32;
    assert_eq!(count(&el, ".event-list__item"), all - first_lane);
}

#[wasm_bindgen_test]
async fn details_show_times_in_both_zones_sources_and_quotes() {
    let (dark, mentioned) = {
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
        (timed, quoted)
    };
    let (el, _h, _ctx) = mount_with_story(UrlState::default(), move || {
        view! {
            <EventDetails event=dark heading_id="a" />
            <EventDetails event=mentioned heading_id="b" />
        }
    });
    leptos::task::tick().await;
    let times = text(&el, "[data-testid=details-times]");
    assert!(times.contains("ET") && times.contains("Beijing"), "{times}");
    assert!(count(&el, "[data-testid=details-sources] li") >= 2);
    assert!(count(&el, "blockquote") >= 1);
    assert!(!text(&el, "[data-testid=details-confidence]").is_empty());
}
