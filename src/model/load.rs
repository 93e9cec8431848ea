//! Turns the text of a story file into a checked [`Story`], or into the full list of problems.
//!
//! A well-formed file takes one fast pass through serde. Only when that fails do we take the
//! file apart, section by section and item by item, so that one bad event does not hide the
//! problems of the others. Both passes use the same `serde_json::from_str` entry point: every
//! other way of deserializing (a `Value` tree, a path-tracking wrapper) would compile a second
//! copy of every `Deserialize` impl into the wasm.

use super::story::*;
use super::validate::{excerpt, validate, validate_with, Problem, Unread};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The top-level keys of a story file, in the order the checks report them.
const SECTIONS: [&str; 10] = [
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
];
/// Keys a story file must have.
const REQUIRED: [&str; 3] = ["meta", "lanes", "events"];

/// Parses and checks a story file. On failure, returns every problem found, each with its path.
pub fn parse_story(json: &str) -> Result<Story, Vec<Problem>> {
    match serde_json::from_str::<Story>(json) {
        Ok(story) => {
            let problems = validate(&story);
            if problems.is_empty() {
                Ok(story)
            } else {
                Err(problems)
            }
        }
        Err(_) => Err(collect_problems(json)),
    }
}

/// The slow path: reports what is wrong in each part of a file that did not deserialize.
fn collect_problems(json: &str) -> Vec<Problem> {
    let file = File(json);
    let top: BTreeMap<String, &RawValue> = match serde_json::from_str(json) {
        Ok(top) => top,
        Err(err) if err.is_syntax() || err.is_eof() => {
            let what = if err.is_eof() {
                "the file ends too early"
            } else {
                "this is not valid JSON"
            };
            return vec![Problem::new(
                "$",
                format!("{what}: {}", file.message(json, &err)),
            )];
        }
        Err(_) => {
            return vec![Problem::new(
                "$",
                "a story file must hold one JSON object, {…}",
            )]
        }
    };

    let mut problems = Vec::new();
    for key in top.keys().filter(|k| !SECTIONS.contains(&k.as_str())) {
        problems.push(Problem::new(
            format!("$.{}", excerpt(key)),
            format!(
                "unknown key \"{}\"; the keys are: {}",
                excerpt(key),
                SECTIONS.join(", ")
            ),
        ));
    }
    for key in REQUIRED.iter().filter(|k| !top.contains_key(**k)) {
        problems.push(Problem::new(
            format!("$.{key}"),
            format!("\"{key}\" is required"),
        ));
    }

    let mut lists = Lists {
        file,
        top: &top,
        problems: &mut problems,
        kept: Vec::new(),
    };
    let meta = top
        .get("meta")
        .and_then(|v| lists.item::<Meta>(v, "$.meta"));
    let lanes = lists.list::<Lane>("lanes");
    let eras = lists.list::<Era>("eras");
    let events = lists.list::<Event>("events");
    let series = lists.list::<Series>("series");
    let chart_notes = lists.list::<ChartNote>("chart_notes");
    let texts = lists.list::<Text>("texts");
    let topics = lists.list::<Topic>("topics");
    let questions = lists.list::<Question>("questions");
    let method = top
        .get("method")
        .and_then(|v| lists.item::<Vec<String>>(v, "$.method"));
    let unread = Unread {
        lanes: lists.unread("lanes"),
        events: lists.unread("events"),
        texts: lists.unread("texts"),
        topics: lists.unread("topics"),
    };
    let kept = lists.kept;

    // With the sound parts, run the semantic checks too, so that the reader gets the whole list
    // at once. Their paths refer to the kept items, so map them back to the file's indices.
    if let Some(meta) = meta {
        let partial = Story {
            meta,
            lanes,
            eras,
            events,
            series,
            chart_notes,
            texts,
            topics,
            questions,
            method: method.unwrap_or_default(),
        };
        problems.extend(
            validate_with(&partial, &unread)
                .into_iter()
                .map(|p| restore(&kept, p)),
        );
    }
    problems
}

/// The whole file, to turn an error inside one item into a line and column of the file.
#[derive(Clone, Copy)]
struct File<'a>(&'a str);

impl File<'_> {
    /// serde's message for an error in `part` (a slice of the file), with the position in the
    /// file rather than in the part.
    fn message(self, part: &str, err: &serde_json::Error) -> String {
        let text = err.to_string();
        let text = text.split(" at line ").next().unwrap_or(&text);
        let offset = (part.as_ptr() as usize).saturating_sub(self.0.as_ptr() as usize);
        let before = self.0.get(..offset).unwrap_or("");
        let line = before.matches('\n').count() + err.line();
        let column = if err.line() == 1 {
            before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + err.column()
        } else {
            err.column()
        };
        let text = text
            .replace("missing field `", "missing required field `")
            .replace("invalid type: ", "wrong type: ")
            .replace('`', "\"");
        format!("{text} (line {line}, column {column})")
    }
}

/// Reads the top-level lists item by item, recording problems and which items were kept.
struct Lists<'a, 'p> {
    file: File<'a>,
    top: &'p BTreeMap<String, &'a RawValue>,
    problems: &'p mut Vec<Problem>,
    /// For each list, the file index of each item that parsed.
    kept: Vec<(&'static str, Vec<usize>)>,
}

impl<'a> Lists<'a, '_> {
    /// Deserializes one part of the file; on failure records the problem at `path`.
    fn item<T: DeserializeOwned>(&mut self, raw: &RawValue, path: &str) -> Option<T> {
        match serde_json::from_str::<T>(raw.get()) {
            Ok(v) => Some(v),
            Err(err) => {
                self.problems
                    .push(Problem::new(path, self.file.message(raw.get(), &err)));
                None
            }
        }
    }

    /// The raw items of the list `key`, or `None` (with a problem) when it is not a list.
    fn raw_items(&mut self, key: &str) -> Option<Vec<&'a RawValue>> {
        let raw = self.top.get(key)?;
        match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
            Ok(items) => Some(items),
            Err(_) => {
                self.problems.push(Problem::new(
                    format!("$.{key}"),
                    format!("\"{key}\" must be a list, […]"),
                ));
                None
            }
        }
    }

    /// Deserializes each item of a top-level list on its own.
    fn list<T: DeserializeOwned>(&mut self, key: &'static str) -> Vec<T> {
        let Some(items) = self.raw_items(key) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut indices = Vec::new();
        for (i, raw) in items.iter().enumerate() {
            if let Some(parsed) = self.item::<T>(raw, &format!("$.{key}[{i}]")) {
                out.push(parsed);
                indices.push(i);
            }
        }
        self.kept.push((key, indices));
        out
    }

    /// The ids (or "" when unreadable) of the items of list `key` that did not parse.
    fn unread(&mut self, key: &str) -> Vec<String> {
        #[derive(serde::Deserialize)]
        struct JustId {
            #[serde(default)]
            id: Option<String>,
        }
        let Some(items) = self
            .top
            .get(key)
            .and_then(|r| serde_json::from_str::<Vec<&RawValue>>(r.get()).ok())
        else {
            return Vec::new();
        };
        let kept = self
            .kept
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[]);
        (0..items.len())
            .filter(|i| !kept.contains(i))
            .map(|i| {
                serde_json::from_str::<JustId>(items[i].get())
                    .ok()
                    .and_then(|j| j.id)
                    .unwrap_or_default()
            })
            .collect()
    }
}

/// Rewrites `$.events[2]…` (an index among kept items) to the index in the file.
fn restore(kept: &[(&'static str, Vec<usize>)], mut problem: Problem) -> Problem {
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
        assert!(paths.contains(&"$.lanes[0]"), "{p:?}");
        assert!(paths.contains(&"$.events[2].sources[0].url"), "{p:?}");
        let says = |path: &str, what: &str| {
            let problem = p.iter().find(|x| x.path == path).unwrap();
            assert!(
                problem.message.contains(what),
                "{path}: {}",
                problem.message
            );
        };
        says("$.lanes[0]", "unknown field \"extra\"");
        says("$.events[1]", "\"2025-02-30\" is not a real calendar date");
        says("$.events[3]", "unknown field \"colour\"");
        says("$.events[4]", "missing required field \"confidence\"");
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
        assert!(p.iter().any(|x| x.path == "$.events[0]"), "{p:?}");
        assert!(p.iter().any(|x| x.path == "$.events[1].lane"), "{p:?}");
    }

    #[test]
    fn item_errors_give_the_line_in_the_file() {
        let json = "{\n\"meta\": {\"title\": \"T\", \"language\": \"en\", \"updated\": \"2026-01-01\"},\n\"lanes\": [\n  {\"id\": \"a\", \"label\": \"A\"},\n  {\"id\": \"b\", \"label\": 7}\n],\n\"events\": []\n}";
        let p = parse_story(json).unwrap_err();
        let lane = p
            .iter()
            .find(|x| x.path == "$.lanes[1]")
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
}
