//! The classroom presentation's sequence of steps: the story's own, or one made up from it.

use super::index::StoryIndex;
use super::story::{Step, StepKind, Story};

/// The steps to present. A story that defines none gets: the title, every event that a text
/// mentions or that bears on a topic (in time order), every topic, the questions, the end.
pub fn steps(story: &Story, index: &StoryIndex) -> Vec<Step> {
    if !story.presentation.is_empty() {
        return story.presentation.clone();
    }
    let step = |kind, id: Option<&str>| Step {
        kind,
        id: id.map(str::to_string),
        note: None,
    };
    let mut out = vec![step(StepKind::Title, None)];
    for placed in &index.order {
        let e = &story.events[placed.event];
        if !e.mentions.is_empty() || !e.topics.is_empty() {
            out.push(step(StepKind::Event, Some(&e.id)));
        }
    }
    out.extend(
        story
            .topics
            .iter()
            .map(|t| step(StepKind::Topic, Some(&t.id))),
    );
    if !story.questions.is_empty() {
        out.push(step(StepKind::Questions, None));
    }
    out.push(step(StepKind::End, None));
    out
}

/// The step number (1-based) to show for a requested one: within 1 and the number of steps.
pub fn clamp_step(requested: Option<usize>, count: usize) -> usize {
    requested.unwrap_or(1).clamp(1, count.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_story, DEFAULT_STORY_JSON};

    #[test]
    fn the_default_story_has_a_curated_sequence() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        let steps = steps(&story, &index);
        assert_eq!(steps.first().map(|s| s.kind), Some(StepKind::Title));
        assert_eq!(steps.last().map(|s| s.kind), Some(StepKind::End));
        assert!(steps.iter().any(|s| s.kind == StepKind::Questions));
        assert!(steps.iter().filter(|s| s.kind == StepKind::Topic).count() >= 3);
        assert!(steps.iter().filter(|s| s.kind == StepKind::Event).count() >= 6);
        assert_eq!(steps, story.presentation);
    }

    #[test]
    fn a_story_without_a_sequence_gets_one() {
        let mut story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        story.presentation.clear();
        let index = StoryIndex::new(&story);
        let steps = steps(&story, &index);
        let kinds: Vec<StepKind> = steps.iter().map(|s| s.kind).collect();
        assert_eq!(kinds[0], StepKind::Title);
        assert_eq!(*kinds.last().unwrap(), StepKind::End);
        // Events come in time order, then every topic.
        let events: Vec<&str> = steps
            .iter()
            .filter(|s| s.kind == StepKind::Event)
            .map(|s| s.id.as_deref().unwrap())
            .collect();
        let positions: Vec<usize> = events
            .iter()
            .map(|id| index.position(id).unwrap())
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            steps.iter().filter(|s| s.kind == StepKind::Topic).count(),
            story.topics.len()
        );
    }

    #[test]
    fn requested_steps_stay_in_range() {
        assert_eq!(clamp_step(None, 10), 1);
        assert_eq!(clamp_step(Some(4), 10), 4);
        assert_eq!(clamp_step(Some(40), 10), 10);
        assert_eq!(clamp_step(Some(0), 10), 1);
        assert_eq!(clamp_step(Some(3), 0), 1);
    }
}
