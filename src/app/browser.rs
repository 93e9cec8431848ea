//! Thin wrappers over the browser APIs the shell needs: the address bar, the history, and
//! attributes on `<html>` that hosts, tests and CSS read.

use leptos::prelude::{document, window};
use wasm_bindgen::JsValue;
pub use web_sys::ScrollLogicalPosition as Align;

/// The page's query string, with its leading `?` (or empty).
pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's origin, such as `https://news.example`.
pub fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// Whether a history entry is added (a new place to go back to) or the current one replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// Adds an entry: the back button returns to the previous state.
    Push,
    /// Replaces the entry: for changes that should not fill the history.
    Replace,
}

/// Writes `query` into the address bar without reloading, keeping the path and any hash.
pub fn set_query(query: &str, mode: HistoryMode) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if location.search().unwrap_or_default() == query {
        return;
    }
    let url = format!("{path}{query}{hash}");
    if let Ok(history) = window().history() {
        let result = match mode {
            HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
            HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        };
        if let Err(err) = result {
            leptos::logging::warn!("could not update the address: {err:?}");
        }
    }
}

/// Reloads the page (its address, with the view state, stays).
pub fn reload() {
    let _ = window().location().reload();
}

/// Sets (or with `None`, removes) an attribute on the `<html>` element.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = document().document_element() {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

/// Marks the page as rendered and interactive: `<html data-ready="true">`. Embedding hosts and
/// the tests wait for it.
pub fn set_ready() {
    set_root_attribute("data-ready", Some("true"));
}

/// Scrolls the page so that `el` is in view, placed at `block` vertically (`Nearest` scrolls
/// only if it is not in view already). Instant, never animated.
pub fn reveal(el: &web_sys::Element, block: Align) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_inline(Align::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// [`reveal`] for the element with `id`, if there is one.
pub fn reveal_id(id: &str, block: Align) {
    if let Some(el) = document().get_element_by_id(id) {
        reveal(&el, block);
    }
}

/// Moves the focus to `<main>` (without scrolling) if it has fallen back to `<body>`, as it does
/// when the focused element is removed from the page.
pub fn focus_main_if_lost() {
    use wasm_bindgen::JsCast;
    let doc = document();
    let lost = match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    };
    if let (true, Some(main)) = (lost, doc.get_element_by_id("main")) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main
            .unchecked_into::<web_sys::HtmlElement>()
            .focus_with_options(&options);
    }
}
