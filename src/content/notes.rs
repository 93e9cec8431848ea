//! The presenter's notes for a step, as reveal.js's speaker view gives them: what is on the
//! screen now with the story's note for it, and what comes next. Shown in a second window or,
//! on request, in a panel of the presentation's own; never on the projected slide.

use super::step::step_heading;
use crate::i18n::{fill, later, t};
use crate::markup::{el, Node};
use crate::model::{Step, Story, StoryIndex};

/// The notes for step `n` (counting from 1) of `steps`.
pub fn speaker_notes(story: &Story, index: &StoryIndex, steps: &[Step], n: usize) -> Vec<Node> {
    let count = steps.len();
    let Some(step) = n.checked_sub(1).and_then(|i| steps.get(i)) else {
        return Vec::new();
    };
    let now = fill(
        later().step_of,
        &[("n", &n.to_string()), ("count", &count.to_string())],
    );
    let note = match &step.note {
        Some(note) => el("p").class("notes__note").text(note),
        None => el("p").class("notes__none").text(later().speaker_no_note),
    };
    let next = match steps.get(n) {
        Some(next) => el("p")
            .class("notes__next")
            .text(step_heading(story, index, next)),
        None => el("p").class("notes__none").text(later().speaker_last),
    };
    vec![
        el("section")
            .class("notes__now")
            .attr("data-testid", "notes-now")
            .child(el("h3").text(&format!("{}{}{now}", later().speaker_now, t().colon)))
            .child(
                el("p")
                    .class("notes__heading")
                    .text(step_heading(story, index, step)),
            )
            .child(note),
        el("section")
            .class("notes__after")
            .attr("data-testid", "notes-next")
            .child(el("h3").text(later().speaker_next))
            .child(next),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presentation::steps;
    use crate::model::{parse_story, DEFAULT_STORY_JSON};

    #[test]
    fn the_notes_give_the_steps_note_and_the_next_step() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        let steps = steps(&story, &index);
        let with_note = steps.iter().position(|s| s.note.is_some()).unwrap() + 1;
        let notes = speaker_notes(&story, &index, &steps, with_note);
        let text = notes[0].text_content();
        assert!(text.contains(steps[with_note - 1].note.as_deref().unwrap()));
        assert!(text.contains(&format!("Step {with_note} of {}", steps.len())));
        let next = step_heading(&story, &index, &steps[with_note]);
        assert!(notes[1].text_content().contains(next));
        // The first step has no note; the last has nothing after it.
        assert!(speaker_notes(&story, &index, &steps, 1)[0]
            .text_content()
            .contains("No note for this step."));
        let last = speaker_notes(&story, &index, &steps, steps.len());
        assert!(last[1].text_content().contains("This is the last step."));
        assert!(speaker_notes(&story, &index, &steps, 0).is_empty());
    }
}
