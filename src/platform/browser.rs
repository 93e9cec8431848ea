//! Thin wrappers over the browser APIs the views need: the address bar, the history,
//! attributes on `<html>` that hosts, tests and CSS read, scrolling and the focus.

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

/// Whether the page is in embed mode (`embed=1` in the address, which never changes while the
/// page is open).
fn is_embedded() -> bool {
    document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-embed"))
        || crate::url_state::UrlState::parse(&query()).0.embed
}

/// Scrolls the element with `id` to the top of the screen if it starts in the lower quarter of
/// it or below: for a panel that opens under what the reader chose (`chosen`; `None` when the
/// page opens on it), which on wide layouts it sits beside instead.
pub fn reveal_if_low(id: &str, chosen: Option<&web_sys::Element>) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    // Embedded, the frame is as tall as its content, so its own window says nothing about what
    // the reader sees. Only after a choice, and only for a panel under the chosen element:
    // scroll as little as needed, which the browser carries over to the host page. An embed
    // never scrolls its article by itself, nor for a panel beside what was chosen.
    if is_embedded() {
        let under = chosen.is_some_and(|chosen| {
            chosen.is_connected()
                && el.get_bounding_client_rect().top() >= chosen.get_bounding_client_rect().bottom()
        });
        if under {
            reveal(&el, Align::Nearest);
        }
        return;
    }
    let low = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .is_some_and(|h| el.get_bounding_client_rect().top() > h * 0.75);
    if low {
        reveal(&el, Align::Start);
    }
}

/// Where the focus goes when it has fallen back to `<body>` (the focused element was removed
/// with the view or the notice that held it), in order of preference: what the new view shows
/// as chosen (the selected event, the chosen topic's tab), else `<main>`.
const FOCUS_FALLBACKS: [&str; 3] = [
    r#".tl-mark[aria-current="true"]"#,
    r#"[role="tab"][aria-selected="true"]"#,
    "#main",
];

/// Moves the focus from `<body>`, where it falls when the focused element is removed, to the
/// first of [`FOCUS_FALLBACKS`] in the page, and brings that on screen if it is not.
pub fn refocus_if_lost() {
    let _ = refocus(true);
}

/// After a link changed the view: [`refocus_if_lost`], then, for a view whose code arrives
/// later (a split chunk), the better target once it is in the page, for up to a second of
/// frames, unless the reader has moved the focus meanwhile.
pub fn refocus_after_view_change() {
    fn frame(left: u32) {
        if refocus(false) && left > 0 {
            leptos::prelude::request_animation_frame(move || frame(left - 1));
        }
    }
    frame(60);
}

/// Applies [`FOCUS_FALLBACKS`] if the focus is on `<body>` (or, unless `body_only`, on the
/// `<main>` a previous call gave it). Returns whether it is worth trying again: the focus is
/// still only on `<main>`.
fn refocus(body_only: bool) -> bool {
    use wasm_bindgen::JsCast;
    let doc = document();
    let active = doc.active_element();
    let on_body = match (&active, doc.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => *active == *body.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    };
    let on_main = active.as_ref().is_some_and(|a| a.id() == "main");
    if !(on_body || (on_main && !body_only)) {
        return false;
    }
    let target = FOCUS_FALLBACKS
        .iter()
        .find_map(|selector| doc.query_selector(selector).ok().flatten());
    let Some(target) = target else {
        return true;
    };
    let is_main = target.id() == "main";
    if is_main && on_main {
        return true;
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = target
        .unchecked_ref::<web_sys::HtmlElement>()
        .focus_with_options(&options);
    if !is_main {
        reveal(&target, Align::Nearest);
    }
    is_main
}

/// The explainer's address to hand on (the presentation's QR code, the printed handout): this
/// page without its view state, keeping only what changes the content (another story file).
pub fn public_address() -> String {
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let (state, _) = crate::url_state::UrlState::parse(&query());
    match state.data {
        Some(data) => format!(
            "{base}?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("data", &data)
                .finish()
        ),
        None => base,
    }
}

/// For a click delegated from a host to story content: the value of attribute `name` on the
/// nearest element, from the event's target up, that has it. The attribute names are constants
/// of `content`, where the content that carries them is built.
pub fn closest_data(ev: &web_sys::Event, name: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let found = target.closest(&format!("[{name}]")).ok()??;
    found.get_attribute(name)
}
