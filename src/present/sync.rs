//! Keeps the presentation's windows on one step: the projected one and the speaker notes
//! opened from it (as reveal.js does), over a `BroadcastChannel`, which stays on this origin
//! and this browser: nothing goes over the network. Either window may step; the other follows.

use leptos::prelude::*;

/// Posts each step this window moves to on the channel `name`, and calls `go_to` with each
/// step another window posts. A step received is not posted back, so that two windows never
/// echo each other's older steps while the presenter presses quickly.
pub fn use_step_sync(name: &str, current: Memo<usize>, go_to: impl Fn(usize) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let Ok(channel) = web_sys::BroadcastChannel::new(name) else {
            return;
        };
        let received = StoredValue::new(None::<usize>);
        let poster = send_wrapper::SendWrapper::new(channel.clone());
        crate::ui::effect(move || {
            let n = current.get();
            if received.get_value() == Some(n) {
                received.set_value(None);
                return;
            }
            let _ = poster.post_message(&JsValue::from(n as f64));
        });
        let listener = gloo_events::EventListener::new(&channel, "message", move |ev| {
            let Some(n) = ev
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|m| m.data().as_f64())
            else {
                return;
            };
            let n = n as usize;
            if n != current.get_untracked() {
                received.set_value(Some(n));
                go_to(n);
            }
        });
        let held = send_wrapper::SendWrapper::new((channel, listener));
        on_cleanup(move || held.0.close());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, current, go_to);
}
