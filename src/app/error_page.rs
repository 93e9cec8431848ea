//! The page shown when a story cannot be loaded: what went wrong and every problem found.

use super::browser;
use super::loader::LoadError;
use crate::dom::{el, render_into, Node};
use leptos::html;
use leptos::prelude::*;

/// The error page's content: the summary, every problem as text with its path, and a way back.
fn build(error: &LoadError) -> Vec<Node> {
    let problems = match error {
        LoadError::Invalid { problems, .. } => problems.as_slice(),
        _ => &[],
    };
    let items: Vec<Node> = problems
        .iter()
        .map(|p| {
            el("li")
                .child(el("code").class("error-page__path").text(&p.path))
                .text(" ")
                .child(el("span").text(&p.message))
        })
        .collect();
    let mut out = vec![
        el("h1").text("This story could not be shown"),
        el("p")
            .class("error-page__summary")
            .attr("role", "alert")
            .attr("data-testid", "error-summary")
            .text(&error.to_string()),
    ];
    if !problems.is_empty() {
        out.push(
            el("p").text("Each problem is listed with where it is in the file (as a JSON path):"),
        );
    }
    out.push(
        el("ol")
            .class("error-page__problems")
            .attr("data-testid", "problems")
            .children(items),
    );
    out.push(
        el("p").child(
            el("a")
                .attr("href", "?")
                .text("Show the built-in story instead"),
        ),
    );
    out
}

/// Lists why the story could not be shown, with a way back to the built-in story.
#[component]
pub fn ErrorPage(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let host = NodeRef::<html::Main>::new();
    render_into(host, move || build(&error));
    crate::dom::effect(move || {
        browser::set_root_attribute("data-state", Some("error"));
        browser::set_ready();
    });
    view! { <main class="error-page" id="main" node_ref=host></main> }
}
