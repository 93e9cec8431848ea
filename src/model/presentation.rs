//! The classroom presentation's sequence of steps: the story's own, or one made up from it;
//! the events a class works from (the short handout's key events); and, for an event's step,
//! the stretch of time around it that the step's strip of the timeline shows.

use super::index::{day_start, StoryIndex, DAY};
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

/// How many steps [`steps`] gives, without making them: for the first view, which only checks
/// a link's step against it (and so need not carry the code that makes a sequence up).
pub fn step_count(story: &Story, index: &StoryIndex) -> usize {
    if !story.presentation.is_empty() {
        return story.presentation.len();
    }
    let events = index
        .order
        .iter()
        .filter(|p| {
            let e = &story.events[p.event];
            !e.mentions.is_empty() || !e.topics.is_empty()
        })
        .count();
    2 + events + story.topics.len() + usize::from(!story.questions.is_empty())
}

/// The step number (1-based) to show for a requested one: within 1 and the number of steps.
pub fn clamp_step(requested: Option<usize>, count: usize) -> usize {
    requested.unwrap_or(1).clamp(1, count.max(1))
}

/// The key events, as positions in time order: those the presentation's steps show (the
/// story's curated sequence, or the one made up from it). The short handout lists them as its
/// compact timeline, so that the paper follows what the class saw. A sequence without any
/// event step gives every event.
pub fn key_events(story: &Story, index: &StoryIndex) -> Vec<usize> {
    let mut out: Vec<usize> = steps(story, index)
        .iter()
        .filter(|s| s.kind == StepKind::Event)
        .filter_map(|s| s.id.as_deref().and_then(|id| index.position(id)))
        .collect();
    if out.is_empty() {
        out = (0..index.len()).collect();
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The span of time (axis seconds) of the influx chart's numbers: from the first day with a
/// figure to the end of the last one; `None` without any.
pub fn chart_span(story: &Story) -> Option<(f64, f64)> {
    let days = story
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| (p.date, p.date)))
        .chain(
            story
                .chart_notes
                .iter()
                .map(|n| (n.date, n.end.unwrap_or(n.date))),
        );
    days.fold(None, |span, (from, to)| {
        let (from, to) = (day_start(from), day_start(to) + DAY);
        Some(span.map_or((from, to), |(a, b): (f64, f64)| (a.min(from), b.max(to))))
    })
}

/// Whether the step of the event at `pos` shows the influx chart: a series measures its
/// lane (the story says so with the series' `lane`).
pub fn shows_chart(story: &Story, index: &StoryIndex, pos: usize) -> bool {
    let Some(placed) = index.order.get(pos) else {
        return false;
    };
    let Some(lane) = story.lanes.get(placed.lane) else {
        return false;
    };
    story
        .series
        .iter()
        .any(|s| s.lane.as_deref() == Some(lane.id.as_str()))
}

/// How many events before and after an event its step's strip reaches to.
pub const NEIGHBOURS: usize = 3;

/// The stretch of time an event's strip shows: its `neighbours` nearest events in time on each
/// side (in any lane), or, on a step that shows the chart, the chart's days (`chart`), so that
/// the chart is drawn whole and at a readable width; with the event at least two days from
/// either end, and a margin so that no mark sits on an edge. Axis seconds, `from < to`.
pub fn context_window(
    index: &StoryIndex,
    pos: usize,
    neighbours: usize,
    chart: Option<(f64, f64)>,
) -> (f64, f64) {
    let Some(here) = index.order.get(pos) else {
        return (0.0, DAY);
    };
    let around = (here.t - 2.0 * DAY, here.t_end + 2.0 * DAY);
    let (from, to) = match chart {
        Some((a, b)) => (around.0.min(a), around.1.max(b)),
        None => {
            let last = (pos + neighbours).min(index.len() - 1);
            // An event that spans days may end after the last neighbour starts.
            index.order[pos.saturating_sub(neighbours)..=last]
                .iter()
                .fold(around, |(a, b), p| (a.min(p.t), b.max(p.t_end)))
        }
    };
    let margin = (to - from) * 0.06;
    (from - margin, to + margin)
}

/// Which lanes have an event starting in the window `from..to` (axis seconds), where its
/// marker is: the strip draws only those, so that a step keeps room for its text. The lane of
/// `pos` always shows.
pub fn lanes_in(index: &StoryIndex, (from, to): (f64, f64), pos: usize) -> Vec<bool> {
    let mut shown = vec![false; index.lanes.len()];
    for (lane, positions) in index.lanes.iter().enumerate() {
        shown[lane] = positions.iter().any(|&p| {
            let placed = &index.order[p];
            (from..=to).contains(&placed.t)
        });
    }
    if let Some(lane) = index.order.get(pos).and_then(|p| shown.get_mut(p.lane)) {
        *lane = true;
    }
    shown
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
    fn the_key_events_are_the_presented_ones_in_time_order() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        let keys = key_events(&story, &index);
        let presented: Vec<&str> = story
            .presentation
            .iter()
            .filter(|s| s.kind == StepKind::Event)
            .filter_map(|s| s.id.as_deref())
            .collect();
        assert_eq!(keys.len(), presented.len());
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        for id in presented {
            assert!(keys.contains(&index.position(id).unwrap()), "{id}");
        }
        // Fewer than half the events: a compact timeline, not the whole one.
        assert!(keys.len() * 2 < story.events.len());
        // A story without event steps gives every event.
        let mut bare = story.clone();
        bare.presentation = vec![Step {
            kind: StepKind::Title,
            id: None,
            note: None,
        }];
        assert_eq!(key_events(&bare, &index).len(), story.events.len());
    }

    #[test]
    fn a_strip_reaches_to_its_neighbours_and_keeps_them_off_the_edges() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        for pos in 0..index.len() {
            let (from, to) = context_window(&index, pos, NEIGHBOURS, None);
            assert!(to - from >= 4.0 * DAY, "{pos}");
            let lo = pos.saturating_sub(NEIGHBOURS);
            let hi = (pos + NEIGHBOURS).min(index.len() - 1);
            for p in &index.order[lo..=hi] {
                assert!(p.t > from && p.t_end < to, "{pos}: neighbour outside");
            }
            let here = index.order[pos].t;
            assert!(here - from >= 2.0 * DAY && to - here >= 2.0 * DAY, "{pos}");
            assert!(lanes_in(&index, (from, to), pos)[index.order[pos].lane]);
        }
        // The first event has no neighbours before it: the window still has room on its left.
        let (from, _) = context_window(&index, 0, NEIGHBOURS, None);
        assert!(from < index.order[0].t);
    }

    #[test]
    fn only_the_measured_lanes_steps_show_the_chart_and_it_widens_the_strip() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        let span = chart_span(&story).expect("the story has numbers");
        let influx = index.position("rednote-number-one").unwrap();
        let law = index.position("supreme-court-ruling").unwrap();
        assert!(shows_chart(&story, &index, influx));
        assert!(!shows_chart(&story, &index, law));
        let (from, to) = context_window(&index, influx, NEIGHBOURS, Some(span));
        assert!(from < span.0 && to > span.1);
        // The chart's days, not the neighbours' weeks: the chart keeps a readable width.
        assert!(to - from < (span.1 - span.0) * 1.2);
        // Without a series naming a lane, no step shows the chart.
        let mut plain = story.clone();
        for s in &mut plain.series {
            s.lane = None;
        }
        assert!(!shows_chart(&plain, &index, influx));
        plain.series.clear();
        plain.chart_notes.clear();
        assert_eq!(chart_span(&plain), None);
    }

    #[test]
    fn the_strip_draws_only_lanes_with_events_in_its_window() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        let pos = index.position("law-signed").unwrap();
        let window = context_window(&index, pos, NEIGHBOURS, None);
        let shown = lanes_in(&index, window, pos);
        assert!(shown.iter().filter(|s| **s).count() < story.lanes.len());
        // A window with nothing in it still shows the event's own lane.
        let lonely = lanes_in(&index, (0.0, 1.0), pos);
        assert_eq!(lonely.iter().filter(|s| **s).count(), 1);
    }

    #[test]
    fn the_step_count_is_the_sequences_length() {
        let mut story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        assert_eq!(step_count(&story, &index), steps(&story, &index).len());
        story.presentation.clear();
        assert_eq!(step_count(&story, &index), steps(&story, &index).len());
        story.questions.clear();
        assert_eq!(step_count(&story, &index), steps(&story, &index).len());
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
