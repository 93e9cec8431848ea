//! The short handout: at most two printed pages (A4 or US Letter) that a teacher can copy for a
//! class. The title and the address with its QR code; the key events (those the presentation
//! shows, [`key_events`]) as a compact timeline; every topic as a matrix of where both texts
//! stand; the discussion questions; and one line on how events are sourced. The full handout
//! ([`super::handout`]) has everything else.

use super::step::qr_figure;
use crate::i18n::{event_date, fill, later, position_label, zone_long_name};
use crate::markup::{el, span, Node};
use crate::model::presentation::key_events;
use crate::model::{Position, Story, StoryIndex};

/// A position on the five-step spectrum drawn in type, as a printer prints it in any colour:
/// "○○○●○" (the words beside it say the same).
fn scale_glyphs(position: Position) -> String {
    match position.index() {
        Some(i) => (0..5).map(|j| if j == i { '●' } else { '○' }).collect(),
        None => "–".to_string(),
    }
}

/// The short handout, with the explainer's `address`.
pub fn build_short(story: &Story, index: &StoryIndex, address: &str) -> Vec<Node> {
    let events = key_events(story, index).into_iter().map(|pos| {
        let placed = index.order[pos];
        let e = &story.events[placed.event];
        let lane = story.lane_label(placed.lane);
        el("li")
            .class(&format!("handout__key lane-{}", placed.lane % 8))
            .child(el("span").class("handout__date").text(&event_date(e)))
            .child(span("shape", "").attr("aria-hidden", "true"))
            .child(
                el("span")
                    .child(el("strong").text(&e.headline))
                    .text(&format!(" ({lane})")),
            )
    });
    let texts = story
        .texts
        .iter()
        .map(|x| super::handout::text_line(story, x));
    let head = el("tr")
        .child(
            el("th")
                .attr("scope", "col")
                .text(later().overview_question),
        )
        .children(
            story
                .texts
                .iter()
                .map(|text| el("th").attr("scope", "col").text(&text.label)),
        );
    let rows = story.topics.iter().map(|topic| {
        let (left, right) = (&topic.spectrum.left, &topic.spectrum.right);
        let question = el("th")
            .attr("scope", "row")
            .child(el("strong").text(&topic.question))
            .child(el("span").class("handout__ends").text(&fill(
                later().handout_spectrum,
                &[("left", left), ("right", right)],
            )));
        el("tr")
            .child(question)
            .children(story.texts.iter().map(|text| {
                let position = topic
                    .readings
                    .iter()
                    .find(|r| r.text == text.id)
                    .map_or(Position::NotAddressed, |r| r.position);
                el("td")
                    .child(
                        span("handout__scale", &scale_glyphs(position)).attr("aria-hidden", "true"),
                    )
                    .text(&position_label(position, left, right))
            }))
    });
    vec![
        el("header")
            .class("handout__head")
            .child(
                el("div")
                    .child(el("h1").text(&story.meta.title))
                    .child(el("p").text(&story.meta.subtitle))
                    .child(
                        el("p")
                            .class("handout__address")
                            .text(later().handout_address)
                            .child(el("span").class("handout__url").text(address)),
                    ),
            )
            .child(qr_figure(address, "handout__qr")),
        el("h2").text(later().handout_key_events),
        el("p").class("handout__zone").text(&fill(
            later().handout_zone,
            &[("zone", zone_long_name(story.meta.time_zone))],
        )),
        el("ol").class("handout__keys").children(events),
        el("h2").text(later().handout_texts),
        el("ul").class("handout__texts").children(texts),
        el("h2").text(later().handout_matrix),
        el("table")
            .class("handout__matrix")
            .child(el("thead").child(head))
            .child(el("tbody").children(rows)),
        el("h2").text(later().questions_heading),
        el("ol")
            .class("handout__questions")
            .children(story.questions.iter().map(|q| el("li").text(&q.prompt))),
        el("p")
            .class("handout__sourcing")
            .text(later().handout_sourcing),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::to_html;
    use crate::model::{parse_story, DEFAULT_STORY_JSON};

    #[test]
    fn the_short_handout_has_every_question_and_only_the_key_events() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        let index = StoryIndex::new(&story);
        let nodes = build_short(&story, &index, "https://example.org/");
        let text: String = nodes.iter().map(Node::text_content).collect();
        for topic in &story.topics {
            assert!(text.contains(&topic.question), "{}", topic.id);
        }
        for q in &story.questions {
            assert!(text.contains(&q.prompt), "{}", q.id);
        }
        let html = to_html(&nodes);
        assert_eq!(
            html.matches("<li class=\"handout__key").count(),
            key_events(&story, &index).len()
        );
        assert!(html.contains("data-testid=\"qr\""));
        assert!(text.contains("https://example.org/"));
        // No quotes or sources: those are the full handout's.
        assert!(!html.contains("<blockquote"));
    }

    #[test]
    fn positions_read_in_type_too() {
        assert_eq!(scale_glyphs(Position::LeansRight), "○○○●○");
        assert_eq!(scale_glyphs(Position::Left), "●○○○○");
        assert_eq!(scale_glyphs(Position::NotAddressed), "–");
    }
}
