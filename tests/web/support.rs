//! Mounting helpers shared by the component tests.

use leptos::mount::mount_to;
use leptos::prelude::*;
use rednote_explainer::context::AppContext;
use rednote_explainer::shell::loader;
use rednote_explainer::url_state::UrlState;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A fresh container appended to `<body>`.
pub fn container() -> HtmlElement {
    let doc = document();
    let el = doc.create_element("div").expect("div");
    doc.body().expect("body").append_child(&el).expect("append");
    el.unchecked_into()
}

/// Mounts `view` with the default story in context and `url` as the view state. Keep the
/// returned handle alive for the test: dropping it unmounts.
pub fn mount_with_story<V: IntoView + 'static>(
    url: UrlState,
    view: impl FnOnce() -> V + 'static,
) -> (HtmlElement, impl Drop, AppContext) {
    let el = container();
    let story = loader::embedded().expect("the default story is valid");
    let (tx, rx) = std::sync::mpsc::channel();
    let handle = mount_to(el.clone(), move || {
        let ctx = AppContext::new(story, RwSignal::new(url), false);
        provide_context(ctx);
        tx.send(ctx).expect("send context");
        view()
    });
    let ctx = rx.recv().expect("context");
    (el, handle, ctx)
}

/// The text of the first element matching `selector` in `root`.
pub fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// How many elements match `selector` in `root`.
pub fn count(root: &HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .expect("valid selector")
        .length()
}

/// Clicks the first element matching `selector`.
pub fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

/// Waits `ms` milliseconds (for observers and effects that run after a frame).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timeout");
}
