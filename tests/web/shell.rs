//! The shell: the app root, the header and the error page.

use crate::support::*;
use leptos::prelude::*;
use rednote_explainer::model::Problem;
use rednote_explainer::shell::error_page::ErrorPage;
use rednote_explainer::shell::header::Header;
use rednote_explainer::shell::loader::LoadError;
use rednote_explainer::shell::App;
use rednote_explainer::url_state::{UrlState, View};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn the_app_renders_the_default_story_and_marks_itself_ready() {
    let el = container();
    let _handle = leptos::mount::mount_to(el.clone(), App);
    leptos::task::tick().await;
    assert!(text(&el, "[data-testid=story-title]").contains("RedNote"));
    assert_eq!(count(&el, "nav[aria-label=Views] a"), 3);
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("data-ready").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn the_header_marks_the_current_view() {
    let url = UrlState {
        view: View::Compare,
        ..UrlState::default()
    };
    let (el, _h, ctx) = mount_with_story(url, || view! { <Header /> });
    leptos::task::tick().await;
    assert_eq!(text(&el, "a[aria-current=page]"), "Compare the texts");
    ctx.url.update(|u| u.view = View::Timeline);
    leptos::task::tick().await;
    assert_eq!(text(&el, "a[aria-current=page]"), "Timeline");
    assert_eq!(count(&el, "a[aria-current=page]"), 1);
}

#[wasm_bindgen_test]
async fn the_error_page_lists_every_problem_as_text() {
    let el = container();
    let error = LoadError::Invalid {
        address: "/x.json".into(),
        problems: vec![
            Problem::new("$.events[0].id", "duplicate id \"a\""),
            Problem::new("$.events[1].headline", "<img src=x onerror=alert(1)>"),
        ],
    };
    let _h = leptos::mount::mount_to(el.clone(), move || view! { <ErrorPage error=error /> });
    leptos::task::tick().await;
    assert!(text(&el, "[data-testid=error-summary]").contains("has 2 problems"));
    assert_eq!(count(&el, "[data-testid=problems] li"), 2);
    // Hostile text stays text.
    assert_eq!(count(&el, "img"), 0);
    assert!(text(&el, "[data-testid=problems]").contains("<img src=x onerror=alert(1)>"));
}
