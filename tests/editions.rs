#![cfg(not(target_arch = "wasm32"))]
//! The Simplified Chinese edition against the English one: the same story (ids, dates, links,
//! positions, quotes) with every word of ours in Chinese, every quote kept verbatim in English
//! with our translation beside it, and the statement of how the translation was made. (The
//! interface's strings are checked in `i18n`: a string missing from a language's table does
//! not compile, and none is empty.)

use rednote_explainer::model::{edition_story, Story};

fn editions() -> (Story, Story) {
    (
        edition_story("en").expect("the English story"),
        edition_story("zh-hans").expect("the Chinese story"),
    )
}

fn chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Every field of ours in `zh` is written in Chinese; `what` names it in a failure.
fn assert_chinese(what: &str, text: &str) {
    assert!(chinese(text), "{what} is not in Chinese: {text:?}");
}

#[test]
fn the_chinese_story_is_the_english_story_in_chinese() {
    let (en, zh) = editions();
    assert_eq!(zh.meta.language, "zh-Hans");
    assert_eq!(zh.meta.original_language.as_deref(), Some("en"));
    assert_eq!(zh.original_lang(), Some("en"));
    assert_eq!(en.original_lang(), None);
    assert_eq!(zh.meta.updated, en.meta.updated);
    for (what, text) in [
        ("title", &zh.meta.title),
        ("subtitle", &zh.meta.subtitle),
        ("credits", &zh.meta.credits),
    ] {
        assert_chinese(what, text);
    }
    assert_chinese("translation", zh.meta.translation.as_deref().unwrap_or(""));
    assert!(zh
        .meta
        .translation_en
        .as_deref()
        .is_some_and(|t| t.len() > 40));
    // The credits say so in both editions.
    assert!(en.meta.credits.contains("Chinese edition"));
    assert!(zh.meta.credits.contains("翻译"));

    let ids = |s: &Story| s.lanes.iter().map(|l| l.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&zh), ids(&en));
    for lane in &zh.lanes {
        assert_chinese(&lane.id, &lane.label);
        assert_chinese(&lane.id, &lane.description);
    }
    for (a, b) in en.eras.iter().zip(&zh.eras) {
        assert_eq!((&a.id, a.start, a.end), (&b.id, b.start, b.end));
        assert_chinese(&b.id, &b.label);
    }
    assert_eq!(en.events.len(), zh.events.len());
    for (a, b) in en.events.iter().zip(&zh.events) {
        assert_eq!(
            (&a.id, a.date, a.end, &a.lane),
            (&b.id, b.date, b.end, &b.lane)
        );
        assert_eq!(a.confidence, b.confidence);
        assert_chinese(&b.id, &b.headline);
        assert_chinese(&b.id, &b.summary);
        assert_eq!(
            a.sources, b.sources,
            "{}: sources are citations, kept as they are",
            b.id
        );
        assert_eq!(a.mentions.len(), b.mentions.len());
        for (m, n) in a.mentions.iter().zip(&b.mentions) {
            assert_eq!(m.quote, n.quote, "{}: a quote is verbatim", b.id);
            assert_chinese(&b.id, n.quote_translation.as_deref().unwrap_or(""));
            for text in [&n.expected, &n.happened].into_iter().flatten() {
                assert_chinese(&b.id, text);
            }
        }
    }
    for (a, b) in en.series.iter().zip(&zh.series) {
        assert_eq!(a.id, b.id);
        assert_chinese(&b.id, &b.metric);
        assert_eq!(a.points.len(), b.points.len());
        for (p, q) in a.points.iter().zip(&b.points) {
            assert_eq!((p.date, p.value, p.disputed), (q.date, q.value, q.disputed));
            assert_eq!(p.caveat.is_some(), q.caveat.is_some());
            if let Some(caveat) = &q.caveat {
                assert_chinese(&b.id, caveat);
            }
        }
    }
    for (a, b) in en.texts.iter().zip(&zh.texts) {
        assert_eq!((&a.id, &a.title, &a.url), (&b.id, &b.title, &b.url));
        assert_chinese(&b.id, &b.label);
    }
    assert_eq!(en.topics.len(), zh.topics.len());
    for (a, b) in en.topics.iter().zip(&zh.topics) {
        assert_eq!(a.id, b.id);
        assert_chinese(&b.id, &b.question);
        assert_chinese(&b.id, &b.spectrum.left);
        assert_chinese(&b.id, &b.spectrum.right);
        assert_chinese(&b.id, &b.common_ground);
        assert_chinese(&b.id, &b.key_difference);
        for (r, s) in a.readings.iter().zip(&b.readings) {
            assert_eq!(
                (&r.text, r.position, &r.quotes),
                (&s.text, s.position, &s.quotes)
            );
            assert_chinese(&b.id, &s.paraphrase);
            assert_eq!(s.quote_translations.len(), s.quotes.len(), "{}", b.id);
            for t in &s.quote_translations {
                assert_chinese(&b.id, t);
            }
        }
    }
    for (a, b) in en.questions.iter().zip(&zh.questions) {
        assert_eq!(a.id, b.id);
        assert_chinese(&b.id, &b.prompt);
    }
    assert_eq!(en.method.len(), zh.method.len());
    for p in &zh.method {
        assert_chinese("method", p);
    }
    assert_eq!(en.presentation.len(), zh.presentation.len());
    for (a, b) in en.presentation.iter().zip(&zh.presentation) {
        assert_eq!((a.kind, &a.id), (b.kind, &b.id));
        if let Some(note) = &b.note {
            assert_chinese("a step's note", note);
        }
    }
}

#[test]
fn a_reading_with_translations_needs_one_per_quote() {
    let json = rednote_explainer::model::edition_story_json("zh-hans").unwrap();
    // Drop one translation of the first reading that has two or more quotes.
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
    let reading = value["topics"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|t| t["readings"].as_array_mut().unwrap().iter_mut())
        .find(|r| r["quotes"].as_array().unwrap().len() > 1)
        .unwrap();
    reading["quote_translations"].as_array_mut().unwrap().pop();
    let problems = rednote_explainer::model::parse_story(&value.to_string()).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with("quote_translations") && p.message.contains("one per quote")),
        "{problems:?}"
    );
}
