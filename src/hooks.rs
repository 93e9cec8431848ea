//! Browser observations as signals: an element's width, and whether a media query matches.
//!
//! leptos-use offers both (`use_element_size`, `use_media_query`), and the code first used it;
//! these two small versions replace it because its generic machinery cost about 12 KB of the
//! wasm, a tenth of our size budget.

use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The width in pixels of the element behind `target`, kept current with a `ResizeObserver`
/// (0 until the element is in the page).
pub fn use_width(target: NodeRef<html::Div>) -> Signal<f64> {
    let width = RwSignal::new(0.0);
    crate::dom::effect(move || {
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
    width.into()
}

/// Whether the CSS media `query` matches, kept current as it changes.
pub fn use_media(query: &'static str) -> Signal<bool> {
    let matches = RwSignal::new(false);
    let Ok(Some(list)) = window().match_media(query) else {
        return matches.into();
    };
    matches.set(list.matches());
    let callback = Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(
        move |ev: web_sys::MediaQueryListEvent| matches.set(ev.matches()),
    );
    list.set_onchange(Some(callback.as_ref().unchecked_ref()));
    let held = SendWrapper::new((list, callback));
    on_cleanup(move || held.0.set_onchange(None));
    matches.into()
}
