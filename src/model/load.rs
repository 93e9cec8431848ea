//! Turns the text of a story file into a checked [`Story`], or into the full list of problems.
//!
//! The file is read with serde_json, item by item: the top-level object's values are first kept
//! unread ([`RawValue`]), then each item of each list is deserialized on its own through
//! serde_path_to_error. So a mistake in one event does not hide a mistake in the next: every
//! item with a problem is reported, with its JSON path and its line in the file, and left out.
//! (Within one item, serde stops at the first problem.) The semantic checks
//! ([`validate_with`]) then run on the items that were read, told the ids of the items that
//! were not (so that references to them are not reported twice), and their paths are mapped
//! back to the file's indices, so that `$.events[N]` always means the N-th event in the file.

use super::story::*;
use super::validate::{excerpt, validate_with, Problem, Unread};
use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_path_to_error::Segment;
use std::fmt;

/// The top-level keys of a story file.
const SECTIONS: &[&str] = &[
    "meta",
    "lanes",
    "eras",
    "events",
    "series",
    "chart_notes",
    "texts",
    "topics",
    "questions",
    "method",
    "presentation",
];
/// Keys a story file must have.
const REQUIRED: [&str; 3] = ["meta", "lanes", "events"];

/// The top-level object's entries in file order, unknown and repeated keys included, each
/// value left unread.
struct Entries<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Entries<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Collect;
        impl<'de> Visitor<'de> for Collect {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("one JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(Collect)
    }
}

/// A story's lists while they are read.
#[derive(Default)]
struct Sections {
    lanes: Vec<Lane>,
    eras: Vec<Era>,
    events: Vec<Event>,
    series: Vec<Series>,
    chart_notes: Vec<ChartNote>,
    texts: Vec<Text>,
    topics: Vec<Topic>,
    questions: Vec<Question>,
    method: Vec<String>,
    presentation: Vec<Step>,
}

/// Just an item's id, for the items that could not be read.
#[derive(Deserialize)]
struct IdOnly {
    id: Option<String>,
}

/// Parses and checks a story file. On failure, returns every problem found, each with its path:
/// first the problems of form (syntax, types, keys) in file order, then the semantic ones.
pub fn parse_story(json: &str) -> Result<Story, Vec<Problem>> {
    let entries = match serde_json::from_str::<Entries>(json) {
        Ok(entries) => entries.0,
        Err(err) if err.is_syntax() || err.is_eof() => return Err(vec![syntax(&err)]),
        Err(_) => {
            return Err(vec![Problem::new(
                "$",
                "a story file must hold one JSON object, {…}",
            )])
        }
    };
    let mut reader = Reader {
        json,
        problems: Vec::new(),
        kept: Vec::new(),
    };
    for key in REQUIRED {
        if !entries.iter().any(|(k, _)| k == key) {
            reader.report(format!("$.{key}"), format!("\"{key}\" is required"));
        }
    }
    let mut meta = None;
    let mut story = Sections::default();
    let mut unread = Unread::default();
    let mut seen: Vec<&str> = Vec::new();
    for (key, raw) in &entries {
        let at = format!("$.{key}");
        if seen.contains(&key.as_str()) {
            reader.report(at, format!("duplicate key \"{}\"", excerpt(key)));
            continue;
        }
        seen.push(key);
        match key.as_str() {
            "meta" => meta = reader.item(raw, &at),
            "lanes" => story.lanes = reader.list(raw, "lanes", Some(&mut unread.lanes)),
            "eras" => story.eras = reader.list(raw, "eras", None),
            "events" => story.events = reader.list(raw, "events", Some(&mut unread.events)),
            "series" => story.series = reader.list(raw, "series", None),
            "chart_notes" => story.chart_notes = reader.list(raw, "chart_notes", None),
            "texts" => story.texts = reader.list(raw, "texts", Some(&mut unread.texts)),
            "topics" => story.topics = reader.list(raw, "topics", Some(&mut unread.topics)),
            "questions" => story.questions = reader.list(raw, "questions", None),
            "method" => story.method = reader.item(raw, &at).unwrap_or_default(),
            "presentation" => story.presentation = reader.list(raw, "presentation", None),
            _ => reader.report(
                at,
                format!(
                    "unknown key \"{}\"; expected one of: {}",
                    excerpt(key),
                    SECTIONS.join(", ")
                ),
            ),
        }
    }
    // Without the meta there is no story to check; its problem is already listed.
    let Some(meta) = meta else {
        return Err(reader.problems);
    };
    let s = story;
    let story = Story {
        meta,
        lanes: s.lanes,
        eras: s.eras,
        events: s.events,
        series: s.series,
        chart_notes: s.chart_notes,
        texts: s.texts,
        topics: s.topics,
        questions: s.questions,
        method: s.method,
        presentation: s.presentation,
    };
    // The semantic checks, on the items that were read; their paths count only those items, so
    // map them back to the file's indices.
    let Reader {
        mut problems, kept, ..
    } = reader;
    problems.extend(
        validate_with(&story, &unread)
            .into_iter()
            .map(|p| restore(&kept, p)),
    );
    if problems.is_empty() {
        Ok(story)
    } else {
        Err(problems)
    }
}

/// For each top-level list, the file index of each item that was read.
type Kept = Vec<(&'static str, Vec<usize>)>;

/// Reads the sections of one file, collecting problems as it goes.
struct Reader<'a> {
    json: &'a str,
    problems: Vec<Problem>,
    kept: Kept,
}

impl Reader<'_> {
    fn report(&mut self, path: String, message: String) {
        self.problems.push(Problem::new(path, message));
    }

    /// Reads one value at path `at`; on failure reports it and returns `None`.
    fn item<'j, T: Deserialize<'j>>(&mut self, raw: &'j RawValue, at: &str) -> Option<T> {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        match serde_path_to_error::deserialize(&mut de) {
            Ok(value) => Some(value),
            Err(err) => {
                let problem = described(self.json, raw, at, &err);
                self.problems.push(problem);
                None
            }
        }
    }

    /// Reads the list `key` item by item, noting which items were read and, in `unread`, the
    /// ids of those that were not.
    fn list<T: DeserializeOwned>(
        &mut self,
        raw: &RawValue,
        key: &'static str,
        mut unread: Option<&mut Vec<String>>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        let mut indices = Vec::new();
        if let Some(items) = self.item::<Vec<&RawValue>>(raw, &format!("$.{key}")) {
            for (i, item) in items.into_iter().enumerate() {
                match self.item(item, &format!("$.{key}[{i}]")) {
                    Some(value) => {
                        out.push(value);
                        indices.push(i);
                    }
                    None => {
                        if let Some(unread) = unread.as_deref_mut() {
                            let id = serde_json::from_str::<IdOnly>(item.get()).ok();
                            unread.push(id.and_then(|i| i.id).unwrap_or_default());
                        }
                    }
                }
            }
        }
        self.kept.push((key, indices));
        out
    }
}

/// A syntax error in the file, with its line and column.
fn syntax(err: &serde_json::Error) -> Problem {
    let what = if err.is_eof() {
        "the file ends too early".to_string()
    } else {
        format!("this is not valid JSON: {}", without_position(err))
    };
    Problem::new(
        "$",
        format!("{what} (line {}, column {})", err.line(), err.column()),
    )
}

/// serde_json's message without its " at line L column C" (we say where in the file instead).
fn without_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// A problem from reading the value `raw` found at path `at`: the path of the bad value inside
/// it, serde's message in plain words, and the line and column in the whole file.
fn described(
    json: &str,
    raw: &RawValue,
    at: &str,
    err: &serde_path_to_error::Error<serde_json::Error>,
) -> Problem {
    let mut path = at.to_string();
    for segment in err.path().iter() {
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                path.push('.');
                path.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    let inner = err.inner();
    let (message, field) = plain(&without_position(inner));
    if let Some(field) = field {
        path.push('.');
        path.push_str(&field);
    }
    // Where the raw value starts in the file, plus where in it serde stopped.
    let start = (raw.get().as_ptr() as usize).saturating_sub(json.as_ptr() as usize);
    let offset = start + offset_of(raw.get(), inner.line(), inner.column());
    let (line, column) = line_and_column(json, offset);
    Problem::new(path, format!("{message} (line {line}, column {column})"))
}

/// The byte offset of 1-based `line` and `column` in `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// The 1-based line and column of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.len()
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
    (line, column + 1)
}

/// serde's message in the words of the rest of the explainer, and for a missing field its name
/// (which serde's path does not include).
fn plain(message: &str) -> (String, Option<String>) {
    let ticked = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    if let Some(rest) = message.strip_prefix("missing field ") {
        let name = ticked(rest).into_iter().next().unwrap_or_default();
        return (format!("missing required field \"{name}\""), Some(name));
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let mut names = ticked(rest).into_iter();
        let name = names.next().unwrap_or_default();
        let expected: Vec<String> = names.collect();
        let message = if expected.is_empty() {
            format!("unknown field \"{}\"", excerpt(&name))
        } else {
            format!(
                "unknown field \"{}\"; expected one of: {}",
                excerpt(&name),
                expected.join(", ")
            )
        };
        // serde_path_to_error's path already ends with the unknown key.
        return (message, None);
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let mut names = ticked(rest).into_iter();
        let name = names.next().unwrap_or_default();
        let expected: Vec<String> = names.collect();
        return (
            format!(
                "unknown value \"{}\"; expected one of: {}",
                excerpt(&name),
                expected.join(", ")
            ),
            None,
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return (
                format!(
                    "wrong type: expected {}, found {}",
                    kind(expected),
                    kind(found)
                ),
                None,
            );
        }
    }
    (message.to_string(), None)
}

/// A JSON kind as readers know it, from serde's words for it.
fn kind(serde_words: &str) -> &'static str {
    let w = serde_words.trim();
    if w.starts_with("map") || w.starts_with("struct") || w.contains("object") {
        "an object"
    } else if w.starts_with("sequence") || w.starts_with("a sequence") || w.contains("list") {
        "a list"
    } else if w.starts_with("string") || w.contains("a string") || w.starts_with("char") {
        "a string"
    } else if w.starts_with("integer")
        || w.starts_with("floating point")
        || w.starts_with("f64")
        || w.starts_with("u")
        || w.starts_with("i")
    {
        "a number"
    } else if w.starts_with("boolean") || w.starts_with("a boolean") {
        "true or false"
    } else if w.starts_with("null") || w.starts_with("unit") {
        "null"
    } else {
        "another kind of value"
    }
}

/// Rewrites `$.events[2]…` (an index among kept items) to the index in the file.
fn restore(kept: &Kept, mut problem: Problem) -> Problem {
    for (key, indices) in kept {
        let prefix = format!("$.{key}[");
        let Some(rest) = problem.path.strip_prefix(&prefix) else {
            continue;
        };
        let Some((index, tail)) = rest.split_once(']') else {
            continue;
        };
        if let Some(original) = index.parse::<usize>().ok().and_then(|i| indices.get(i)) {
            problem.path = format!("{prefix}{original}]{tail}");
        }
    }
    problem
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// A small valid story, as JSON, to break in each test.
    fn valid() -> Value {
        serde_json::json!({
            "meta": {"title": "T", "subtitle": "S", "language": "en", "updated": "2026-11-01", "credits": "C"},
            "lanes": [{"id": "law", "label": "Law", "description": "Courts"}],
            "eras": [{"id": "week", "label": "Week", "start": "2025-01-13", "end": "2025-01-19"}],
            "events": [{
                "id": "ruling", "lane": "law", "date": "2025-01-17", "precision": "day",
                "headline": "Court upholds the law", "summary": "Unanimous.",
                "sources": [{"outlet": "Supreme Court", "title": "Opinion", "date": "2025-01-17",
                             "url": "https://www.supremecourt.gov/"}],
                "confidence": "confirmed",
                "mentions": [{"text": "a", "quote": "will issue a final ruling on January 19",
                              "expected": "19 Jan", "happened": "17 Jan"}],
                "topics": ["why"]
            }],
            "texts": [{"id": "a", "label": "Text A", "title": "Essay", "authors": [], "outlet": "Blog",
                       "date": "2025-01-15", "date_precision": "approximate", "genre": "Essay"}],
            "topics": [{"id": "why", "question": "Why?", "spectrum": {"left": "L", "right": "R"},
                        "readings": [{"text": "a", "position": "leans-right", "paraphrase": "P",
                                      "quotes": ["digital hegemony"]}],
                        "common_ground": "G", "key_difference": "D"}],
            "questions": [{"id": "q1", "kind": "notice", "prompt": "What do you notice?"}],
            "method": ["Close reading."]
        })
    }

    fn problems(value: &Value) -> Vec<Problem> {
        parse_story(&value.to_string()).expect_err("should be invalid")
    }

    fn paths(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.path.as_str()).collect()
    }

    #[test]
    fn a_valid_story_parses() {
        let story = parse_story(&valid().to_string()).expect("valid");
        assert_eq!(story.events[0].headline, "Court upholds the law");
        assert_eq!(story.topics[0].readings[0].position, Position::LeansRight);
    }

    #[test]
    fn broken_json_reports_line_and_column() {
        let p = parse_story("{\n  \"meta\": {,\n}").unwrap_err();
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("line 2"), "{}", p[0].message);
        let p = parse_story("{\"meta\": ").unwrap_err();
        assert!(p[0].message.contains("ends too early"), "{}", p[0].message);
        let p = parse_story("[1, 2]").unwrap_err();
        assert!(p[0].message.contains("one JSON object"));
    }

    #[test]
    fn every_broken_item_is_reported_with_its_path() {
        let mut v = valid();
        let event = v["events"][0].clone();
        let mut bad_date = event.clone();
        bad_date["id"] = "b".into();
        bad_date["date"] = "2025-02-30".into();
        let mut bad_url = event.clone();
        bad_url["id"] = "c".into();
        bad_url["sources"][0]["url"] = "javascript:alert(1)".into();
        let mut unknown_key = event.clone();
        unknown_key["id"] = "d".into();
        unknown_key["colour"] = "red".into();
        let mut missing_conf = event.clone();
        missing_conf["id"] = "e".into();
        missing_conf.as_object_mut().unwrap().remove("confidence");
        v["events"] = serde_json::json!([event, bad_date, bad_url, unknown_key, missing_conf]);
        v["lanes"][0]["extra"] = true.into();

        let p = problems(&v);
        let paths = paths(&p);
        assert!(paths.contains(&"$.lanes[0].extra"), "{p:?}");
        assert!(paths.contains(&"$.events[2].sources[0].url"), "{p:?}");
        let says = |path: &str, what: &str| {
            let problem = p.iter().find(|x| x.path == path).unwrap();
            assert!(
                problem.message.contains(what),
                "{path}: {}",
                problem.message
            );
        };
        says("$.lanes[0].extra", "unknown field \"extra\"");
        says(
            "$.events[1].date",
            "\"2025-02-30\" is not a real calendar date",
        );
        says(
            "$.events[3].colour",
            "unknown field \"colour\"; expected one of: id, lane, date",
        );
        says(
            "$.events[4].confidence",
            "missing required field \"confidence\"",
        );
        // The lane did not parse; the events that use it are not blamed for that, and the
        // lane list is not called empty.
        assert!(
            !p.iter()
                .any(|x| x.path == "$.events[0].lane" || x.path == "$.lanes"),
            "{p:?}"
        );
        assert_eq!(p.len(), 5, "{p:#?}");
    }

    #[test]
    fn semantic_problems_are_all_collected() {
        let mut v = valid();
        v["meta"]["title"] = "".into();
        v["eras"][0]["end"] = "2025-01-01".into();
        let mut dup = v["events"][0].clone();
        dup["lane"] = "nowhere".into();
        dup["headline"] = "".into();
        dup["summary"] = "".into();
        dup["confidence"] = "disputed".into();
        dup["end"] = "2025-01-01".into();
        dup["mentions"][0]["quote"] = "word ".repeat(41).into();
        dup["mentions"][0]["text"] = "z".into();
        dup["topics"] = serde_json::json!(["nope"]);
        dup["sources"][0]["url"] = "http://example.org".into();
        v["events"].as_array_mut().unwrap().push(dup);
        v["topics"][0]["readings"][0]["quotes"] = serde_json::json!([]);

        let p = problems(&v);
        let expect = [
            "$.meta.title",
            "$.eras[0].end",
            "$.topics[0].readings[0].quotes",
            "$.events[1].id",
            "$.events[1].lane",
            "$.events[1].headline",
            "$.events[1].summary",
            "$.events[1].end",
            "$.events[1].sources[0].url",
            "$.events[1].confidence_note",
            "$.events[1].mentions[0].text",
            "$.events[1].mentions[0].quote",
            "$.events[1].topics[0]",
        ];
        for path in expect {
            assert!(p.iter().any(|x| x.path == path), "missing {path} in {p:#?}");
        }
        let dup = p.iter().find(|x| x.path == "$.events[1].id").unwrap();
        assert_eq!(dup.message, "duplicate id \"ruling\"");
    }

    #[test]
    fn semantic_paths_point_at_the_file_even_when_items_were_skipped() {
        let mut v = valid();
        let mut broken = v["events"][0].clone();
        broken["date"] = "soon".into();
        let mut second = v["events"][0].clone();
        second["id"] = "second".into();
        second["lane"] = "nowhere".into();
        v["events"] = serde_json::json!([broken, second]);
        let p = problems(&v);
        assert!(p.iter().any(|x| x.path == "$.events[0].date"), "{p:?}");
        assert!(p.iter().any(|x| x.path == "$.events[1].lane"), "{p:?}");
    }

    #[test]
    fn item_errors_give_the_line_in_the_file() {
        let json = "{\n\"meta\": {\"title\": \"T\", \"language\": \"en\", \"updated\": \"2026-01-01\"},\n\"lanes\": [\n  {\"id\": \"a\", \"label\": \"A\"},\n  {\"id\": \"b\", \"label\": 7}\n],\n\"events\": []\n}";
        let p = parse_story(json).unwrap_err();
        let lane = p
            .iter()
            .find(|x| x.path == "$.lanes[1].label")
            .expect("lane problem");
        assert!(lane.message.contains("wrong type"), "{}", lane.message);
        assert!(lane.message.contains("(line 5, column"), "{}", lane.message);
    }

    #[test]
    fn missing_sections_and_unknown_keys_are_reported() {
        let mut v = valid();
        let top = v.as_object_mut().unwrap();
        top.remove("lanes");
        top.insert("timeline".into(), Value::Null);
        let p = problems(&v);
        assert!(
            p.iter()
                .any(|x| x.path == "$.lanes" && x.message.contains("required")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|x| x.path == "$.timeline" && x.message.contains("unknown key")),
            "{p:?}"
        );
    }

    #[test]
    fn texts_and_topics_must_match() {
        let mut v = valid();
        v["texts"].as_array_mut().unwrap().push(serde_json::json!({
            "id": "b", "label": "Text B", "title": "Paper", "authors": ["X"], "outlet": "RSIS",
            "date": "2025-02-03", "date_precision": "day", "genre": "Commentary",
            "url": "data:text/html,hi"
        }));
        let p = problems(&v);
        assert!(
            p.iter()
                .any(|x| x.path == "$.topics[0].readings" && x.message.contains("\"b\"")),
            "{p:?}"
        );
        assert!(p.iter().any(|x| x.path == "$.texts[1].url"), "{p:?}");
    }

    #[test]
    fn the_malformed_fixture_names_line_4() {
        let json = "{\n  \"meta\": {\"title\": \"Broken\", \"language\": \"en\", \"updated\": \"2026-11-01\"},\n  \"lanes\": [{\"id\": \"a\", \"label\": \"A\"}],\n  \"events\": [,]\n}\n";
        let p = parse_story(json).unwrap_err();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "$");
        assert!(
            p[0].message.starts_with("this is not valid JSON"),
            "{}",
            p[0].message
        );
        assert!(p[0].message.contains("line 4"), "{}", p[0].message);
    }

    #[test]
    fn problems_of_form_come_in_file_order_before_semantic_ones() {
        let mut v = valid();
        v["events"][0]["precision"] = "someday".into();
        v["lanes"][0]["label"] = 3.into();
        v["meta"]["title"] = "".into();
        // `to_string` writes keys in sorted order: events, lanes, meta, ….
        let text = v.to_string();
        assert!(text.find("\"events\"") < text.find("\"lanes\""));
        let p = parse_story(&text).unwrap_err();
        assert_eq!(
            paths(&p),
            // The unread event and lane are not also called missing.
            ["$.events[0].precision", "$.lanes[0].label", "$.meta.title"],
            "{p:#?}"
        );
    }

    #[test]
    fn the_top_level_is_checked_like_any_object() {
        let text = valid().to_string();
        let text = text.replacen('{', "{\"method\": [\"x\", 2], \"lanes\": {}, ", 1);
        let p = parse_story(&text).unwrap_err();
        let find = |path: &str| {
            p.iter()
                .find(|x| x.path == path)
                .unwrap_or_else(|| panic!("no {path} in {p:#?}"))
        };
        assert!(find("$.method[1]")
            .message
            .contains("expected a string, found a number"));
        assert!(find("$.lanes")
            .message
            .starts_with("wrong type: expected a list, found an object"));
        assert!(
            p.iter()
                .any(|x| x.path == "$.lanes" && x.message.starts_with("duplicate key \"lanes\"")),
            "{p:#?}"
        );
    }

    #[test]
    fn the_embedded_story_is_the_file_without_whitespace() {
        // build.rs strips the file's indentation; the data must be the same, strings included.
        let file = include_str!("../../public/data/story.json");
        let embedded: Value = serde_json::from_str(crate::model::DEFAULT_STORY_JSON).unwrap();
        assert_eq!(embedded, serde_json::from_str::<Value>(file).unwrap());
        assert!(crate::model::DEFAULT_STORY_JSON.len() < file.len() * 9 / 10);
        assert!(!crate::model::DEFAULT_STORY_JSON.contains('\n'));
    }

    #[test]
    fn the_real_story_reads_the_same_as_through_serde() {
        // The old serde reading accepted the real story; the new one must find the same data.
        let story = parse_story(crate::model::DEFAULT_STORY_JSON).expect("valid");
        let value: Value = serde_json::from_str(crate::model::DEFAULT_STORY_JSON).unwrap();
        assert_eq!(
            story.events.len(),
            value["events"].as_array().unwrap().len()
        );
        for (event, raw) in story.events.iter().zip(value["events"].as_array().unwrap()) {
            assert_eq!(event.id, raw["id"].as_str().unwrap());
            assert_eq!(event.date.iso(), raw["date"].as_str().unwrap());
            assert_eq!(
                event.confidence.as_str(),
                raw["confidence"].as_str().unwrap()
            );
            assert_eq!(
                event.sources.len(),
                raw["sources"].as_array().unwrap().len()
            );
            assert_eq!(
                event.time.is_some(),
                raw.get("time").is_some_and(|t| !t.is_null())
            );
        }
        assert_eq!(
            story.series.len(),
            value["series"].as_array().map_or(0, Vec::len)
        );
        for (series, raw) in story
            .series
            .iter()
            .zip(value["series"].as_array().into_iter().flatten())
        {
            for (point, raw) in series.points.iter().zip(raw["points"].as_array().unwrap()) {
                assert_eq!(Some(point.value), raw["value"].as_f64());
            }
        }
    }
}
