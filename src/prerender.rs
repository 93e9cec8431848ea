//! The page written at build time (native code): the app's own components rendered to HTML
//! with Leptos's server renderer, for the story compiled into the app, so that the story is
//! on the page before any script runs.

use crate::context::AppContext;
use crate::model::{self, Story};
use crate::shell::page::page;
use crate::url_state::UrlState;
use leptos::prelude::*;

/// The HTML of the page's body for `story` at the view state `url`.
pub fn body_html(story: &'static Story, url: UrlState) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let app = AppContext::new(story, RwSignal::new(url), true);
        provide_context(app);
        page(app, Vec::new()).to_html()
    })
}

/// [`body_html`] for the built-in story.
pub fn default_body_html(url: UrlState) -> String {
    let story = model::decode_default().expect("the built-in story decodes");
    body_html(Box::leak(Box::new(story)), url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_view_renders_with_its_events() {
        let html = default_body_html(UrlState::default());
        assert!(html.contains("site-header"), "{html}");
        assert!(html.contains("tl-mark"), "no markers in {html}");
    }
}
