//! The types of one story file. Field names here are the JSON keys, and enum values are written
//! in kebab-case (`single-source`).
//!
//! They are read from JSON by [`super::read`], a small hand-written reader that replaced serde's
//! derived code to keep the wasm small and to report every problem in a file, not just the
//! first in each item. Every struct refuses unknown keys, so a misspelt key is reported instead
//! of silently ignored. The required fields are the dates, times, zones and enums that are not
//! an `Option` (except `Meta::time_zone` and `Series::scale`, which have defaults), with
//! `Point::value` and `Topic::spectrum`. Any other field may be left out, and an `Option` may be
//! `null`. Text fields left out read as empty, so that the validator can list every missing one
//! at once (see `validate`).

use super::date::{Date, TimeOfDay, Zone};

/// One story: the timeline, the two texts and how they compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Title, credits and other facts about the story itself.
    pub meta: Meta,
    /// The timeline's rows, top to bottom.
    pub lanes: Vec<Lane>,
    /// Labelled periods drawn behind the events.
    pub eras: Vec<Era>,
    /// The dated events, in any order.
    pub events: Vec<Event>,
    /// Numbers for the influx chart.
    pub series: Vec<Series>,
    /// Notes drawn on the chart for figures that are not a series (relative changes, say).
    pub chart_notes: Vec<ChartNote>,
    /// The texts being compared.
    pub texts: Vec<Text>,
    /// The comparison topics.
    pub topics: Vec<Topic>,
    /// Discussion prompts for a class.
    pub questions: Vec<Question>,
    /// How the comparison readings were made, one paragraph per string.
    pub method: Vec<String>,
    /// The steps of the classroom presentation; without any, a sequence is made up (see
    /// [`super::presentation`]).
    pub presentation: Vec<Step>,
}

/// Facts about the story itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The story's title.
    pub title: String,
    /// One line under the title.
    pub subtitle: String,
    /// BCP 47 language tag of the content, such as `en`.
    pub language: String,
    /// When the content was last checked or changed.
    pub updated: Date,
    /// Who made it, and with what.
    pub credits: String,
    /// The zone in which the timeline's axis shows dates.
    pub time_zone: Zone,
    /// The id of the era the timeline opens on; without one it opens showing everything.
    pub opening_era: Option<String>,
}

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Unique id, referenced by events.
    pub id: String,
    /// Short label shown beside the row.
    pub label: String,
    /// One sentence on what the row holds.
    pub description: String,
}

/// A labelled period on the timeline, from `start` to `end` inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Era {
    /// Unique id.
    pub id: String,
    /// The label drawn on the band.
    pub label: String,
    /// First day of the period.
    pub start: Date,
    /// Last day of the period (inclusive).
    pub end: Date,
}

/// How exactly an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// The day is known.
    Day,
    /// Only the month is known.
    Month,
    /// The date is an estimate.
    Approximate,
}

/// How well an event is sourced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Two or more independent origins agree.
    Confirmed,
    /// One reporting origin, however widely republished.
    SingleSource,
    /// Sources conflict; `confidence_note` says how.
    Disputed,
}

impl Confidence {
    /// The label readers see.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Confirmed => "Confirmed",
            Confidence::SingleSource => "Single source",
            Confidence::Disputed => "Disputed",
        }
    }

    /// A one-line explanation of the label.
    pub fn explanation(self) -> &'static str {
        match self {
            Confidence::Confirmed => "Two or more independent sources agree.",
            Confidence::SingleSource => "Reported by one source; not independently confirmed.",
            Confidence::Disputed => "Sources conflict.",
        }
    }

    /// The kebab-case name, used for CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::SingleSource => "single-source",
            Confidence::Disputed => "disputed",
        }
    }
}

/// A time of day stated for an event, with the zone it was reported in.
#[derive(Debug, Clone, PartialEq)]
pub struct EventTime {
    /// The time, `HH:MM`.
    pub at: TimeOfDay,
    /// The zone `at` is in.
    pub zone: Zone,
    /// How sure the time is, or how sources differ.
    pub note: Option<String>,
}

/// Where a source was published.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The original outlet or record ("Reuters", "Federal Register").
    pub outlet: String,
    /// Headline, or a description of the document.
    pub title: String,
    /// Publication date.
    pub date: Date,
    /// Link to the original; `https` only. Omitted when no stable original is known.
    pub url: Option<String>,
}

/// A place where one of the texts speaks of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The id of the text.
    pub text: String,
    /// The text's words, verbatim.
    pub quote: String,
    /// What the text expected, at the time of writing (with `happened`).
    pub expected: Option<String>,
    /// What happened in the event (with `expected`).
    pub happened: Option<String>,
}

/// One dated event on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique id; also the `event` parameter in links.
    pub id: String,
    /// The id of the lane it sits in.
    pub lane: String,
    /// The date (the start date, when `end` is given).
    pub date: Date,
    /// How exactly the date is known.
    pub precision: Precision,
    /// The date as readers should see it, when the precision needs words ("week of 13 Jan 2025").
    pub date_label: Option<String>,
    /// The time of day, where the hour matters.
    pub time: Option<EventTime>,
    /// The last day, for events that span days.
    pub end: Option<Date>,
    /// Our own headline.
    pub headline: String,
    /// Our own summary.
    pub summary: String,
    /// Where it was reported.
    pub sources: Vec<Source>,
    /// How well it is sourced.
    pub confidence: Confidence,
    /// For disputed events: how the sources differ.
    pub confidence_note: Option<String>,
    /// What the texts say of it.
    pub mentions: Vec<Mention>,
    /// Ids of comparison topics it bears on.
    pub topics: Vec<String>,
}

/// How a series' values are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SeriesScale {
    /// A linear axis from zero.
    #[default]
    Linear,
    /// A logarithmic axis, for values that grow by multiples.
    Log,
    /// A rank (1 is best), drawn with 1 at the top.
    Rank,
}

/// A series of numbers for the chart under the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Unique id.
    pub id: String,
    /// What is measured ("Daily active users in the US").
    pub metric: String,
    /// The unit of `value` ("users", "rank").
    pub unit: String,
    /// How the values are drawn.
    pub scale: SeriesScale,
    /// Who measured it and where it was reported.
    pub source: String,
    /// A caveat for the whole series.
    pub caveat: Option<String>,
    /// The data points.
    pub points: Vec<Point>,
}

/// One data point.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The day measured.
    pub date: Date,
    /// The value, in the series' unit.
    pub value: f64,
    /// A caveat for this point ("an estimate; fewer than").
    pub caveat: Option<String>,
    /// Whether sources dispute this value; it is drawn flagged.
    pub disputed: bool,
}

/// A note on the chart for a period: a figure that is not a line, such as a relative change.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartNote {
    /// Unique id.
    pub id: String,
    /// First day of the period.
    pub date: Date,
    /// Last day of the period, if it spans days.
    pub end: Option<Date>,
    /// The note ("US downloads more than 20× the previous week").
    pub label: String,
    /// Who measured it and where it was reported.
    pub source: String,
}

/// One of the texts being compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// Unique id ("a", "b").
    pub id: String,
    /// Short label ("Text A").
    pub label: String,
    /// Title as published.
    pub title: String,
    /// Authors; empty for an unsigned text.
    pub authors: Vec<String>,
    /// Where it was published.
    pub outlet: String,
    /// Publication date, or our estimate of it.
    pub date: Date,
    /// How exactly the date is known.
    pub date_precision: Precision,
    /// How the date was established, for undated texts.
    pub date_note: Option<String>,
    /// What kind of text it is ("Opinion essay").
    pub genre: String,
    /// The name the text uses for the app ("Xiaohongshu", "RedNote").
    pub app_name: Option<String>,
    /// Link to the original; `https` only.
    pub url: Option<String>,
}

/// A text's place on a topic's five-step spectrum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// At the left end.
    Left,
    /// Leaning to the left end.
    LeansLeft,
    /// Between the two ends.
    Middle,
    /// Leaning to the right end.
    LeansRight,
    /// At the right end.
    Right,
    /// The text (or its extract) does not address the topic.
    NotAddressed,
}

/// The two labelled ends of a topic's spectrum.
#[derive(Debug, Clone, PartialEq)]
pub struct Spectrum {
    /// The left end's label.
    pub left: String,
    /// The right end's label.
    pub right: String,
}

/// How one text answers a topic's question.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The id of the text.
    pub text: String,
    /// Where it stands.
    pub position: Position,
    /// Our paraphrase of its position.
    pub paraphrase: String,
    /// Verbatim evidence, 1–3 short quotes.
    pub quotes: Vec<String>,
}

/// A question both texts can be read against.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    /// Unique id; also the `topic` parameter in links.
    pub id: String,
    /// The question.
    pub question: String,
    /// The spectrum's two ends.
    pub spectrum: Spectrum,
    /// One reading per text.
    pub readings: Vec<Reading>,
    /// What the texts share on this topic.
    pub common_ground: String,
    /// Where they differ most.
    pub key_difference: String,
}

/// What one presentation step shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// The story's title, with a QR code to the explainer.
    Title,
    /// One timeline event (`id` names it).
    Event,
    /// One comparison topic (`id` names it).
    Topic,
    /// The discussion questions.
    Questions,
    /// The closing step, with a QR code to the explainer.
    End,
}

/// One step of the presentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What it shows.
    pub kind: StepKind,
    /// The event or topic it shows.
    pub id: Option<String>,
    /// A line for the presenter to frame the step, shown under it.
    pub note: Option<String>,
}

/// The kind of a discussion prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// "What do you notice …" about the timeline.
    Notice,
    /// "What do you wonder …" about the timeline.
    Wonder,
    /// A question the texts themselves raise.
    Texts,
}

/// A discussion prompt.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Unique id.
    pub id: String,
    /// What kind of prompt it is.
    pub kind: QuestionKind,
    /// The prompt.
    pub prompt: String,
}
