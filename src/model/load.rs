//! Turns the text of a story file into a checked [`Story`], or into the full list of problems.
//!
//! The text is parsed by our own small JSON parser ([`super::json`]) and read into the story
//! types by [`super::read`]; together they replace serde and `serde_json`, compile to a fraction
//! of the wasm, and report every problem in an item where serde stopped at the first. An item of
//! a top-level list with any problem is left out. The semantic checks ([`validate_with`]) then
//! run on the items that were read, told the ids of the items that were not (so that references
//! to them are not reported twice), and their paths are mapped back to the file's indices, so
//! that `$.events[N]` always means the N-th event in the file.

use super::json::{self, Json, Spanned};
use super::read::{self, Need, Obj, Reader};
use super::story::*;
use super::validate::{validate_with, Problem, Unread};

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

/// Parses and checks a story file. On failure, returns every problem found, each with its path:
/// first the problems of form (syntax, types, keys) in file order, then the semantic ones.
pub fn parse_story(json: &str) -> Result<Story, Vec<Problem>> {
    let root = json::parse(json).map_err(|p| vec![p])?;
    let mut r = Reader::new(json);
    let Some(top) = r.object_with(&root, SECTIONS, "key") else {
        return Err(vec![Problem::new(
            "$",
            "a story file must hold one JSON object, {…}",
        )]);
    };
    for key in REQUIRED {
        if top.get(key).is_none() {
            let mark = r.enter_key(key);
            r.report_plain(root.offset, format!("\"{key}\" is required"));
            r.leave(mark);
        }
    }

    let mut kept = Vec::new();
    let meta = r.get(&top, "meta", Need::Default, read::meta);
    let lanes = section(&mut r, &top, "lanes", read::lane, &mut kept);
    let eras = section(&mut r, &top, "eras", read::era, &mut kept);
    let events = section(&mut r, &top, "events", read::event, &mut kept);
    let series = section(&mut r, &top, "series", read::series, &mut kept);
    let chart_notes = section(&mut r, &top, "chart_notes", read::chart_note, &mut kept);
    let texts = section(&mut r, &top, "texts", read::text, &mut kept);
    let topics = section(&mut r, &top, "topics", read::topic, &mut kept);
    let questions = section(&mut r, &top, "questions", read::question, &mut kept);
    let method = r.texts(&top, "method");
    let presentation = section(&mut r, &top, "presentation", read::step, &mut kept);
    let unread = Unread {
        lanes: unread_ids(&top, "lanes", &kept),
        events: unread_ids(&top, "events", &kept),
        texts: unread_ids(&top, "texts", &kept),
        topics: unread_ids(&top, "topics", &kept),
    };
    let mut problems = r.into_problems();

    // Without the meta there is no story to check; its problem is already listed.
    let Some(meta) = meta else {
        return Err(problems);
    };
    let story = Story {
        meta,
        lanes,
        eras,
        events,
        series,
        chart_notes,
        texts,
        topics,
        questions,
        method,
        presentation,
    };
    // The semantic checks, on the items that were read; their paths count only those items, so
    // map them back to the file's indices.
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

/// Reads the top-level list `key` item by item, noting in `kept` which items were read.
fn section<'t, T>(
    r: &mut Reader<'t>,
    top: &Obj,
    key: &'static str,
    read: fn(&mut Reader<'t>, &Spanned) -> Option<T>,
    kept: &mut Kept,
) -> Vec<T> {
    let mut out = Vec::new();
    let mut indices = Vec::new();
    let mark = r.enter_key(key);
    if let Some(items) = top.get(key) {
        if let Some(items) = r.items(items) {
            for (i, item) in items.iter().enumerate() {
                let at = r.enter_index(i);
                if let Some(value) = read(r, item) {
                    out.push(value);
                    indices.push(i);
                }
                r.leave(at);
            }
        }
    }
    r.leave(mark);
    kept.push((key, indices));
    out
}

/// The ids (or "" when an item has none) of the items of list `key` that were not read.
fn unread_ids(top: &Obj, key: &str, kept: &Kept) -> Vec<String> {
    let Some(Json::Array(items)) = top.get(key).map(|v| &v.value) else {
        return Vec::new();
    };
    let kept = kept
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(&[][..], |(_, v)| v.as_slice());
    let id = |item: &Spanned| match &item.value {
        Json::Object(entries) => entries.iter().find_map(|(k, v)| match &v.value {
            Json::String(id) if k == "id" => Some(id.clone()),
            _ => None,
        }),
        _ => None,
    };
    items
        .iter()
        .enumerate()
        .filter(|(i, _)| !kept.contains(i))
        .map(|(_, item)| id(item).unwrap_or_default())
        .collect()
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
