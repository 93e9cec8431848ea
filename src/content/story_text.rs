//! The story's events as a document: every event's details, month by month, as the page
//! written at build time carries them after the first view (see `prerender`). Without scripts
//! it is how the page reads every event; with them, it is hidden, and the details of an event
//! that the address links to are taken from it until the app takes over.

use super::details::event_details;
use super::list::months;
use crate::i18n::{fill, later, t};
use crate::markup::{el, Node};
use crate::model::{Story, StoryIndex};

/// The id of the document's section.
pub const SECTION_ID: &str = "story-events";

/// The id of an event's entry in the document: an in-page link to it is `#event-<id>`.
pub fn entry_id(event_id: &str) -> String {
    format!("event-{event_id}")
}

/// Every event's details, month by month, each under its month's heading.
pub fn events_document(
    story: &Story,
    index: &StoryIndex,
    topic_href: &dyn Fn(&str) -> String,
) -> Node {
    let all = vec![true; story.lanes.len()];
    let heading_id = "story-events-heading";
    let events_heading = fill(
        t().story_events_heading,
        &[("count", &story.events.len().to_string())],
    );
    // What the page holds below, as in-page links (the views' own navigation needs scripts).
    let contents = el("nav")
        .class("story-events__contents")
        .attr("aria-label", t().contents_label)
        .child(
            el("ul").children(
                [
                    (SECTION_ID, events_heading.as_str()),
                    ("view-compare", t().view_compare),
                    ("method", later().method_heading),
                    ("questions-heading", later().questions_heading),
                ]
                .into_iter()
                .map(|(id, text)| {
                    el("li").child(el("a").attr("href", &format!("#{id}")).text(text))
                }),
            ),
        );
    el("section")
        .class("story-events")
        .attr("id", SECTION_ID)
        .attr("aria-labelledby", heading_id)
        .child(contents)
        .child(
            el("h2")
                .attr("id", heading_id)
                .class("view-heading")
                .text(&events_heading),
        )
        .children(months(index, &all).into_iter().map(|(month, positions)| {
            el("section")
                .class("story-events__month")
                .child(el("h3").class("event-list__heading").text(&month))
                .children(positions.into_iter().map(|pos| {
                    let event = index.order[pos].event;
                    let id = &story.events[event].id;
                    el("div")
                        .class("story-events__entry")
                        .attr("id", &entry_id(id))
                        .child(event_details(
                            story,
                            event,
                            "h4",
                            &format!("story-headline-{id}"),
                            topic_href,
                        ))
                }))
        }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decode_default;

    #[test]
    fn every_event_has_an_entry_with_its_headline() {
        let story = decode_default().expect("the built-in story");
        let index = StoryIndex::new(&story);
        let html = events_document(&story, &index, &|id| format!("?topic={id}")).to_html();
        for e in &story.events {
            assert!(html.contains(&format!("id=\"event-{}\"", e.id)), "{}", e.id);
        }
        assert_eq!(
            html.matches("class=\"details\"").count(),
            story.events.len()
        );
    }
}
