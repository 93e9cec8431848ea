//! The comparison: a topic's panel, the not-addressed case, the overview matrix, the view.

use crate::support::*;
use leptos::prelude::*;
use rednote_explainer::compare::CompareView;
use rednote_explainer::content::{overview::overview, topic::topic_panel};
use rednote_explainer::markup::div;
use rednote_explainer::url_state::{UrlState, View};
use wasm_bindgen_test::wasm_bindgen_test;

fn href(id: &str) -> String {
    format!("?x={id}")
}

#[wasm_bindgen_test]
async fn a_topic_shows_both_readings_with_quotes_on_one_track() {
    let story = rednote_explainer::model::decode_default().unwrap();
    let topic = story
        .topics
        .iter()
        .find(|t| t.id == "cultural-exchange")
        .unwrap();
    let el = container();
    let panel = div("p").children(topic_panel(&story, topic, &story.text_order(false), &href));
    el.append_child(&panel.to_dom()).unwrap();
    assert_eq!(count(&el, ".cmp-col"), 2);
    // The shared track carries both markers, with a text alternative naming each position.
    assert_eq!(count(&el, ".cmp-shared .cmp-marker"), 2);
    let label = el
        .query_selector(".cmp-shared .cmp-track")
        .unwrap()
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert!(
        label.contains("Text A leans to: a real bridge between cultures"),
        "{label}"
    );
    assert!(
        label.contains("Text B leans to: a fleeting illusion"),
        "{label}"
    );
    assert!(count(&el, ".cmp-col blockquote") >= 2);
    assert!(text(&el, ".cmp-summary").contains("Common ground"));
    assert!(count(&el, "[data-testid=topic-events] a") >= 1);
}

#[wasm_bindgen_test]
async fn a_text_that_does_not_address_a_topic_says_so() {
    let story = rednote_explainer::model::decode_default().unwrap();
    let topic = story.topics.iter().find(|t| t.id == "motive").unwrap();
    let el = container();
    let panel = div("p").children(topic_panel(&story, topic, &story.text_order(false), &href));
    el.append_child(&panel.to_dom()).unwrap();
    let b = el.query_selector(".cmp-col[data-text=b]").unwrap().unwrap();
    assert!(b
        .text_content()
        .unwrap()
        .contains("Not placed on the spectrum"));
    assert_eq!(b.query_selector_all(".cmp-marker").unwrap().length(), 0);
    // The shared track shows only the text that is placed.
    assert_eq!(count(&el, ".cmp-shared .cmp-marker"), 1);
}

#[wasm_bindgen_test]
async fn the_overview_is_a_table_of_every_topic() {
    let story = rednote_explainer::model::decode_default().unwrap();
    let el = container();
    el.append_child(&overview(&story, &story.text_order(true), "state-power", &href).to_dom())
        .unwrap();
    assert_eq!(count(&el, "tbody tr"), story.topics.len() as u32);
    assert_eq!(count(&el, "tbody th[scope=row]"), story.topics.len() as u32);
    // Swapped: Text B's column comes first.
    assert_eq!(text(&el, "thead th:nth-child(2)"), "Text B");
    assert_eq!(count(&el, "tr[aria-current=true]"), 1);
    assert!(text(&el, "tr[aria-current=true]").contains("state power"));
}

#[wasm_bindgen_test]
async fn the_view_follows_the_topic_in_the_address() {
    let url = UrlState {
        view: View::Compare,
        topic: Some("what-next".into()),
        ..UrlState::default()
    };
    let (el, _h, ctx) = mount_with_story(url, || view! { <CompareView /> });
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(
        text(&el, "[role=tab][aria-selected=true] .cmp-tab__question"),
        "What happens next?"
    );
    assert_eq!(count(&el, "[role=tab][tabindex='0']"), 1);
    ctx.url.update(|u| u.topic = Some("open-internet".into()));
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert!(text(&el, "[role=tabpanel] h2").contains("borderless internet"));
    assert_eq!(
        text(&el, "[role=tab][aria-selected=true] .cmp-tab__question"),
        "Is an open, borderless internet real?"
    );
}
