//! The printable handout: printing any view gives one clean, linear document with every event
//! in order (dates, summaries, confidence, sources), every topic with both readings and their
//! quotes, the discussion questions and the method. It is built on first need (a print, the
//! "Print handout" button, or print media) into `#handout`, which only print styles show. In
//! the release build its code is a chunk of its own, fetched after the first view.

use crate::app::{split, AppContext};
use crate::dom::{el, replace_children, Node};
use crate::model::{Story, StoryIndex};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The element the handout is built into (present in every view, shown only in print).
pub const HOST_ID: &str = "handout";

/// The handout's content. Its code is loaded after the first view (see [`split::handout_now`]).
pub fn build(story: &Story, index: &StoryIndex, address: &str) -> Vec<Node> {
    let events: Vec<Node> = index
        .order
        .iter()
        .map(|placed| {
            let e = &story.events[placed.event];
            let mut li = el("li")
                .class("handout__event")
                .child(el("p").class("handout__date").text(&e.display_date()))
                .child(el("h3").text(&e.headline))
                .child(el("p").text(&e.summary));
            if let Some(t) = e.dual_time() {
                li = li.child(el("p").text(&format!("{} · {}", t.eastern, t.beijing)));
            }
            li = li.child(
                el("p")
                    .child(el("strong").text(e.confidence.label()))
                    .text(&format!(": {}", e.confidence_text())),
            );
            let sources: Vec<Node> = e
                .sources
                .iter()
                .map(|s| {
                    let mut li = el("li").text(&format!(
                        "{}, \u{201c}{}\u{201d}, {}",
                        s.outlet,
                        s.title,
                        s.date.long()
                    ));
                    if let Some(url) = &s.url {
                        li = li
                            .text(" ")
                            .child(el("span").class("handout__url").text(url));
                    }
                    li
                })
                .collect();
            li = li.child(el("ul").class("handout__sources").children(sources));
            for m in &e.mentions {
                let label = story.text_label(&m.text);
                li = li.child(
                    el("blockquote")
                        .child(el("p").text(&format!("\u{201c}{}\u{201d} ({label})", m.quote))),
                );
                if let (Some(x), Some(h)) = (&m.expected, &m.happened) {
                    li = li.child(el("p").text(&format!("{x} {h}")));
                }
            }
            li
        })
        .collect();
    let topics: Vec<Node> = story
        .topics
        .iter()
        .map(|t| {
            let mut section = el("section")
                .class("handout__topic")
                .child(el("h3").text(&t.question))
                .child(el("p").text(&format!(
                    "From \u{201c}{}\u{201d} to \u{201c}{}\u{201d}.",
                    t.spectrum.left, t.spectrum.right
                )));
            for text in &story.texts {
                let Some(r) = t.readings.iter().find(|r| r.text == text.id) else {
                    continue;
                };
                let position = r.position.label(&t.spectrum.left, &t.spectrum.right);
                section = section
                    .child(el("h4").text(&format!("{} \u{2014} {position}", text.label)))
                    .child(el("p").text(&r.paraphrase));
                for q in &r.quotes {
                    section = section.child(
                        el("blockquote").child(el("p").text(&format!("\u{201c}{q}\u{201d}"))),
                    );
                }
            }
            section
                .child(
                    el("p")
                        .child(el("strong").text("Common ground: "))
                        .text(&t.common_ground),
                )
                .child(
                    el("p")
                        .child(el("strong").text("Key difference: "))
                        .text(&t.key_difference),
                )
        })
        .collect();
    let texts: Vec<Node> = story
        .texts
        .iter()
        .map(|t| {
            let by = if t.authors.is_empty() {
                "unsigned".to_string()
            } else {
                t.authors.join(" and ")
            };
            el("li").text(&format!(
                "{}: \u{201c}{}\u{201d}, {by}, {}, {}.",
                t.label,
                t.title,
                t.outlet,
                t.display_date()
            ))
        })
        .collect();
    vec![
        el("h1").text(&story.meta.title),
        el("p").text(&story.meta.subtitle),
        // Paper cannot link: the address brings a reader back to the interactive version.
        el("p")
            .class("handout__address")
            .text("Interactive version: ")
            .child(el("span").class("handout__url").text(address)),
        el("p").class("handout__zone").text(&format!(
            "Dates are in {}.",
            story.meta.time_zone.long_name()
        )),
        el("h2").text("Timeline"),
        el("ol").class("handout__events").children(events),
        el("h2").text("The two texts"),
        el("ul").children(texts),
        el("h2").text("How the texts compare"),
        el("div").children(topics),
        el("h2").text("Questions for discussion"),
        el("ol").children(
            story
                .questions
                .iter()
                .map(|q| el("li").text(&q.prompt))
                .collect(),
        ),
        el("h2").text("How we read the texts"),
        el("div").children(story.method.iter().map(|p| el("p").text(p)).collect()),
        el("p").text(&story.meta.credits),
    ]
}

/// Builds the handout into `#handout` unless it is already there, if its code is at hand (see
/// [`split::handout_now`]); says whether the handout is there.
fn build_now(app: AppContext) -> bool {
    let Some(host) = document().get_element_by_id(HOST_ID) else {
        return false;
    };
    if host.child_element_count() > 0 {
        return true;
    }
    let address = crate::app::browser::public_address();
    let nodes = app
        .story
        .with_value(|s| app.index.with_value(|i| split::handout_now(s, i, &address)));
    match nodes {
        Some(nodes) => {
            replace_children(&host, nodes);
            true
        }
        None => false,
    }
}

/// Builds the handout into `#handout` unless it is already there: at once if its code is at
/// hand, else once it has arrived.
pub fn ensure(app: AppContext) {
    if !build_now(app) {
        leptos::task::spawn_local(async move {
            if split::load_handout().await {
                build_now(app);
            }
        });
    }
}

/// Builds the handout and opens the browser's print dialog. Should the handout's code not
/// arrive (offline), the page prints as it is (see print.css). Embedded, the handout is taken
/// down again once the dialog closes, so that printing the article later prints the frame as
/// it is.
pub fn print(app: AppContext) {
    let print_now = move || {
        let _ = window().print();
        if crate::app::browser::is_embedded() {
            if let Some(host) = document().get_element_by_id(HOST_ID) {
                replace_children(&host, Vec::new());
            }
        }
    };
    if build_now(app) {
        print_now();
    } else {
        leptos::task::spawn_local(async move {
            if split::load_handout().await {
                build_now(app);
            }
            print_now();
        });
    }
}

/// In the release build, fetches the handout's code (called once the first view is shown), so
/// that it is at hand when the reader prints: the browser's Print command does not wait. Not
/// embedded: an article printed with an embed prints the frame as it is (a handout would be
/// cut to the frame's size), so most embeds never need the code; the presentation's "Print
/// handout" button still fetches it.
pub fn after_first_view() {
    if crate::app::browser::is_embedded() {
        return;
    }
    leptos::task::spawn_local(async {
        split::load_handout().await;
    });
}

/// Builds the handout whenever printing starts or print media applies, in any view. Not
/// embedded: a news article printed with the explainer in it prints the frame as it is.
pub fn use_handout(app: AppContext) {
    if crate::app::browser::is_embedded() {
        return;
    }
    let on_print = Closure::<dyn FnMut()>::new(move || ensure(app));
    let _ =
        window().add_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
    let media = window().match_media("print").ok().flatten();
    if let Some(media) = &media {
        if media.matches() {
            ensure(app);
        }
        let _ = media.add_event_listener_with_callback("change", on_print.as_ref().unchecked_ref());
    }
    let held = SendWrapper::new((on_print, media));
    on_cleanup(move || {
        let (on_print, media) = &*held;
        let _ = window()
            .remove_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
        if let Some(media) = media {
            let _ = media
                .remove_event_listener_with_callback("change", on_print.as_ref().unchecked_ref());
        }
    });
}
