//! Checks a parsed story and collects every problem, each with its JSON path.

use super::story::*;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Longest quote, in words (the editorial brief's limit).
pub const MAX_QUOTE_WORDS: usize = 40;
/// Most quotes per text per topic.
pub const MAX_QUOTES_PER_READING: usize = 3;
/// Longest headline, in characters, that the timeline's layout is built for.
pub const MAX_HEADLINE_CHARS: usize = 120;
/// Longest id, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// One problem found in a story file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it is, as a JSON path (`$.events[3].sources[0].url`).
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Shortens a value for an error message, so that a huge or hostile string stays readable.
pub fn excerpt(value: &str) -> String {
    const MAX: usize = 60;
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() <= MAX {
        clean
    } else {
        let cut: String = clean.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// Whether `id` is usable in links and element ids: lowercase letters, digits and hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// Whether `url` is an absolute `https` link with a host and nothing that could break out of an
/// attribute. Other schemes (`javascript:`, `data:`, `http:`) are refused.
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.contains('@')
        && url
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"\"<>\\`".contains(c))
}

/// The number of words in a quote.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| *w != "…").count()
}

/// Collects problems as the checks walk the story.
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: String, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    /// A required text field: present and not blank.
    fn required(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(
                format!("{path}.{field}"),
                format!("\"{field}\" is required"),
            );
        }
    }

    /// An optional text field: absent, or not blank.
    fn not_blank(&mut self, path: &str, field: &str, value: &Option<String>) {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            self.push(
                format!("{path}.{field}"),
                format!("\"{field}\" is empty; leave it out instead"),
            );
        }
    }

    /// An id: well formed and unique within its list.
    fn id<'a>(&mut self, path: &str, id: &'a str, seen: &mut HashSet<&'a str>) {
        if id.is_empty() {
            self.push(format!("{path}.id"), "\"id\" is required");
        } else if !is_valid_id(id) {
            self.push(
                format!("{path}.id"),
                format!(
                    "id \"{}\" may only use lowercase letters, digits and hyphens (at most {MAX_ID_CHARS})",
                    excerpt(id)
                ),
            );
        } else if !seen.insert(id) {
            self.push(format!("{path}.id"), format!("duplicate id \"{id}\""));
        }
    }

    fn url(&mut self, path: String, url: &Option<String>) {
        if let Some(url) = url {
            if !is_https_url(url) {
                self.push(
                    path,
                    format!(
                        "\"{}\" is not an https link; only https:// links are allowed",
                        excerpt(url)
                    ),
                );
            }
        }
    }

    fn quote(&mut self, path: String, quote: &str) {
        let words = word_count(quote);
        if words == 0 {
            self.push(path, "the quote is empty");
        } else if words > MAX_QUOTE_WORDS {
            self.push(
                path,
                format!("the quote has {words} words; at most {MAX_QUOTE_WORDS} are allowed"),
            );
        }
    }
}

/// The ids of items that are in the file but could not be read (see `load`), one entry per item
/// (empty when the item had no readable id). References to them are not reported as unknown,
/// and a list with only unreadable items is not reported as empty: those items already have
/// their own problem.
#[derive(Debug, Default)]
pub struct Unread {
    /// Unreadable lanes.
    pub lanes: Vec<String>,
    /// Unreadable events.
    pub events: Vec<String>,
    /// Unreadable texts.
    pub texts: Vec<String>,
    /// Unreadable topics.
    pub topics: Vec<String>,
}

/// Checks a parsed story. Returns every problem found, in file order; empty when valid.
pub fn validate(story: &Story) -> Vec<Problem> {
    validate_with(story, &Unread::default())
}

/// Checks a story of which some items could not be read; see [`Unread`].
pub fn validate_with(story: &Story, unread: &Unread) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    let is_unread = |list: &Vec<String>, id: &str| list.iter().any(|u| u == id);

    c.required("$.meta", "title", &story.meta.title);
    c.required("$.meta", "language", &story.meta.language);

    if story.lanes.is_empty() && unread.lanes.is_empty() {
        c.push("$.lanes".into(), "a story needs at least one lane");
    }
    let mut lane_ids = HashSet::new();
    for (i, lane) in story.lanes.iter().enumerate() {
        let path = format!("$.lanes[{i}]");
        c.id(&path, &lane.id, &mut lane_ids);
        c.required(&path, "label", &lane.label);
    }

    let mut era_ids = HashSet::new();
    for (i, era) in story.eras.iter().enumerate() {
        let path = format!("$.eras[{i}]");
        c.id(&path, &era.id, &mut era_ids);
        c.required(&path, "label", &era.label);
        if era.end.day < era.start.day {
            c.push(
                format!("{path}.end"),
                format!("ends ({}) before it starts ({})", era.end, era.start),
            );
        }
    }

    if let Some(era) = &story.meta.opening_era {
        if !era_ids.contains(era.as_str()) {
            c.push(
                "$.meta.opening_era".into(),
                format!("unknown era \"{}\"", excerpt(era)),
            );
        }
    }

    let mut text_ids = HashSet::new();
    for (i, text) in story.texts.iter().enumerate() {
        let path = format!("$.texts[{i}]");
        c.id(&path, &text.id, &mut text_ids);
        for (field, value) in [
            ("label", &text.label),
            ("title", &text.title),
            ("outlet", &text.outlet),
            ("genre", &text.genre),
        ] {
            c.required(&path, field, value);
        }
        for (j, author) in text.authors.iter().enumerate() {
            if author.trim().is_empty() {
                c.push(format!("{path}.authors[{j}]"), "an author's name is empty");
            }
        }
        c.not_blank(&path, "date_note", &text.date_note);
        c.not_blank(&path, "app_name", &text.app_name);
        c.url(format!("{path}.url"), &text.url);
    }

    let mut topic_ids = HashSet::new();
    for (i, topic) in story.topics.iter().enumerate() {
        let path = format!("$.topics[{i}]");
        c.id(&path, &topic.id, &mut topic_ids);
        c.required(&path, "question", &topic.question);
        c.required(&format!("{path}.spectrum"), "left", &topic.spectrum.left);
        c.required(&format!("{path}.spectrum"), "right", &topic.spectrum.right);
        c.required(&path, "common_ground", &topic.common_ground);
        c.required(&path, "key_difference", &topic.key_difference);
        let mut read: HashSet<&str> = HashSet::new();
        for (j, reading) in topic.readings.iter().enumerate() {
            let rpath = format!("{path}.readings[{j}]");
            if is_unread(&unread.texts, &reading.text) {
                // Reported where the text is.
            } else if !text_ids.contains(reading.text.as_str()) {
                c.push(
                    format!("{rpath}.text"),
                    format!("unknown text \"{}\"", excerpt(&reading.text)),
                );
            } else if !read.insert(reading.text.as_str()) {
                c.push(
                    format!("{rpath}.text"),
                    format!("a second reading for text \"{}\"", reading.text),
                );
            }
            c.required(&rpath, "paraphrase", &reading.paraphrase);
            let addressed = reading.position != Position::NotAddressed;
            if addressed && reading.quotes.is_empty() {
                c.push(
                    format!("{rpath}.quotes"),
                    "a position needs at least one quote as evidence",
                );
            }
            if reading.quotes.len() > MAX_QUOTES_PER_READING {
                c.push(
                    format!("{rpath}.quotes"),
                    format!(
                        "{} quotes; at most {MAX_QUOTES_PER_READING} per text",
                        reading.quotes.len()
                    ),
                );
            }
            for (k, quote) in reading.quotes.iter().enumerate() {
                c.quote(format!("{rpath}.quotes[{k}]"), quote);
            }
            // A translated edition translates every quote or none.
            let translations = reading.quote_translations.len();
            if translations > 0 && translations != reading.quotes.len() {
                c.push(
                    format!("{rpath}.quote_translations"),
                    format!(
                        "{translations} translations for {} quotes: give one per quote, in order",
                        reading.quotes.len()
                    ),
                );
            }
            for (k, translation) in reading.quote_translations.iter().enumerate() {
                if translation.trim().is_empty() {
                    c.push(
                        format!("{rpath}.quote_translations[{k}]"),
                        "the translation is empty",
                    );
                }
            }
        }
        for text in &story.texts {
            if !text.id.is_empty() && !read.contains(text.id.as_str()) {
                c.push(
                    format!("{path}.readings"),
                    format!("no reading for text \"{}\" (use position \"not-addressed\" if it is silent)", text.id),
                );
            }
        }
    }

    if story.events.is_empty() && unread.events.is_empty() {
        c.push("$.events".into(), "a story needs at least one event");
    }
    let mut event_ids = HashSet::new();
    for (i, event) in story.events.iter().enumerate() {
        let path = format!("$.events[{i}]");
        c.id(&path, &event.id, &mut event_ids);
        if event.lane.is_empty() {
            c.push(format!("{path}.lane"), "\"lane\" is required");
        } else if !lane_ids.contains(event.lane.as_str()) && !is_unread(&unread.lanes, &event.lane)
        {
            c.push(
                format!("{path}.lane"),
                format!("unknown lane \"{}\"", excerpt(&event.lane)),
            );
        }
        c.required(&path, "headline", &event.headline);
        if event.headline.chars().count() > MAX_HEADLINE_CHARS {
            c.push(
                format!("{path}.headline"),
                format!("longer than {MAX_HEADLINE_CHARS} characters"),
            );
        }
        c.required(&path, "summary", &event.summary);
        c.not_blank(&path, "date_label", &event.date_label);
        if event.date.month_only && event.precision == Precision::Day {
            c.push(
                format!("{path}.date"),
                "precision is \"day\" but the date gives only a month",
            );
        }
        if let Some(end) = event.end {
            if end.day < event.date.day {
                c.push(
                    format!("{path}.end"),
                    format!("ends ({end}) before it starts ({})", event.date),
                );
            }
        }
        if let Some(time) = &event.time {
            c.not_blank(&format!("{path}.time"), "note", &time.note);
        }
        if event.sources.is_empty() {
            c.push(
                format!("{path}.sources"),
                "every event needs at least one source",
            );
        }
        for (j, source) in event.sources.iter().enumerate() {
            let spath = format!("{path}.sources[{j}]");
            c.required(&spath, "outlet", &source.outlet);
            c.required(&spath, "title", &source.title);
            c.url(format!("{spath}.url"), &source.url);
        }
        match (event.confidence, &event.confidence_note) {
            (Confidence::Disputed, None) => c.push(
                format!("{path}.confidence_note"),
                "a disputed event needs a note saying how the sources differ",
            ),
            (_, note) => c.not_blank(&path, "confidence_note", note),
        }
        for (j, mention) in event.mentions.iter().enumerate() {
            let mpath = format!("{path}.mentions[{j}]");
            if !text_ids.contains(mention.text.as_str()) && !is_unread(&unread.texts, &mention.text)
            {
                c.push(
                    format!("{mpath}.text"),
                    format!("unknown text \"{}\"", excerpt(&mention.text)),
                );
            }
            c.quote(format!("{mpath}.quote"), &mention.quote);
            c.not_blank(&mpath, "quote_translation", &mention.quote_translation);
            c.not_blank(&mpath, "expected", &mention.expected);
            c.not_blank(&mpath, "happened", &mention.happened);
            if mention.expected.is_some() != mention.happened.is_some() {
                c.push(
                    mpath,
                    "\"expected\" and \"happened\" go together: give both or neither",
                );
            }
        }
        for (j, topic) in event.topics.iter().enumerate() {
            if !topic_ids.contains(topic.as_str()) && !is_unread(&unread.topics, topic) {
                c.push(
                    format!("{path}.topics[{j}]"),
                    format!("unknown topic \"{}\"", excerpt(topic)),
                );
            }
        }
    }

    let mut series_ids = HashSet::new();
    for (i, series) in story.series.iter().enumerate() {
        let path = format!("$.series[{i}]");
        c.id(&path, &series.id, &mut series_ids);
        c.required(&path, "metric", &series.metric);
        c.required(&path, "unit", &series.unit);
        c.required(&path, "source", &series.source);
        c.not_blank(&path, "caveat", &series.caveat);
        if let Some(lane) = &series.lane {
            if !lane_ids.contains(lane.as_str()) && !is_unread(&unread.lanes, lane) {
                c.push(
                    format!("{path}.lane"),
                    format!("unknown lane \"{}\"", excerpt(lane)),
                );
            }
        }
        if series.points.is_empty() {
            c.push(
                format!("{path}.points"),
                "a series needs at least one point",
            );
        }
        let mut days = HashMap::new();
        for (j, point) in series.points.iter().enumerate() {
            let ppath = format!("{path}.points[{j}]");
            let positive_needed = matches!(series.scale, SeriesScale::Log | SeriesScale::Rank);
            if !point.value.is_finite() || (positive_needed && point.value <= 0.0) {
                c.push(
                    format!("{ppath}.value"),
                    "the value must be a finite number (above zero on a log or rank scale)",
                );
            }
            if let Some(first) = days.insert(point.date, j) {
                c.push(
                    format!("{ppath}.date"),
                    format!(
                        "a second point for {} (the first is points[{first}])",
                        point.date
                    ),
                );
            }
            c.not_blank(&ppath, "caveat", &point.caveat);
        }
    }

    let mut note_ids = HashSet::new();
    for (i, note) in story.chart_notes.iter().enumerate() {
        let path = format!("$.chart_notes[{i}]");
        c.id(&path, &note.id, &mut note_ids);
        c.required(&path, "label", &note.label);
        c.required(&path, "source", &note.source);
        if note.end.is_some_and(|end| end.day < note.date.day) {
            c.push(format!("{path}.end"), "ends before it starts");
        }
    }

    for (i, step) in story.presentation.iter().enumerate() {
        let path = format!("$.presentation[{i}]");
        let known = match step.kind {
            StepKind::Event => Some((&event_ids, "event")),
            StepKind::Topic => Some((&topic_ids, "topic")),
            _ => None,
        };
        match (known, &step.id) {
            (Some((ids, what)), Some(id)) => {
                if !ids.contains(id.as_str())
                    && !is_unread(
                        if what == "event" {
                            &unread.events
                        } else {
                            &unread.topics
                        },
                        id,
                    )
                {
                    c.push(
                        format!("{path}.id"),
                        format!("unknown {what} \"{}\"", excerpt(id)),
                    );
                }
            }
            (Some((_, what)), None) => c.push(
                format!("{path}.id"),
                format!("a step that shows one {what} needs its \"id\""),
            ),
            (None, Some(_)) => c.push(format!("{path}.id"), "this kind of step takes no \"id\""),
            (None, None) => {}
        }
        c.not_blank(&path, "note", &step.note);
    }

    let mut question_ids = HashSet::new();
    for (i, question) in story.questions.iter().enumerate() {
        let path = format!("$.questions[{i}]");
        c.id(&path, &question.id, &mut question_ids);
        c.required(&path, "prompt", &question.prompt);
    }

    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_link_safe() {
        assert!(is_valid_id("tiktok-dark-2025"));
        for bad in ["", "Tiktok", "a b", "-x", "a_b", "é", &"x".repeat(65)] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn only_https_links_pass() {
        assert!(is_https_url(
            "https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf"
        ));
        assert!(is_https_url("https://example.org"));
        for bad in [
            "http://example.org",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "https://",
            "https:///path",
            "https://user@evil.example",
            "https://example.org/\"onmouseover=x",
            " https://example.org",
            "HTTPS://example.org",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
    }

    #[test]
    fn counts_words_without_ellipses() {
        assert_eq!(word_count("a new window … for cultural exchange"), 6);
        assert_eq!(word_count("   "), 0);
    }

    #[test]
    fn excerpts_are_short_and_printable() {
        let long = "x".repeat(100_000);
        assert!(excerpt(&long).chars().count() <= 61);
        assert_eq!(excerpt("a\u{0007}b"), "ab");
    }
}
