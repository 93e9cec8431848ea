#![cfg(not(target_arch = "wasm32"))]
//! Checks the default story file (`public/data/story.json`) against the project's editorial
//! rules: it validates; every event is sourced, with a short headline and summary; disputed
//! events say how sources differ; each lane holds at least the events the brief asks for; every
//! topic reads both texts; mentions name real texts and include the four expected-versus-
//! happened cases; there are enough discussion prompts; every event has a linked source, no
//! source is a known copy or content farm, at least 80% of sources carry a link, and links go
//! only to original outlets, official records or named licensed partners; and the three
//! required eras exist.

use rednote_explainer::model::{parse_story, Confidence, Position, Story, DEFAULT_STORY_JSON};
use std::collections::HashSet;

/// Headlines must be shorter than this, in characters.
const HEADLINE_LIMIT: usize = 60;
/// Summaries must be shorter than this, in words.
const SUMMARY_LIMIT: usize = 45;
/// Paraphrases may have at most this many words.
const PARAPHRASE_LIMIT: usize = 60;

/// The fewest events each lane must hold.
const LANE_MINIMUMS: [(&str, usize); 6] = [
    ("law", 7),
    ("availability", 4),
    ("influx", 6),
    ("rednote-response", 4),
    ("texts", 2),
    ("afterwards", 5),
];

/// Hosts that links may point to: original outlets, official records, the two texts' own
/// publishers and, where an original's page was not found, the licensed partner that carries its
/// story (named in the source's title). A URL passes if its host is one of these or a subdomain
/// of one.
const ALLOWED_HOSTS: [&str; 59] = [
    "abs-cbn.com",
    "asiafinancial.com",
    "bssnews.net",
    "businesstimes.com.sg",
    "ca.finance.yahoo.com",
    "cbs58.com",
    "cbsnews.com",
    "channelnewsasia.com",
    "chinadigitaltimes.net",
    "chinatimes.com",
    "constitutioncenter.org",
    "ctinews.com",
    "ctpublic.org",
    "dawn.com",
    "expressandstar.com",
    "fastcompany.com",
    "federalregister.gov",
    "financialexpress.com",
    "govinfo.gov",
    "hindustantimes.com",
    "hk-link.com",
    "independent.co.uk",
    "indiatoday.in",
    "investing.com",
    "irishtimes.com",
    "krdo.com",
    "kstp.com",
    "latimes.com",
    "livemint.com",
    "mediapost.com",
    "mirrormedia.mg",
    "ndtvprofit.com",
    "prairiepublic.org",
    "pureoldies941.com",
    "rfa.org",
    "rsis.edu.sg",
    "rthk.hk",
    "salon.com",
    "semafor.com",
    "siliconrepublic.com",
    "spokesman.com",
    "straitstimes.com",
    "supremecourt.gov",
    "taipeitimes.com",
    "thehansindia.com",
    "thestar.com.my",
    "thewrap.com",
    "tomsguide.com",
    "trtworld.com",
    "tvb.com",
    "usatoday.com",
    "wam.ae",
    "wapo.st",
    "washingtonpost.com",
    "wbhm.org",
    "whitehouse.gov",
    "wired.com",
    "youfind.hk",
    "youfind.sg",
];

/// Copies of other outlets' reporting and content farms: never a source, linked or not. An outlet
/// matches, case-insensitively, if it is one of these or starts with one followed by a space (as
/// in "mmssai.com (Chinese-language technology site)").
const DENIED_OUTLETS: [&str; 28] = [
    "American Faith",
    "AsianFin",
    "Black Chronicle",
    "Burning Theta",
    "Her Campus",
    "Hypebeast",
    "mmssai.com",
    "Punch",
    "Social Discovery Insights",
    "Storyboard18",
    "The Federal Newswire",
    "The Legal Journal",
    "The Trent Online",
    "TV47",
    "WND",
    "Daily8",
    "Devdiscourse",
    "EconoTimes",
    "Indonesia Sentinel",
    "Nexus News",
    "NY Breaking",
    "News Muncher",
    "Readit",
    "TechBrunch",
    "TheColi",
    "Timeout News",
    "Unisami",
    "xmcnx.com",
];

/// The same copies and farms by host: no link may point to one of these or a subdomain of one.
const DENIED_HOSTS: [&str; 25] = [
    "americanfaith.com",
    "bardy.io",
    "blackchronicle.com",
    "daily8.com",
    "devdiscourse.com",
    "econotimes.com",
    "hercampus.com",
    "hypebeast.com",
    "indonesiasentinel.com",
    "mmssai.com",
    "newsmuncher.com",
    "nexusnews.pro",
    "nybreaking.com",
    "punchng.com",
    "readit.vip",
    "socialdiscoveryinsights.com",
    "storyboard18.com",
    "techbrunch.co",
    "thecoli.com",
    "thelegaljournal.com",
    "thetrentonline.com",
    "timeoutnews.com",
    "unisami.com",
    "wnd.com",
    "xmcnx.com",
];

/// The smallest share of all sources that must carry a link.
const MIN_LINKED_SHARE: f64 = 0.8;

fn story() -> Story {
    match parse_story(DEFAULT_STORY_JSON) {
        Ok(story) => story,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!(
                "the default story does not validate ({} problems):\n{}",
                list.len(),
                list.join("\n")
            );
        }
    }
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The host of an `https` URL, lowercased, without a port.
fn host(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.split(':').next()?.to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

fn host_allowed(host: &str) -> bool {
    ALLOWED_HOSTS
        .iter()
        .any(|allowed| host == *allowed || host.ends_with(&format!(".{allowed}")))
}

fn host_denied(host: &str) -> bool {
    DENIED_HOSTS
        .iter()
        .any(|denied| host == *denied || host.ends_with(&format!(".{denied}")))
}

fn outlet_denied(outlet: &str) -> bool {
    let outlet = outlet.trim().to_lowercase();
    DENIED_OUTLETS.iter().any(|name| {
        let name = name.to_lowercase();
        outlet == name || outlet.starts_with(&format!("{name} "))
    })
}

#[test]
fn the_default_story_validates() {
    let story = story();
    assert!(!story.events.is_empty());
}

#[test]
fn every_event_is_sourced_with_a_short_headline_and_summary() {
    for event in &story().events {
        assert!(
            !event.sources.is_empty(),
            "event {} has no source",
            event.id
        );
        let chars = event.headline.chars().count();
        assert!(
            chars < HEADLINE_LIMIT,
            "event {}: headline has {chars} characters; it must be under {HEADLINE_LIMIT}",
            event.id
        );
        let n = words(&event.summary);
        assert!(
            n < SUMMARY_LIMIT,
            "event {}: summary has {n} words; it must be under {SUMMARY_LIMIT}",
            event.id
        );
        for (i, source) in event.sources.iter().enumerate() {
            assert!(
                !source.outlet.trim().is_empty() && !source.title.trim().is_empty(),
                "event {}: source {i} needs an outlet and a title",
                event.id
            );
        }
    }
}

#[test]
fn disputed_events_say_how_sources_differ() {
    for event in &story().events {
        if event.confidence == Confidence::Disputed {
            let note = event.confidence_note.as_deref().unwrap_or("");
            assert!(
                !note.trim().is_empty(),
                "event {} is disputed but has no confidence_note",
                event.id
            );
        }
    }
}

#[test]
fn there_are_enough_events_in_all_and_per_lane() {
    let story = story();
    assert!(
        story.events.len() >= 28,
        "{} events; at least 28 are needed",
        story.events.len()
    );
    for (lane, minimum) in LANE_MINIMUMS {
        assert!(
            story.lanes.iter().any(|l| l.id == lane),
            "lane {lane} is missing"
        );
        let count = story.events.iter().filter(|e| e.lane == lane).count();
        assert!(
            count >= minimum,
            "lane {lane} has {count} events; at least {minimum} are needed"
        );
    }
}

#[test]
fn every_lane_has_events() {
    let story = story();
    for lane in &story.lanes {
        assert!(
            story.events.iter().any(|e| e.lane == lane.id),
            "lane {} has no events",
            lane.id
        );
        assert!(
            !lane.description.trim().is_empty(),
            "lane {} has no description",
            lane.id
        );
    }
}

#[test]
fn every_topic_reads_both_texts() {
    let story = story();
    let text_ids: Vec<&str> = story.texts.iter().map(|t| t.id.as_str()).collect();
    assert!(
        text_ids.contains(&"a") && text_ids.contains(&"b"),
        "texts a and b are required, found {text_ids:?}"
    );
    assert!(
        story.topics.len() >= 7,
        "{} topics; the brief has seven",
        story.topics.len()
    );
    for topic in &story.topics {
        for text in &text_ids {
            let reading = topic
                .readings
                .iter()
                .find(|r| r.text == *text)
                .unwrap_or_else(|| panic!("topic {} has no reading for text {text}", topic.id));
            let n = words(&reading.paraphrase);
            assert!(
                n > 0 && n <= PARAPHRASE_LIMIT,
                "topic {}, text {text}: paraphrase has {n} words (1 to {PARAPHRASE_LIMIT} allowed)",
                topic.id
            );
            let quotes = reading.quotes.len();
            if reading.position == Position::NotAddressed {
                assert!(
                    quotes <= 3,
                    "topic {}, text {text}: {quotes} quotes; at most 3",
                    topic.id
                );
            } else {
                assert!(
                    (1..=3).contains(&quotes),
                    "topic {}, text {text}: {quotes} quotes; 1 to 3 are needed",
                    topic.id
                );
            }
        }
    }
}

#[test]
fn every_mention_names_a_known_text() {
    let story = story();
    let text_ids: HashSet<&str> = story.texts.iter().map(|t| t.id.as_str()).collect();
    for event in &story.events {
        for mention in &event.mentions {
            assert!(
                text_ids.contains(mention.text.as_str()),
                "event {}: mention of unknown text {:?}",
                event.id,
                mention.text
            );
            assert!(
                !mention.quote.trim().is_empty(),
                "event {}: a mention has no quote",
                event.id
            );
        }
    }
}

#[test]
fn the_four_expected_versus_happened_cases_exist() {
    let story = story();
    let mut count = 0;
    for event in &story.events {
        for mention in &event.mentions {
            if let Some(expected) = &mention.expected {
                count += 1;
                assert!(
                    expected.starts_with("At the time of writing"),
                    "event {}: \"expected\" should start \"At the time of writing\"",
                    event.id
                );
                let happened = mention.happened.as_deref().unwrap_or_else(|| {
                    panic!("event {}: \"expected\" without \"happened\"", event.id)
                });
                assert!(
                    happened.starts_with("In the event"),
                    "event {}: \"happened\" should start \"In the event\"",
                    event.id
                );
            }
        }
    }
    assert!(
        count >= 4,
        "{count} expected-versus-happened mentions; the brief has four"
    );
}

#[test]
fn there_are_enough_discussion_prompts() {
    let story = story();
    assert!(
        story.questions.len() >= 6,
        "{} questions; at least 6 are needed",
        story.questions.len()
    );
    for question in &story.questions {
        assert!(
            !question.prompt.trim().is_empty(),
            "question {} has no prompt",
            question.id
        );
    }
}

#[test]
fn every_link_goes_to_an_allowed_host() {
    let story = story();
    let mut links: Vec<(String, &str)> = Vec::new();
    for event in &story.events {
        for source in &event.sources {
            if let Some(url) = &source.url {
                links.push((format!("event {}", event.id), url));
            }
        }
    }
    for text in &story.texts {
        if let Some(url) = &text.url {
            links.push((format!("text {}", text.id), url));
        }
    }
    for (owner, url) in links {
        let host = host(url).unwrap_or_else(|| panic!("{owner}: {url} is not an https link"));
        assert!(
            host_allowed(&host),
            "{owner}: host {host} of {url} is not in the allow-list of original outlets"
        );
    }
}

#[test]
fn the_three_eras_exist_with_the_deadline_week_first() {
    let story = story();
    for id in ["deadline-week", "outage", "paused-enforcement"] {
        assert!(story.eras.iter().any(|e| e.id == id), "era {id} is missing");
    }
    assert_eq!(
        story.eras.first().map(|e| e.id.as_str()),
        Some("deadline-week"),
        "the deadline week must be the first era"
    );
}

#[test]
fn the_host_check_is_strict() {
    assert!(host_allowed("www.latimes.com"));
    assert!(host_allowed("rsis.edu.sg"));
    assert!(!host_allowed("notlatimes.com"));
    assert!(!host_allowed("latimes.com.example.org"));
    assert_eq!(
        host("https://News.bgov.com:443/x?y").as_deref(),
        Some("news.bgov.com")
    );
    assert_eq!(host("http://latimes.com"), None);
}

#[test]
fn every_event_has_a_linked_source() {
    for event in &story().events {
        assert!(
            event
                .sources
                .iter()
                .any(|s| s.url.as_deref().and_then(host).is_some()),
            "event {} has no source with an https link",
            event.id
        );
    }
}

#[test]
fn no_source_is_a_known_copy_or_content_farm() {
    for event in &story().events {
        for source in &event.sources {
            assert!(
                !outlet_denied(&source.outlet),
                "event {}: {} is a known copy or content farm",
                event.id,
                source.outlet
            );
            if let Some(h) = source.url.as_deref().and_then(host) {
                assert!(
                    !host_denied(&h),
                    "event {}: {h} is a known copy or content farm",
                    event.id
                );
            }
        }
    }
}

#[test]
fn most_sources_carry_a_link() {
    let story = story();
    let sources: Vec<_> = story.events.iter().flat_map(|e| &e.sources).collect();
    let linked = sources.iter().filter(|s| s.url.is_some()).count();
    let share = linked as f64 / sources.len() as f64;
    assert!(
        share >= MIN_LINKED_SHARE,
        "{linked} of {} sources have a link ({:.0}%); at least {:.0}% must",
        sources.len(),
        share * 100.0,
        MIN_LINKED_SHARE * 100.0
    );
}

#[test]
fn the_copy_and_farm_checks_match_as_meant() {
    assert!(outlet_denied("Her Campus"));
    assert!(outlet_denied("  her campus "));
    assert!(outlet_denied(
        "mmssai.com (Chinese-language technology site)"
    ));
    assert!(outlet_denied("WND"));
    assert!(!outlet_denied("Punchbowl News"));
    assert!(!outlet_denied("The Washington Post"));
    assert!(host_denied("www.hercampus.com"));
    assert!(host_denied("punchng.com"));
    assert!(!host_denied("notwnd.com"));
    assert!(!host_denied("rfa.org"));
}
