//! The presentation's steps.

use crate::support::*;
use leptos::prelude::*;
use rednote_explainer::content::step::step_view;
use rednote_explainer::markup::div;
use rednote_explainer::model::presentation::steps;
use rednote_explainer::model::{StepKind, StoryIndex};
use rednote_explainer::present::PresentView;
use rednote_explainer::url_state::{UrlState, View};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn every_step_of_the_default_story_renders() {
    let story = rednote_explainer::model::decode_default().unwrap();
    let index = StoryIndex::new(&story);
    let sequence = steps(&story, &index);
    for step in &sequence {
        let el = container();
        let nodes = step_view(&story, &index, step, "https://news.example/explainer/");
        el.append_child(&div("s").children(nodes).to_dom()).unwrap();
        assert_eq!(count(&el, "h2"), 1, "{step:?}");
        match step.kind {
            StepKind::Title | StepKind::End => {
                assert_eq!(count(&el, "[data-testid=qr] svg path"), 1)
            }
            StepKind::Topic => assert_eq!(count(&el, ".cmp-track"), 1),
            StepKind::Questions => {
                assert_eq!(count(&el, "li"), story.questions.len() as u32)
            }
            StepKind::Event => {
                assert!(text(&el, ".present__sources").contains("Sources"));
                // Where it sits in time, with the event itself highlighted.
                assert_eq!(count(&el, "[data-testid=step-context]"), 1, "{step:?}");
                assert_eq!(count(&el, "[data-testid=step-context-here]"), 1, "{step:?}");
            }
        }
        // The presenter's note is never on the slide.
        if let Some(note) = &step.note {
            assert!(!el
                .text_content()
                .unwrap_or_default()
                .contains(note.as_str()));
        }
        el.remove();
    }
}

fn present_at(step: usize, speaker: bool) -> UrlState {
    let mut url = UrlState {
        view: View::Present,
        step: Some(step),
        ..UrlState::default()
    };
    if speaker {
        url.other.push(("speaker".into(), "1".into()));
    }
    url
}

#[wasm_bindgen_test]
async fn the_speaker_view_shows_the_notes_and_no_slide() {
    let story = rednote_explainer::model::decode_default().unwrap();
    let noted = story
        .presentation
        .iter()
        .position(|s| s.note.is_some())
        .unwrap()
        + 1;
    let note = story.presentation[noted - 1].note.clone().unwrap();
    let (el, _handle, app) =
        mount_with_story(present_at(noted, true), || view! { <PresentView /> });
    assert_eq!(count(&el, "[data-testid=stage]"), 0);
    assert!(text(&el, "[data-testid=notes-now]").contains(note.as_str()));
    // Its step buttons move the presentation.
    click(&el, "[aria-label='Next step']");
    assert_eq!(app.url.get_untracked().step, Some(noted + 1));
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert!(text(&el, "[data-testid=notes-now]").contains("No note for this step."));
    el.remove();
}

#[wasm_bindgen_test]
async fn the_notes_panel_is_closed_until_asked_for() {
    let story = rednote_explainer::model::decode_default().unwrap();
    let noted = story
        .presentation
        .iter()
        .position(|s| s.note.is_some())
        .unwrap()
        + 1;
    let (el, _handle, _app) =
        mount_with_story(present_at(noted, false), || view! { <PresentView /> });
    let panel = el
        .query_selector("[data-testid=notes-panel]")
        .unwrap()
        .unwrap();
    assert!(panel.has_attribute("hidden"));
    assert_eq!(count(&el, "[data-testid=notes-now]"), 0);
    assert_eq!(count(&el, "[data-testid=step-context]"), 1);
    el.remove();
}
