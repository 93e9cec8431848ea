//! How the readings were made, and the questions for discussion.

use crate::i18n::{later, t};
use crate::markup::{el, Node};
use crate::model::{QuestionKind, Story};

/// The method note and the discussion questions, as a section with the id `method`.
pub fn method(story: &Story) -> Node {
    let paragraphs = story.method.iter().map(|p| el("p").text(p));
    let questions = story.questions.iter().map(|q| {
        let kind = match q.kind {
            QuestionKind::Notice => later().question_notice,
            QuestionKind::Wonder => later().question_wonder,
            QuestionKind::Texts => later().question_texts,
        };
        el("li")
            .child(
                el("span")
                    .class("cmp-question__kind")
                    .text(&format!("{kind}{}", t().colon)),
            )
            .text(&q.prompt)
    });
    el("section")
        .class("cmp-method")
        .attr("id", "method")
        .attr("tabindex", "-1")
        .attr("aria-labelledby", "method-heading")
        .child(
            el("h2")
                .attr("id", "method-heading")
                .text(later().method_heading),
        )
        .children(paragraphs)
        .child(
            el("h2")
                .attr("id", "questions-heading")
                .text(later().questions_heading),
        )
        .child(
            el("ol")
                .class("cmp-questions")
                .attr("data-testid", "questions")
                .children(questions),
        )
}
