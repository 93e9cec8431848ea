//! Embedding in a news page (`?embed=1`): compact chrome, and the page's height reported to the
//! host whenever it changes, in the pym.js protocol and as AMP's `embed-size` message. The host
//! may ask for the height again with pym's `width` message; nothing else it sends is acted on.
//! The Embed dialog offers the copy-paste code.

pub mod bar;
pub mod dialog;

use crate::context::AppContext;
use crate::platform::ready::is_ready;
use crate::protocol::{parse_host_message, pym_height, HostMessage};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The page's content height in whole pixels.
fn content_height() -> u32 {
    document().body().map_or(0, |b| {
        b.get_bounding_client_rect().height().ceil().max(0.0) as u32
    })
}

/// Reports the page's height to the host page, once the first view is ready (the host keeps
/// its placeholder height rather than shrinking to the loading message and growing again a
/// moment later), and only when it changed unless asked (pym's `width` message wants an
/// answer every time).
struct Reporter {
    /// pym's id for this frame, when the host is a pym.js page.
    child_id: Option<String>,
    /// The height last sent.
    last: std::cell::Cell<u32>,
}

impl Reporter {
    fn report(&self, even_if_unchanged: bool) {
        if !is_ready() {
            return;
        }
        let height = content_height();
        if self.last.replace(height) != height || even_if_unchanged {
            send_height(self.child_id.as_deref(), height);
        }
    }
}

/// Tells the host page our height: pym's string message (when the host gave a `childId`) and
/// AMP's object message. Sent to any origin: a height is all it carries.
fn send_height(child_id: Option<&str>, height: u32) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    if let Some(id) = child_id {
        let _ = parent.post_message(&JsValue::from_str(&pym_height(id, height)), "*");
    }
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &JsValue::from_f64(height as f64));
    let _ = parent.post_message(&amp, "*");
}

/// In embed mode inside a frame: reports the height once the first view is ready and on every
/// change of size, and answers pym's `width` messages with the height.
pub fn use_auto_height(app: AppContext) {
    let (embed, child_id) = app
        .url
        .with_untracked(|u| (u.embed, u.other("childId").map(str::to_string)));
    if app.prerender() {
        return;
    }
    let framed = window()
        .parent()
        .ok()
        .flatten()
        .is_some_and(|p| p != window());
    if !embed || !framed {
        return;
    }
    let Some(body) = document().body() else {
        return;
    };
    let reporter = std::rc::Rc::new(Reporter {
        child_id,
        last: std::cell::Cell::new(0),
    });
    let on_resize = {
        let reporter = reporter.clone();
        Closure::<dyn FnMut()>::new(move || reporter.report(false))
    };
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&body);
    // Offscreen, a cross-origin frame's rendering is paused, and the ResizeObserver with it:
    // an embed below the fold would keep the host's placeholder height until the reader
    // reached it, then jump. Changes to the page still reach a MutationObserver, and so does
    // the first view's `data-ready`: after each burst of them the height is reported.
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_mutation = {
        let reporter = reporter.clone();
        Closure::<dyn FnMut()>::new(move || {
            if pending.replace(true) {
                return;
            }
            let (reporter, pending) = (reporter.clone(), pending.clone());
            Timeout::new(100, move || {
                pending.set(false);
                reporter.report(false);
            })
            .forget();
        })
    };
    let Ok(mutations) = web_sys::MutationObserver::new(on_mutation.as_ref().unchecked_ref()) else {
        return;
    };
    // Elements added or removed, and shown or hidden (`hidden`, a class, a `<details>` opened),
    // but not the inline styles that panning changes all the time.
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attribute_filter(&js_sys::Array::of3(
        &"hidden".into(),
        &"class".into(),
        &"open".into(),
    ));
    let _ = mutations.observe_with_options(&body, &options);
    if let Some(root) = document().document_element() {
        let options = web_sys::MutationObserverInit::new();
        options.set_attribute_filter(&js_sys::Array::of1(&"data-ready".into()));
        let _ = mutations.observe_with_options(&root, &options);
    }
    // A style sheet arriving (a view's, loaded with its code) changes the layout without a
    // change to the page's elements: while the page loads, the height is also checked on a
    // timer.
    let timers: Vec<Timeout> = [1000, 2500, 5000]
        .into_iter()
        .map(|ms| {
            let reporter = reporter.clone();
            Timeout::new(ms, move || reporter.report(false))
        })
        .collect();
    let on_message = EventListener::new(&window(), "message", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let (Some(data), Some(id)) = (ev.data().as_string(), reporter.child_id.as_deref()) else {
            return;
        };
        if let Some(HostMessage::Width(_)) = parse_host_message(&data, id) {
            reporter.report(true);
        }
    });
    // Dropping the listener and the timers removes them; the observers are disconnected.
    let held = SendWrapper::new((
        observer,
        on_resize,
        on_message,
        mutations,
        on_mutation,
        timers,
    ));
    on_cleanup(move || {
        let (observer, _, _, mutations, _, _) = &*held;
        observer.disconnect();
        mutations.disconnect();
        drop(held);
    });
}
