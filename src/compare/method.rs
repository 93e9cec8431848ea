//! How the readings were made, and the questions for discussion.

use crate::dom::{el, Node};
use crate::model::{QuestionKind, Story};

/// The method note and the discussion questions, as a section with the id `method`.
pub fn method(story: &Story) -> Node {
    let paragraphs = story.method.iter().map(|p| el("p").text(p)).collect();
    let questions = story
        .questions
        .iter()
        .map(|q| {
            let kind = match q.kind {
                QuestionKind::Notice => "Notice",
                QuestionKind::Wonder => "Wonder",
                QuestionKind::Texts => "The texts",
            };
            el("li")
                .child(
                    el("span")
                        .class("cmp-question__kind")
                        .text(&format!("{kind}: ")),
                )
                .text(&q.prompt)
        })
        .collect();
    el("section")
        .class("cmp-method")
        .attr("id", "method")
        .attr("tabindex", "-1")
        .attr("aria-labelledby", "method-heading")
        .child(
            el("h2")
                .attr("id", "method-heading")
                .text("How we read the texts"),
        )
        .children(paragraphs)
        .child(
            el("h2")
                .attr("id", "questions-heading")
                .text("Questions for discussion"),
        )
        .child(
            el("ol")
                .class("cmp-questions")
                .attr("data-testid", "questions")
                .children(questions),
        )
}
