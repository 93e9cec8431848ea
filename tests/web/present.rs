//! The presentation's steps.

use crate::support::*;
use rednote_explainer::content::step::step_view;
use rednote_explainer::markup::div;
use rednote_explainer::model::presentation::steps;
use rednote_explainer::model::{StepKind, StoryIndex};
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
            StepKind::Event => assert!(text(&el, ".present__sources").contains("Sources")),
        }
        el.remove();
    }
}
