//! The types of one story file. Field names here are the JSON keys, and enum values are written
//! in kebab-case (`single-source`).
//!
//! They derive serde's traits: a story file is read from JSON with serde_json ([`super::load`]),
//! and the built-in story is compiled into the app in postcard's binary form (`build.rs`). Every
//! struct refuses unknown keys, so a misspelt key is reported instead of silently ignored. The
//! required fields are the dates, times, zones and enums that are not an `Option` (except
//! `Meta::time_zone` and `Series::scale`, which have defaults), with `Point::value` and
//! `Topic::spectrum`. Any other field may be left out, and an `Option` may be `null`. Text
//! fields left out read as empty, so that the validator can list every missing one at once (see
//! `validate`).
//!
//! No `skip_serializing_if` anywhere: postcard's binary form has no field names, so every
//! field must always be written.

use super::date::{Date, TimeOfDay, Zone};
use serde::{Deserialize, Serialize};

/// One story: the timeline, the two texts and how they compare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// Title, credits and other facts about the story itself.
    pub meta: Meta,
    /// The timeline's rows, top to bottom.
    #[serde(default)]
    pub lanes: Vec<Lane>,
    /// Labelled periods drawn behind the events.
    #[serde(default)]
    pub eras: Vec<Era>,
    /// The dated events, in any order.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Numbers for the influx chart.
    #[serde(default)]
    pub series: Vec<Series>,
    /// Notes drawn on the chart for figures that are not a series (relative changes, say).
    #[serde(default)]
    pub chart_notes: Vec<ChartNote>,
    /// The texts being compared.
    #[serde(default)]
    pub texts: Vec<Text>,
    /// The comparison topics.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Discussion prompts for a class.
    #[serde(default)]
    pub questions: Vec<Question>,
    /// How the comparison readings were made, one paragraph per string.
    #[serde(default)]
    pub method: Vec<String>,
    /// The steps of the classroom presentation; without any, a sequence is made up (see
    /// [`super::presentation`]).
    #[serde(default)]
    pub presentation: Vec<Step>,
}

impl Story {
    /// The label of the lane at `index` ("" if there is none), as the list, the key events
    /// and the presentation's steps name an event's lane.
    pub fn lane_label(&self, index: usize) -> &str {
        self.lanes.get(index).map_or("", |l| l.label.as_str())
    }

    /// In a translated edition, the language of what stays in the original (quotes, sources'
    /// outlets and titles, texts' titles); `None` when the story is in its original language.
    pub fn original_lang(&self) -> Option<&str> {
        self.meta
            .original_language
            .as_deref()
            .filter(|l| !l.eq_ignore_ascii_case(&self.meta.language))
    }

    /// The story without what only the later views read (the topics' spectra, readings,
    /// common ground and key differences, the method, the discussion questions, the texts'
    /// introductions and the presenter's notes): the part the first view needs.
    /// `build.rs` stores it beside the whole story (see `model::FIRST_VIEW_STORY`).
    pub fn first_view_part(&self) -> Story {
        let mut part = self.clone();
        for topic in &mut part.topics {
            topic.spectrum = Spectrum::default();
            topic.readings = Vec::new();
            topic.common_ground = String::new();
            topic.key_difference = String::new();
        }
        part.method = Vec::new();
        part.questions = Vec::new();
        // The steps stay (the first view counts them), not the presenter's notes.
        for step in &mut part.presentation {
            step.note = None;
        }
        // The texts' letters and titles stay (the events' badges name them); the rest is the
        // comparison's introduction of them.
        for text in &mut part.texts {
            text.authors = Vec::new();
            text.outlet = String::new();
            text.date_note = None;
            text.genre = String::new();
            text.app_name = None;
            text.url = None;
        }
        part
    }
}

/// Facts about the story itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The story's title.
    #[serde(default)]
    pub title: String,
    /// One line under the title.
    #[serde(default)]
    pub subtitle: String,
    /// BCP 47 language tag of the content, such as `en`.
    #[serde(default)]
    pub language: String,
    /// When the content was last checked or changed.
    pub updated: Date,
    /// Who made it, and with what.
    #[serde(default)]
    pub credits: String,
    /// The zone in which the timeline's axis shows dates.
    #[serde(default)]
    pub time_zone: Zone,
    /// The id of the era the timeline opens on; without one it opens showing everything.
    #[serde(default)]
    pub opening_era: Option<String>,
    /// A translated edition: how the translation was made and checked, in the story's
    /// language (shown with the credits).
    #[serde(default)]
    pub translation: Option<String>,
    /// The same statement in the original's language, for editors and the other edition.
    #[serde(default)]
    pub translation_en: Option<String>,
    /// A translated edition: the BCP 47 tag of what stays in the original language (the
    /// quotes, the sources' outlets and titles, the texts' titles), which is marked with it
    /// so that screen readers switch voice.
    #[serde(default)]
    pub original_language: Option<String>,
}

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    /// Unique id, referenced by events.
    #[serde(default)]
    pub id: String,
    /// Short label shown beside the row.
    #[serde(default)]
    pub label: String,
    /// One sentence on what the row holds.
    #[serde(default)]
    pub description: String,
}

/// A labelled period on the timeline, from `start` to `end` inclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    /// Unique id.
    #[serde(default)]
    pub id: String,
    /// The label drawn on the band.
    #[serde(default)]
    pub label: String,
    /// First day of the period.
    pub start: Date,
    /// Last day of the period (inclusive).
    pub end: Date,
}

/// How exactly an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    /// The day is known.
    Day,
    /// Only the month is known.
    Month,
    /// The date is an estimate.
    Approximate,
}

/// How well an event is sourced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTime {
    /// The time, `HH:MM`.
    pub at: TimeOfDay,
    /// The zone `at` is in.
    pub zone: Zone,
    /// How sure the time is, or how sources differ.
    #[serde(default)]
    pub note: Option<String>,
}

/// Where a source was published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The original outlet or record ("Reuters", "Federal Register").
    #[serde(default)]
    pub outlet: String,
    /// Headline, or a description of the document.
    #[serde(default)]
    pub title: String,
    /// Publication date.
    pub date: Date,
    /// Link to the original; `https` only. Omitted when no stable original is known.
    #[serde(default)]
    pub url: Option<String>,
}

/// A place where one of the texts speaks of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// The id of the text.
    #[serde(default)]
    pub text: String,
    /// The text's words, verbatim.
    #[serde(default)]
    pub quote: String,
    /// Our translation of the quote, in a translated edition (shown beside it, labelled).
    #[serde(default)]
    pub quote_translation: Option<String>,
    /// What the text expected, at the time of writing (with `happened`).
    #[serde(default)]
    pub expected: Option<String>,
    /// What happened in the event (with `expected`).
    #[serde(default)]
    pub happened: Option<String>,
}

/// One dated event on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique id; also the `event` parameter in links.
    #[serde(default)]
    pub id: String,
    /// The id of the lane it sits in.
    #[serde(default)]
    pub lane: String,
    /// The date (the start date, when `end` is given).
    pub date: Date,
    /// How exactly the date is known.
    pub precision: Precision,
    /// The date as readers should see it, when the precision needs words ("week of 13 Jan 2025").
    #[serde(default)]
    pub date_label: Option<String>,
    /// The time of day, where the hour matters.
    #[serde(default)]
    pub time: Option<EventTime>,
    /// The last day, for events that span days.
    #[serde(default)]
    pub end: Option<Date>,
    /// Our own headline.
    #[serde(default)]
    pub headline: String,
    /// Our own summary.
    #[serde(default)]
    pub summary: String,
    /// Where it was reported.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// How well it is sourced.
    pub confidence: Confidence,
    /// For disputed events: how the sources differ.
    #[serde(default)]
    pub confidence_note: Option<String>,
    /// What the texts say of it.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Ids of comparison topics it bears on.
    #[serde(default)]
    pub topics: Vec<String>,
}

/// How a series' values are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    /// Unique id.
    #[serde(default)]
    pub id: String,
    /// What is measured ("Daily active users in the US").
    #[serde(default)]
    pub metric: String,
    /// The unit of `value` ("users", "rank").
    #[serde(default)]
    pub unit: String,
    /// How the values are drawn.
    #[serde(default)]
    pub scale: SeriesScale,
    /// Who measured it and where it was reported.
    #[serde(default)]
    pub source: String,
    /// The id of the lane whose events this series measures (the influx's lane for its users),
    /// if any: the presentation shows the chart on the steps of that lane's events.
    #[serde(default)]
    pub lane: Option<String>,
    /// A caveat for the whole series.
    #[serde(default)]
    pub caveat: Option<String>,
    /// The data points.
    #[serde(default)]
    pub points: Vec<Point>,
}

/// One data point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// The day measured.
    pub date: Date,
    /// The value, in the series' unit.
    pub value: f64,
    /// A caveat for this point ("an estimate; fewer than").
    #[serde(default)]
    pub caveat: Option<String>,
    /// Whether sources dispute this value; it is drawn flagged.
    #[serde(default)]
    pub disputed: bool,
}

/// A note on the chart for a period: a figure that is not a line, such as a relative change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartNote {
    /// Unique id.
    #[serde(default)]
    pub id: String,
    /// First day of the period.
    pub date: Date,
    /// Last day of the period, if it spans days.
    #[serde(default)]
    pub end: Option<Date>,
    /// The note ("US downloads more than 20× the previous week").
    #[serde(default)]
    pub label: String,
    /// Who measured it and where it was reported.
    #[serde(default)]
    pub source: String,
}

/// One of the texts being compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Unique id ("a", "b").
    #[serde(default)]
    pub id: String,
    /// Short label ("Text A").
    #[serde(default)]
    pub label: String,
    /// Title as published.
    #[serde(default)]
    pub title: String,
    /// Authors; empty for an unsigned text.
    #[serde(default)]
    pub authors: Vec<String>,
    /// Where it was published.
    #[serde(default)]
    pub outlet: String,
    /// Publication date, or our estimate of it.
    pub date: Date,
    /// How exactly the date is known.
    pub date_precision: Precision,
    /// How the date was established, for undated texts.
    #[serde(default)]
    pub date_note: Option<String>,
    /// What kind of text it is ("Opinion essay").
    #[serde(default)]
    pub genre: String,
    /// The name the text uses for the app ("Xiaohongshu", "RedNote").
    #[serde(default)]
    pub app_name: Option<String>,
    /// Link to the original; `https` only.
    #[serde(default)]
    pub url: Option<String>,
}

/// A text's place on a topic's five-step spectrum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spectrum {
    /// The left end's label.
    #[serde(default)]
    pub left: String,
    /// The right end's label.
    #[serde(default)]
    pub right: String,
}

/// How one text answers a topic's question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// The id of the text.
    #[serde(default)]
    pub text: String,
    /// Where it stands.
    pub position: Position,
    /// Our paraphrase of its position.
    #[serde(default)]
    pub paraphrase: String,
    /// Verbatim evidence, 1–3 short quotes.
    #[serde(default)]
    pub quotes: Vec<String>,
    /// Our translations of `quotes`, one each, in a translated edition.
    #[serde(default)]
    pub quote_translations: Vec<String>,
}

/// A question both texts can be read against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Unique id; also the `topic` parameter in links.
    #[serde(default)]
    pub id: String,
    /// The question.
    #[serde(default)]
    pub question: String,
    /// The spectrum's two ends.
    pub spectrum: Spectrum,
    /// One reading per text.
    #[serde(default)]
    pub readings: Vec<Reading>,
    /// What the texts share on this topic.
    #[serde(default)]
    pub common_ground: String,
    /// Where they differ most.
    #[serde(default)]
    pub key_difference: String,
}

/// What one presentation step shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What it shows.
    pub kind: StepKind,
    /// The event or topic it shows.
    #[serde(default)]
    pub id: Option<String>,
    /// A line for the presenter to frame the step: shown in the speaker notes (a second window,
    /// or on request), never on the projected screen.
    #[serde(default)]
    pub note: Option<String>,
}

/// The kind of a discussion prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// "What do you notice …" about the timeline.
    Notice,
    /// "What do you wonder …" about the timeline.
    Wonder,
    /// A question the texts themselves raise.
    Texts,
}

/// A discussion prompt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique id.
    #[serde(default)]
    pub id: String,
    /// What kind of prompt it is.
    pub kind: QuestionKind,
    /// The prompt.
    #[serde(default)]
    pub prompt: String,
}
