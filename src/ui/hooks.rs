//! Browser observations as signals: an element's width, and whether a media query matches.
//! Both are written here in a few lines on gloo-events and web-sys (leptos-use offers them too,
//! with machinery this app does not need). At build time (the pre-rendered page) there is no
//! browser: the width is 0 and no query matches.

use leptos::html;
use leptos::prelude::*;

/// The width in pixels of the element behind `target`, kept current with a `ResizeObserver`
/// (0 until the element is in the page).
pub fn use_width(target: NodeRef<html::Div>) -> Signal<f64> {
    let width = RwSignal::new(0.0);
    #[cfg(target_arch = "wasm32")]
    crate::ui::effect(move || {
        use send_wrapper::SendWrapper;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Some(el) = target.get() else { return };
        width.set(el.client_width() as f64);
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let entry: web_sys::ResizeObserverEntry = entries.get(0).unchecked_into();
            width.set(entry.content_rect().width());
        });
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&el);
        let held = SendWrapper::new((observer, callback));
        on_cleanup(move || held.0.disconnect());
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = target;
    width.into()
}

/// Whether the CSS media `query` matches, kept current as it changes.
pub fn use_media(query: &'static str) -> Signal<bool> {
    let matches = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    {
        let Ok(Some(list)) = window().match_media(query) else {
            return matches.into();
        };
        matches.set(list.matches());
        let listener = gloo_events::EventListener::new(&list, "change", move |ev| {
            use wasm_bindgen::JsCast;
            if let Some(ev) = ev.dyn_ref::<web_sys::MediaQueryListEvent>() {
                matches.set(ev.matches());
            }
        });
        let held = send_wrapper::SendWrapper::new(listener);
        on_cleanup(move || drop(held));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = query;
    matches.into()
}
