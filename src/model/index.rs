//! The events of a story placed in time, with the lookups the timeline needs: order, ids,
//! neighbours in time and in the lanes above and below.

use super::date::{hh_mm, Date, Zone};
use super::story::{Event, Precision, Story, Topic};
use chrono::{Datelike, NaiveDateTime, NaiveTime};
use std::collections::HashMap;

/// Seconds in a day.
pub const DAY: f64 = 86_400.0;

/// Where one event sits on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Index into `story.events`.
    pub event: usize,
    /// Index into `story.lanes`.
    pub lane: usize,
    /// Axis time: seconds since 1970-01-01 00:00 on the axis zone's wall clock.
    pub t: f64,
    /// Axis time of the end, for events that span days (otherwise equal to `t`).
    pub t_end: f64,
}

/// An event's time of day in the two zones readers care about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DualTime {
    /// "22:30 ET, 18 Jan 2025".
    pub eastern: String,
    /// "11:30 Beijing, 19 Jan 2025".
    pub beijing: String,
}

/// The indices `0..keys.len()` ordered by `keys` (ties keep index order). Every sort in the app
/// goes through here, so that the wasm carries one sort routine instead of one per element type.
pub fn sorted_by(keys: &[i64]) -> Vec<usize> {
    let mut pairs: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// Axis seconds of a wall-clock time.
pub fn seconds(at: NaiveDateTime) -> f64 {
    at.and_utc().timestamp() as f64
}

/// The wall-clock time of axis seconds.
pub fn wall_clock(t: f64) -> NaiveDateTime {
    chrono::DateTime::from_timestamp(t.floor() as i64, 0)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}

/// Axis seconds of midnight at the start of a date.
pub fn day_start(date: Date) -> f64 {
    seconds(date.day.and_time(NaiveTime::MIN))
}

impl Event {
    /// The exact moment, in UTC, when the event has a time of day.
    pub fn utc(&self) -> Option<NaiveDateTime> {
        self.time
            .as_ref()
            .map(|time| time.zone.to_utc(self.date.day.and_time(time.at.0)))
    }

    /// Where the event sits on an axis in `zone`: at its time when one is given, otherwise at
    /// midday of its date (mid-month for month precision), so that markers sit inside their day.
    pub fn axis_time(&self, zone: Zone) -> f64 {
        match self.utc() {
            Some(utc) => seconds(zone.from_utc(utc)),
            None if self.precision == Precision::Month || self.date.month_only => {
                day_start(self.date) + 14.5 * DAY
            }
            None => day_start(self.date) + DAY / 2.0,
        }
    }

    /// The event's time in US Eastern and Beijing time, when it has one.
    pub fn dual_time(&self) -> Option<DualTime> {
        let utc = self.utc()?;
        let show = |zone: Zone| {
            let local = zone.from_utc(utc);
            let date = Date {
                day: local.date(),
                month_only: false,
            };
            format!("{} {}, {}", hh_mm(local), zone.short_name(), date.long())
        };
        Some(DualTime {
            eastern: show(Zone::Eastern),
            beijing: show(Zone::Beijing),
        })
    }

    /// What follows the confidence label, wherever it is shown: what the label means, then the
    /// story's note on this event, if any. (A note alone reads as the label's meaning:
    /// "Confirmed: The exact day is not given".)
    pub fn confidence_text(&self) -> String {
        match &self.confidence_note {
            Some(note) => format!("{} {note}", self.confidence.explanation()),
            None => self.confidence.explanation().to_string(),
        }
    }

    /// The date as readers see it: "18 Jan 2025", "Apr 2024", "c. 14 Jan 2025", "13–19 Jan 2025",
    /// or the story's own wording when it gives one.
    pub fn display_date(&self) -> String {
        if let Some(label) = &self.date_label {
            return label.clone();
        }
        let start = match self.precision {
            Precision::Day => self.date.long(),
            Precision::Month => self.date.month_year(),
            Precision::Approximate => format!("c. {}", self.date.long()),
        };
        match self.end {
            Some(end) if end != self.date => format!("{start} – {}", end.long()),
            _ => start,
        }
    }
}

impl super::story::Text {
    /// The publication date as readers see it in every view: "3 Feb 2025", "Jan 2025", or, for
    /// an undated text, our estimate in words no more exact than it is ("c. mid-January 2025
    /// (undated)", as the editorial brief puts it): a day would read as a fact.
    pub fn display_date(&self) -> String {
        match self.date_precision {
            Precision::Day => self.date.long(),
            Precision::Month => self.date.month_year(),
            Precision::Approximate => {
                let part = match self.date.day.day() {
                    1..=10 => "early ",
                    11..=20 => "mid-",
                    _ => "late ",
                };
                format!(
                    "c. {part}{} {} (undated)",
                    super::date::long_month_name(self.date.day.month()),
                    self.date.day.year()
                )
            }
        }
    }
}

impl super::story::Era {
    /// The era's span on the axis: from the start of its first day to the end of its last.
    pub fn span(&self) -> (f64, f64) {
        (day_start(self.start), day_start(self.end) + DAY)
    }
}

impl Story {
    /// The texts in the order the comparison shows them: earliest first (the stated default),
    /// or the other way round when `swap`. Indices into `texts`.
    pub fn text_order(&self, swap: bool) -> Vec<usize> {
        let keys: Vec<i64> = self
            .texts
            .iter()
            .map(|t| t.date.day.num_days_from_ce() as i64)
            .collect();
        let mut order = sorted_by(&keys);
        if swap {
            order.reverse();
        }
        order
    }

    /// The comparison topic with id `id`, if the story has one.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The label of the text with id `id` ("Text A"); the id itself if no text has it.
    pub fn text_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.texts
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.label.as_str())
    }
}

/// A story's events in time order, with lookups by id and by lane.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryIndex {
    /// Every event, earliest first (ties keep file order).
    pub order: Vec<Placed>,
    /// Event id → position in `order`.
    by_id: HashMap<String, usize>,
    /// For each lane, positions in `order` of its events, earliest first.
    pub lanes: Vec<Vec<usize>>,
}

impl StoryIndex {
    /// Places every event of a (validated) story on the axis of the story's time zone.
    pub fn new(story: &Story) -> StoryIndex {
        let zone = story.meta.time_zone;
        let lane_of: HashMap<&str, usize> = story
            .lanes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();
        let placed: Vec<Placed> = story
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let t = e.axis_time(zone);
                let t_end = e.end.map_or(t, |end| (day_start(end) + DAY / 2.0).max(t));
                Placed {
                    event: i,
                    lane: lane_of.get(e.lane.as_str()).copied().unwrap_or(0),
                    t,
                    t_end,
                }
            })
            .collect();
        let keys: Vec<i64> = placed.iter().map(|p| p.t as i64).collect();
        let order: Vec<Placed> = sorted_by(&keys).into_iter().map(|i| placed[i]).collect();
        let by_id = order
            .iter()
            .enumerate()
            .map(|(pos, p)| (story.events[p.event].id.clone(), pos))
            .collect();
        let mut lanes = vec![Vec::new(); story.lanes.len()];
        for (pos, p) in order.iter().enumerate() {
            if let Some(lane) = lanes.get_mut(p.lane) {
                lane.push(pos);
            }
        }
        StoryIndex {
            order,
            by_id,
            lanes,
        }
    }

    /// Position in time order of the event with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether the story has no events.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Earliest start and latest end on the axis, in seconds; a day wide at least.
    pub fn extent(&self) -> (f64, f64) {
        let start = self.order.iter().map(|p| p.t).fold(f64::INFINITY, f64::min);
        let end = self
            .order
            .iter()
            .map(|p| p.t_end)
            .fold(f64::NEG_INFINITY, f64::max);
        if start.is_finite() && end.is_finite() {
            (start, end.max(start + DAY))
        } else {
            (0.0, DAY)
        }
    }

    /// The next (`step` = 1) or previous (`step` = -1) visible event in time from `from`.
    pub fn step(&self, from: usize, step: isize, visible: &[bool]) -> Option<usize> {
        let mut pos = from as isize;
        loop {
            pos += step;
            let placed = self.order.get(usize::try_from(pos).ok()?)?;
            if visible.get(placed.lane).copied().unwrap_or(true) {
                return Some(pos as usize);
            }
        }
    }

    /// The first (or, with `last`, the last) visible event.
    pub fn end_event(&self, last: bool, visible: &[bool]) -> Option<usize> {
        let is_visible = |p: &&Placed| visible.get(p.lane).copied().unwrap_or(true);
        if last {
            self.order.iter().rposition(|p| is_visible(&p))
        } else {
            self.order.iter().position(|p| is_visible(&p))
        }
    }

    /// The event nearest in time to `from` in the nearest visible, non-empty lane above
    /// (`direction` = -1) or below (`direction` = 1).
    pub fn lane_neighbour(&self, from: usize, direction: isize, visible: &[bool]) -> Option<usize> {
        let here = self.order.get(from)?;
        let mut lane = here.lane as isize;
        loop {
            lane += direction;
            let events = self.lanes.get(usize::try_from(lane).ok()?)?;
            if events.is_empty() || !visible.get(lane as usize).copied().unwrap_or(true) {
                continue;
            }
            // Nearest in time; among events at the same time, nearest in time order, so that
            // Down then Up comes back to where it started.
            return events.iter().copied().min_by(|a, b| {
                let da = (self.order[*a].t - here.t).abs();
                let db = (self.order[*b].t - here.t).abs();
                da.total_cmp(&db)
                    .then(a.abs_diff(from).cmp(&b.abs_diff(from)))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::parse_story;

    fn story() -> Story {
        let json = serde_json::json!({
            "meta": {"title": "T", "language": "en", "updated": "2026-11-01"},
            "lanes": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"}],
            "events": [
                ev("late", "a", "2025-02-13", None),
                ev("dark", "b", "2025-01-18", Some(("22:30", "America/New_York"))),
                ev("early", "a", "2024-04-24", None),
                ev("translate", "c", "2025-01-19", Some(("19:00", "Asia/Shanghai"))),
                ev("ruling", "a", "2025-01-17", None),
            ]
        });
        parse_story(&json.to_string()).expect("valid")
    }

    fn ev(id: &str, lane: &str, date: &str, time: Option<(&str, &str)>) -> serde_json::Value {
        let mut e = serde_json::json!({
            "id": id, "lane": lane, "date": date, "precision": "day", "headline": id, "summary": "s",
            "sources": [{"outlet": "o", "title": "t", "date": date}], "confidence": "confirmed"
        });
        if let Some((at, zone)) = time {
            e["time"] = serde_json::json!({"at": at, "zone": zone});
        }
        e
    }

    fn ids(story: &Story, index: &StoryIndex) -> Vec<String> {
        index
            .order
            .iter()
            .map(|p| story.events[p.event].id.clone())
            .collect()
    }

    #[test]
    fn orders_events_by_axis_time_across_zones() {
        let s = story();
        let index = StoryIndex::new(&s);
        // 19:00 Beijing on 19 Jan is 06:00 ET on 19 Jan: after 22:30 ET on 18 Jan.
        assert_eq!(
            ids(&s, &index),
            ["early", "ruling", "dark", "translate", "late"]
        );
        assert_eq!(index.position("dark"), Some(2));
        assert_eq!(index.position("nope"), None);
    }

    #[test]
    fn shows_both_time_zones() {
        let s = story();
        let dark = &s.events[1];
        let dual = dark.dual_time().unwrap();
        assert_eq!(dual.eastern, "22:30 ET, 18 Jan 2025");
        assert_eq!(dual.beijing, "11:30 Beijing, 19 Jan 2025");
        assert_eq!(s.events[0].dual_time(), None);
    }

    #[test]
    fn places_untimed_events_at_midday() {
        let s = story();
        let ruling = &s.events[4];
        let t = ruling.axis_time(Zone::Eastern);
        assert_eq!(wall_clock(t).to_string(), "2025-01-17 12:00:00");
    }

    #[test]
    fn marks_an_undated_texts_date_as_an_estimate() {
        let mut text = crate::model::Text {
            id: "a".into(),
            label: "Text A".into(),
            title: "T".into(),
            authors: Vec::new(),
            outlet: "o".into(),
            date: Date::ymd(2025, 1, 15).expect("a date"),
            date_precision: Precision::Approximate,
            date_note: None,
            genre: "g".into(),
            app_name: None,
            url: None,
        };
        assert_eq!(text.display_date(), "c. mid-January 2025 (undated)");
        text.date = Date::ymd(2025, 1, 3).expect("a date");
        assert_eq!(text.display_date(), "c. early January 2025 (undated)");
        text.date = Date::ymd(2025, 1, 15).expect("a date");
        text.date_precision = Precision::Month;
        assert_eq!(text.display_date(), "Jan 2025");
        text.date_precision = Precision::Day;
        assert_eq!(text.display_date(), "15 Jan 2025");
    }

    #[test]
    fn the_confidence_text_explains_the_label_before_the_note() {
        let mut e = story().events[0].clone();
        assert_eq!(
            e.confidence_text(),
            "Two or more independent sources agree."
        );
        e.confidence_note = Some("The day is not given.".into());
        assert_eq!(
            e.confidence_text(),
            "Two or more independent sources agree. The day is not given."
        );
    }

    #[test]
    fn formats_dates_by_precision() {
        let mut e = story().events[4].clone();
        assert_eq!(e.display_date(), "17 Jan 2025");
        e.precision = Precision::Approximate;
        assert_eq!(e.display_date(), "c. 17 Jan 2025");
        e.precision = Precision::Month;
        assert_eq!(e.display_date(), "Jan 2025");
        e.precision = Precision::Day;
        e.end = Date::ymd(2025, 1, 19);
        assert_eq!(e.display_date(), "17 Jan 2025 – 19 Jan 2025");
        e.date_label = Some("the weekend of 18–19 Jan 2025".into());
        assert_eq!(e.display_date(), "the weekend of 18–19 Jan 2025");
    }

    #[test]
    fn steps_through_time_skipping_hidden_lanes() {
        let s = story();
        let index = StoryIndex::new(&s);
        let all = [true; 3];
        assert_eq!(index.step(0, 1, &all), Some(1));
        assert_eq!(index.step(0, -1, &all), None);
        assert_eq!(index.step(4, 1, &all), None);
        let no_b = [true, false, true];
        assert_eq!(index.step(1, 1, &no_b), Some(3));
        assert_eq!(index.end_event(false, &all), Some(0));
        assert_eq!(index.end_event(true, &all), Some(4));
        assert_eq!(index.end_event(true, &[false, true, true]), Some(3));
    }

    #[test]
    fn moves_to_the_nearest_event_in_the_next_lane() {
        let s = story();
        let index = StoryIndex::new(&s);
        let all = [true; 3];
        // From "ruling" (lane a) down to lane b: only "dark".
        assert_eq!(index.lane_neighbour(1, 1, &all), Some(2));
        // From "dark" (lane b) up to lane a: "ruling" (17 Jan) is nearer than "late" (13 Feb).
        assert_eq!(index.lane_neighbour(2, -1, &all), Some(1));
        // Skips a hidden lane.
        assert_eq!(index.lane_neighbour(1, 1, &[true, false, true]), Some(3));
        assert_eq!(index.lane_neighbour(1, -1, &all), None);
        // Ties in time go to the event nearest in time order.
        let mut same_day = story();
        for e in &mut same_day.events {
            e.date = Date::ymd(2025, 1, 13).unwrap();
            e.time = None;
        }
        let tied = StoryIndex::new(&same_day);
        // At equal times the order is the file's: late(a) dark(b) early(a) translate(c) ruling(a).
        let dark = tied.position("dark").unwrap();
        let ruling = tied.position("ruling").unwrap();
        assert_eq!(tied.lane_neighbour(ruling, 1, &all), Some(dark));
        // Up from "dark" goes to a lane-a event next to it in order, not to "ruling".
        let up = tied.lane_neighbour(dark, -1, &all).unwrap();
        assert_eq!(up.abs_diff(dark), 1);
        let translate = tied.position("translate").unwrap();
        assert_eq!(tied.lane_neighbour(translate, -1, &all), Some(dark));
        assert_eq!(tied.lane_neighbour(dark, 1, &all), Some(translate));
    }

    #[test]
    fn a_topic_is_found_by_its_id() {
        let story = parse_story(crate::model::DEFAULT_STORY_JSON).expect("valid");
        let first = &story.topics[0];
        assert_eq!(story.topic(&first.id), Some(first));
        assert_eq!(story.topic("no-such-topic"), None);
    }

    #[test]
    fn a_text_is_named_by_its_label() {
        let story = parse_story(crate::model::DEFAULT_STORY_JSON).expect("valid");
        assert_eq!(story.text_label("a"), "Text A");
        assert_eq!(story.text_label("nobody"), "nobody");
    }

    #[test]
    fn texts_are_shown_earliest_first_unless_swapped() {
        let story = parse_story(crate::model::DEFAULT_STORY_JSON).expect("valid");
        let ids = |order: Vec<usize>| {
            order
                .into_iter()
                .map(|i| story.texts[i].id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(story.text_order(false)), ["a", "b"]);
        assert_eq!(ids(story.text_order(true)), ["b", "a"]);
        // The order follows the dates, not the file.
        let mut reversed = story.clone();
        reversed.texts.reverse();
        assert_eq!(
            reversed
                .text_order(false)
                .into_iter()
                .map(|i| reversed.texts[i].id.clone())
                .collect::<Vec<_>>(),
            ["a", "b"]
        );
    }

    #[test]
    fn extent_spans_all_events() {
        let s = story();
        let index = StoryIndex::new(&s);
        let (a, b) = index.extent();
        assert_eq!(wall_clock(a).date().to_string(), "2024-04-24");
        assert_eq!(wall_clock(b).date().to_string(), "2025-02-13");
    }
}
