#![cfg(not(target_arch = "wasm32"))]
//! Property-based robustness tests (issue 7, "Robustness"): whatever a link or a story file
//! holds, the app's pure parsers never panic and keep their promises.
//!
//! - `UrlState::parse` takes any query string, and `parse(to_query(state))` gives back any state
//!   built from valid parts, without warnings; one round through `to_query` is a fixed point.
//! - `data_source` takes any `data` parameter, and what it accepts stays on the page's origin.
//! - `parse_story` takes any text and the real story with random damage; its problems always
//!   have a `$` path and a message, and a story it accepts validates again.
//! - `model::decode` (the built-in story's binary form, postcard) takes damaged or random bytes and
//!   returns `None` rather than panicking.
//! - `cluster` (the timeline's markers) never draws two marks closer than the gap, and draws
//!   every event exactly once.
//!
//! Run with `cargo test --test robustness`; each property runs a few hundred cases, so the
//! file takes seconds. `fuzz/` has a cargo-fuzz target for longer runs of `parse_story`.

use proptest::prelude::*;
use rednote_explainer::model::validate::validate;
use rednote_explainer::model::{decode, parse_story, DEFAULT_STORY, DEFAULT_STORY_JSON};
use rednote_explainer::url_state::{data_source, Theme, UrlState, View};

/// Cases per property: enough to find shallow bugs, few enough to run in seconds. Setting
/// `PROPTEST_CASES` (for example to 100000) runs that many instead, for a longer search.
fn config(cases: u32) -> ProptestConfig {
    let default = ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        default.cases
    } else {
        cases
    };
    ProptestConfig {
        cases,
        // A failure prints its minimal input; no regression files are written into `tests/`.
        failure_persistence: None,
        ..default
    }
}

// ---------------------------------------------------------------------------------------------
// URL state
// ---------------------------------------------------------------------------------------------

/// Strings that look like query strings: known and unknown keys, `&`, `=`, `+`, good and broken
/// percent-escapes, whitespace and non-ASCII text.
fn query_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "view", "event", "topic", "step", "list", "swap", "embed", "theme", "data", "childId",
            "compare", "present", "timeline", "dark", "contrast", "1", "0", "-1", "true",
        ])
        .prop_map(str::to_string),
        prop::sample::select(vec![
            "&",
            "=",
            "?",
            "+",
            "%",
            "%2",
            "%zz",
            "%20",
            "%26",
            "%3D",
            "%00",
            "%FF",
            "%C3%A9",
            "%E2%80%AE",
            "%ED%A0%80",
            "#",
            ";",
            " ",
            "\t",
            "\u{202e}",
            "é",
            "日本",
            "🦀",
            "\0",
        ])
        .prop_map(str::to_string),
        "[a-z0-9-]{1,8}",
        "[0-9]{1,25}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn view() -> impl Strategy<Value = View> {
    prop::sample::select(vec![View::Timeline, View::Compare, View::Present])
}

fn theme() -> impl Strategy<Value = Option<Theme>> {
    prop::option::of(prop::sample::select(vec![
        Theme::Light,
        Theme::Dark,
        Theme::Contrast,
    ]))
}

fn id() -> impl Strategy<Value = String> {
    "[a-z0-9-]{1,20}"
}

/// A `data` value as `parse` keeps it: not empty and without surrounding whitespace.
fn data_value() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        "/[a-zA-Z0-9_./ &=?#%+-]{0,30}\\.json",
        "[a-zA-Z0-9_.-]{1,12}/[a-zA-Z0-9_.-]{1,12}",
        "https://[a-z]{1,10}\\.example/[a-z&=?#%+ ]{0,12}",
        any::<String>(),
    ];
    value
        .prop_map(|v| v.trim().to_string())
        .prop_filter("parse drops an empty data value", |v| !v.is_empty())
}

/// Parameters the app does not use: keys that start with a capital, so never one of ours.
fn others() -> impl Strategy<Value = Vec<(String, String)>> {
    let value = any::<String>().prop_map(|v| v.trim().to_string());
    prop::collection::vec(("[A-Z][A-Za-z0-9_]{0,10}", value), 0..3)
}

prop_compose! {
    fn valid_state()(
        view in view(),
        event in prop::option::of(id()),
        topic in prop::option::of(id()),
        step in prop::option::of(1usize..1000),
        (list, swap, embed) in (any::<bool>(), any::<bool>(), any::<bool>()),
        theme in theme(),
        data in prop::option::of(data_value()),
        other in others(),
    ) -> UrlState {
        UrlState { view, event, topic, step, list, swap, embed, theme, data, other }
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn url_parse_never_panics(query in query_like()) {
        let (_, warnings) = UrlState::parse(&query);
        // Values are shortened in warnings, so a hostile link cannot flood the page.
        for warning in &warnings {
            prop_assert!(warning.chars().count() <= 120, "{warning:?}");
        }
    }

    #[test]
    fn url_parse_never_panics_on_any_string(query in any::<String>()) {
        UrlState::parse(&query);
    }

    #[test]
    fn a_valid_state_round_trips(state in valid_state()) {
        let query = state.to_query();
        prop_assert!(query.is_empty() || query.starts_with('?'), "{query}");
        let (parsed, warnings) = UrlState::parse(&query);
        prop_assert!(warnings.is_empty(), "{query}: {warnings:?}");
        prop_assert_eq!(parsed, state, "{}", query);
    }

    #[test]
    fn one_round_through_to_query_is_a_fixed_point(query in query_like()) {
        // Whatever a link held, the link the app writes back reads as the same state, cleanly.
        let (state, _) = UrlState::parse(&query);
        let again = state.to_query();
        let (reparsed, warnings) = UrlState::parse(&again);
        prop_assert!(warnings.is_empty(), "{query:?} -> {again:?}: {warnings:?}");
        prop_assert_eq!(reparsed, state, "{:?} -> {:?}", query, again);
    }
}

// ---------------------------------------------------------------------------------------------
// The data parameter
// ---------------------------------------------------------------------------------------------

const ORIGINS: [&str; 3] = [
    "https://news.example",
    "http://127.0.0.1:4173",
    "https://sub.site.example:8443",
];

/// `data` values near the edges: other hosts, scheme-relative and backslash tricks, schemes,
/// this origin with odd suffixes, whitespace and controls.
fn data_param() -> impl Strategy<Value = String> {
    let prefix = prop::sample::select(vec![
        "",
        "/",
        "//",
        "/\\",
        "\\\\",
        "\\/",
        " /",
        "\t//",
        "https://",
        "HTTPS://",
        "http://",
        "https:",
        "https:/",
        "https:\\\\",
        "javascript:",
        "JavaScript:",
        "data:",
        "data:application/json,",
        "blob:",
        "file://",
        "./",
        "../",
        "?",
        "#",
        "%2F%2F",
        "https://news.example",
        "https://news.example/",
        "https://news.example.evil.example/",
        "https://news.example@evil.example/",
        "http://127.0.0.1:4173",
        "http://127.0.0.1:4173/",
        "http://127.0.0.1:41730/",
        "https://sub.site.example:8443/",
        // Replaced by the origin under test.
        "{origin}",
        "{origin}/",
        "{origin}//",
        "{origin}.evil.example/",
        "{origin}@evil.example/",
        "{origin}:1/",
        "{origin}\\/",
        "{origin}?",
        "{origin}#",
    ]);
    let rest = prop_oneof![
        "[a-z0-9./:@?#%\\\\ -]{0,24}",
        "[a-z.]{1,12}(/[a-z0-9.]{0,8}){0,3}",
        any::<String>(),
    ];
    prop_oneof![
        (prefix, rest).prop_map(|(p, r)| format!("{p}{r}")),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn data_source_accepts_only_this_site(
        param in data_param(),
        origin in prop::sample::select(ORIGINS.to_vec()),
    ) {
        let param = param.replace("{origin}", origin);
        let Ok(address) = data_source(&param, origin) else {
            return Ok(());
        };
        prop_assert!(!address.starts_with("//"), "{param:?} -> {address:?}");
        prop_assert!(!address.contains('\\'), "{param:?} -> {address:?}");
        prop_assert!(
            !address.chars().any(|c| c.is_control() || c.is_whitespace()),
            "{param:?} -> {address:?}"
        );
        let lower = address.to_ascii_lowercase();
        // The origin itself (the site's root page) is accepted too: harmless, it is not JSON.
        let on_origin = lower.starts_with(&format!("{origin}/")) || lower == origin;
        // A path: no scheme, that is no `:` before the first `/`, `?` or `#`.
        let first_part = address.split(['/', '?', '#']).next().unwrap_or("");
        let is_path = !first_part.contains(':');
        prop_assert!(
            on_origin || is_path,
            "{param:?} on {origin} -> {address:?} is neither a path nor on the origin"
        );
    }

    #[test]
    fn data_source_never_panics(param in any::<String>(), origin in any::<String>()) {
        let _ = data_source(&param, &origin);
    }
}

// ---------------------------------------------------------------------------------------------
// Story files
// ---------------------------------------------------------------------------------------------

/// Checks what `parse_story` promises for any input, and returns whether it accepted it.
fn check_story(text: &str) -> Result<bool, TestCaseError> {
    match parse_story(text) {
        Ok(story) => {
            let problems = validate(&story);
            prop_assert!(
                problems.is_empty(),
                "an accepted story does not validate again: {problems:#?}"
            );
            Ok(true)
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "Err with no problems");
            for problem in &problems {
                prop_assert!(problem.path.starts_with('$'), "{problem:?}");
                prop_assert!(!problem.message.trim().is_empty(), "{problem:?}");
            }
            Ok(false)
        }
    }
}

/// Text that looks like JSON: punctuation, literals, numbers, escapes and strings.
fn json_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\\",
            "\\u",
            "\\uD800",
            "\\uDC00",
            "\\u00e9",
            "\\n",
            "null",
            "true",
            "false",
            "-",
            "0",
            "1e999",
            "-0.0e-0",
            "1.",
            ".5",
            " ",
            "\n",
            "\"meta\"",
            "\"lanes\"",
            "\"events\"",
            "\"id\"",
            "\"title\"",
            "{\"meta\":",
            "\"https://x\"",
            "\u{202e}",
            "\u{feff}",
            "\0",
        ])
        .prop_map(str::to_string),
        "[0-9]{1,30}",
        "\"[^\"\\\\]{0,12}\"",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// One change to the bytes of a story file; positions are taken modulo the current length.
#[derive(Debug, Clone)]
enum Mutation {
    /// Deletes up to `len` bytes at `at`.
    Delete { at: usize, len: usize },
    /// Inserts `text` at `at`.
    Insert { at: usize, text: String },
    /// Keeps only the first `at` bytes.
    Truncate { at: usize },
    /// Copies up to `len` bytes from `from` and inserts them at `at`.
    Duplicate { from: usize, len: usize, at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let insert = prop_oneof![
        prop::sample::select(vec![
            "{", "}", "[", "]", ",", ":", "\"", "'", "\\", "\\\"", "\\u", "\\uD800", "0", "-",
            "1e999", "null", "true", " ", "\n", "\"\"", "[]", "{}", ",,", "\u{202e}", "é",
            "<script>", "x",
        ])
        .prop_map(str::to_string),
        "[0-9]{1,12}",
        any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        3 => (any::<usize>(), 1usize..16).prop_map(|(at, len)| Mutation::Delete { at, len }),
        4 => (any::<usize>(), insert).prop_map(|(at, text)| Mutation::Insert { at, text }),
        1 => any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        2 => (any::<usize>(), 1usize..400, any::<usize>())
            .prop_map(|(from, len, at)| Mutation::Duplicate { from, len, at }),
    ]
}

/// The real story with `mutations` applied to its bytes (invalid UTF-8 becomes U+FFFD).
fn mutate(mutations: &[Mutation]) -> String {
    let mut bytes = DEFAULT_STORY_JSON.as_bytes().to_vec();
    for m in mutations {
        let n = bytes.len();
        let pos = |at: usize| if n == 0 { 0 } else { at % (n + 1) };
        match m {
            Mutation::Delete { at, len } => {
                let start = pos(*at);
                let end = (start + len).min(n);
                bytes.drain(start..end);
            }
            Mutation::Insert { at, text } => {
                let at = pos(*at);
                bytes.splice(at..at, text.bytes());
            }
            Mutation::Truncate { at } => bytes.truncate(pos(*at)),
            Mutation::Duplicate { from, len, at } => {
                let start = pos(*from);
                let slice = bytes[start..(start + len).min(n)].to_vec();
                let at = pos(*at);
                bytes.splice(at..at, slice);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn parse_story_never_panics_on_any_string(text in any::<String>()) {
        check_story(&text)?;
    }

    #[test]
    fn parse_story_never_panics_on_json_like_text(text in json_like()) {
        check_story(&text)?;
    }

    #[test]
    fn parse_story_survives_damage_to_the_real_story(
        mutations in prop::collection::vec(mutation(), 1..8),
    ) {
        check_story(&mutate(&mutations))?;
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed(depth in 0usize..20_000, open in "[\\[{]") {
        let text = if open == "[" {
            "[".repeat(depth) + &"]".repeat(depth)
        } else {
            "{\"a\":".repeat(depth) + "1" + &"}".repeat(depth)
        };
        check_story(&text)?;
    }
}

#[test]
fn the_real_story_is_accepted_and_validates_again() {
    assert!(check_story(DEFAULT_STORY_JSON).expect("holds its promises"));
}

#[test]
fn damage_inside_strings_still_reaches_the_accepting_path() {
    // Inserting a digit in the middle of the file mostly lands inside a string value, which
    // keeps the story valid: so the mutation test above also exercises the `Ok` branch.
    let accepted = (1..200)
        .map(|i| {
            let at = DEFAULT_STORY_JSON.len() * i / 200;
            mutate(&[Mutation::Insert {
                at,
                text: "7".into(),
            }])
        })
        .filter(|text| matches!(check_story(text), Ok(true)))
        .count();
    assert!(accepted > 50, "only {accepted} of 199 were accepted");
}

// ---------------------------------------------------------------------------------------------
// The built-in story's binary form
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(300))]

    /// `decode` reads the postcard bytes `build.rs` wrote; damaged ones give `None`, never a
    /// panic (which in the browser would be a trap, not an error page).
    #[test]
    fn decode_never_panics_on_damaged_bytes(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = DEFAULT_STORY.to_vec();
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = decode(&bytes);
        // Any cut short of the end of the real bytes is incomplete.
        let cut = cut.index(DEFAULT_STORY.len());
        prop_assert_eq!(decode(&DEFAULT_STORY[..cut]), None);
    }

    #[test]
    fn decode_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode(&bytes);
    }
}

// ---------------------------------------------------------------------------------------------
// Marker clusters
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(500))]

    /// Whatever the markers' places and whichever events stand alone (the focused and the
    /// selected one), drawn marks never overlap (a cluster's pill takes twice a marker's gap),
    /// each event is drawn exactly once, and an event that stands alone keeps its place.
    #[test]
    fn clusters_never_overlap_and_keep_every_event(
        mut xs in prop::collection::vec(0.0f64..2000.0, 0..60),
        alone in prop::collection::vec(any::<prop::sample::Index>(), 0..3),
    ) {
        use rednote_explainer::scale::cluster::{cluster, Mark};
        xs.sort_by(f64::total_cmp);
        let items: Vec<(usize, f64)> = xs.iter().copied().enumerate().collect();
        let alone: Vec<usize> = if items.is_empty() {
            Vec::new()
        } else {
            alone.iter().map(|i| i.index(items.len())).collect()
        };
        let gap = 28.0;
        let marks = cluster(&items, gap, &alone);
        for pair in marks.windows(2) {
            let need = if matches!(pair[0], Mark::Cluster { .. }) { 2.0 * gap } else { gap };
            prop_assert!(pair[1].x() - pair[0].x() >= need - 1e-9, "{pair:?}");
        }
        let mut drawn: Vec<usize> = marks
            .iter()
            .flat_map(|m| match m {
                Mark::Single { pos, .. } => vec![*pos],
                Mark::Cluster { members, .. } => members.clone(),
            })
            .collect();
        drawn.sort_unstable();
        prop_assert_eq!(drawn, (0..items.len()).collect::<Vec<_>>());
        for mark in &marks {
            if let Mark::Cluster { members, .. } = mark {
                prop_assert!(members.iter().all(|p| !alone.contains(p)), "an event that stands alone was merged");
            }
        }
        // The focused (or selected) event is drawn at its own time.
        if let [only] = alone.as_slice() {
            let x = marks.iter().find_map(|m| match m {
                Mark::Single { pos, x } if pos == only => Some(*x),
                _ => None,
            });
            prop_assert_eq!(x, Some(items[*only].1));
        }
    }
}
