//! What the release build loads after the first view (feature `split`): the code of split
//! functions, in wasm chunks of their own (the mechanism behind Leptos's `#[lazy]`, see
//! `shell::views` and `handout`), and the style sheet of the views that come in chunks.
//! Every other build compiles them in, and nothing here waits.

#[cfg(feature = "split")]
use leptos::prelude::document;

/// A chunk could not be fetched (offline, say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// The output of a future that is ready at its first poll, or `None`. A split function's call
/// is such a future once its chunk has loaded: it only checks that the chunk is there, then
/// calls the code. For the browser's own Print command, whose `beforeprint` event cannot wait.
pub fn ready_now<T>(future: impl std::future::Future<Output = T>) -> Option<T> {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

#[cfg(feature = "split")]
thread_local! {
    /// The loading of the views' style sheet, once started.
    static VIEWS_STYLE: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// Starts loading the style sheet of the compare and present views, once, and returns its
/// loading, which fails if the sheet cannot be fetched.
///
/// Their rules are a third of the CSS and the first view needs none of them, so the post-build
/// hook keeps them out of the page's sheet and names their own sheet in
/// `<meta name="views-css">`, and the release build's page carries them in a template before
/// the comparison; without either (no such sheet) this resolves at once.
#[cfg(feature = "split")]
pub fn views_style() -> js_sys::Promise {
    VIEWS_STYLE.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(add_views_style)
            .clone()
    })
}

/// After a failed load: removes the sheet's `<link>`, so that the next [`views_style`] tries
/// again.
#[cfg(feature = "split")]
pub fn forget_views_style() {
    VIEWS_STYLE.with(|cell| cell.borrow_mut().take());
    if let Ok(Some(link)) = document().query_selector("link[data-views-css]") {
        link.remove();
    }
}

#[cfg(feature = "split")]
fn add_views_style() -> js_sys::Promise {
    let done = || js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
    let document = document();
    // The sheet is in the page already: put there by the written page's script, for a link to
    // one of these views, or linked before.
    if let Ok(Some(_)) = document.query_selector("[data-views-css]") {
        return done();
    }
    // The written page carries it, inert, in a template (`prerender::inline_style_sheets`):
    // no request to wait for.
    if let Some(template) = document
        .get_element_by_id("views-style")
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTemplateElement>(t).ok())
    {
        if let (Some(head), Ok(sheet)) = (
            document.head(),
            template.content().clone_node_with_deep(true),
        ) {
            let _ = head.append_child(&sheet);
            return done();
        }
    }
    let Ok(Some(meta)) = document.query_selector("meta[name=views-css]") else {
        return done();
    };
    let (Some(href), Some(head), Ok(link)) = (
        meta.get_attribute("content"),
        meta.parent_node(),
        document.create_element("link"),
    ) else {
        return done();
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("data-views-css", "");
    if let Some(integrity) = meta.get_attribute("data-integrity") {
        let _ = link.set_attribute("integrity", &integrity);
    }
    let loading = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = link.add_event_listener_with_callback("load", &resolve);
        let _ = link.add_event_listener_with_callback("error", &reject);
    });
    let _ = head.append_child(&link);
    loading
}
