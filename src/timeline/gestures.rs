//! Zoom and pan by pointer: ctrl+wheel and trackpad pinch, drag to pan, touch pinch.
//!
//! Panning sets the viewport's native scroll position; zooming snaps to the next level about the
//! pointer. Neither rebuilds the DOM.

use super::state::{Anchor, TimelineState};
use crate::scale::zoom;
use leptos::prelude::*;
use web_sys::{PointerEvent, WheelEvent};

/// Wheel travel (in pixels) that makes one zoom step: a mouse notch is about 100, a trackpad
/// pinch sends many small deltas.
const WHEEL_STEP: f64 = 60.0;
/// Pointer travel before a press becomes a drag (and its click is suppressed).
const DRAG_THRESHOLD: f64 = 5.0;
/// Change in finger distance that makes one zoom step.
const PINCH_STEP: f64 = 1.3;

#[derive(Default)]
struct Inner {
    wheel: f64,
    pointers: Vec<(i32, f64)>,
    drag: Option<Drag>,
    pinch: Option<f64>,
    suppress_click: bool,
}

#[derive(Clone, Copy)]
struct Drag {
    id: i32,
    start_x: f64,
    start_scroll: f64,
    moved: bool,
}

/// The pointer handlers of the timeline's viewport.
#[derive(Clone, Copy)]
pub struct Gestures {
    state: TimelineState,
    inner: StoredValue<Inner>,
}

impl Gestures {
    /// Handlers for the given timeline.
    pub fn new(state: TimelineState) -> Gestures {
        Gestures {
            state,
            inner: StoredValue::new(Inner::default()),
        }
    }

    /// Listens on `target` (the viewport) for wheel and pointer events, until the calling
    /// component is cleaned up.
    ///
    /// With gloo's listeners rather than `on:` handlers in `view!`: each `on:` handler compiles
    /// its own listener code into the first view, gloo's share one.
    pub fn attach(self, target: &web_sys::EventTarget) {
        use gloo_events::{EventListener, EventListenerOptions};
        use wasm_bindgen::JsCast;
        let pointer = |name: &'static str, f: fn(&Gestures, PointerEvent)| {
            EventListener::new(target, name, move |ev| {
                if let Some(ev) = ev.dyn_ref::<PointerEvent>() {
                    f(&self, ev.clone());
                }
            })
        };
        let listeners = vec![
            // Not passive: ctrl+wheel's zoom stops the browser's own.
            EventListener::new_with_options(
                target,
                "wheel",
                EventListenerOptions::enable_prevent_default(),
                move |ev| {
                    if let Some(ev) = ev.dyn_ref::<WheelEvent>() {
                        self.on_wheel(ev.clone());
                    }
                },
            ),
            pointer("pointerdown", Gestures::on_pointer_down),
            pointer("pointermove", Gestures::on_pointer_move),
            pointer("pointerup", Gestures::on_pointer_up),
            pointer("pointercancel", Gestures::on_pointer_up),
        ];
        let listeners = send_wrapper::SendWrapper::new(listeners);
        on_cleanup(move || drop(listeners));
    }

    /// Pointer x relative to the viewport's left edge.
    fn x_in_view(&self, client_x: f64) -> f64 {
        self.state.scroller.get_untracked().map_or(client_x, |el| {
            client_x - el.get_bounding_client_rect().left()
        })
    }

    /// One zoom step in or out about `x_in_view`.
    fn zoom_about(&self, steps: i32, x_in_view: f64) {
        let state = self.state;
        let scale = state.scale_untracked();
        let t = scale.t(state.scroll.get_untracked() + x_in_view);
        let k = zoom::step(scale.px_per_day, steps, state.fit());
        state.zoom_to(k, Anchor { t, x_in_view });
    }

    /// ctrl+wheel (and a trackpad pinch, which browsers report as one) zooms; other wheel
    /// movement is left to the browser, so the page and the timeline scroll as usual.
    pub fn on_wheel(&self, ev: WheelEvent) {
        if !ev.ctrl_key() && !ev.meta_key() {
            return;
        }
        ev.prevent_default();
        let unit = match ev.delta_mode() {
            1 => 16.0,  // lines
            2 => 400.0, // pages
            _ => 1.0,
        };
        let x = self.x_in_view(ev.client_x() as f64);
        let steps = self.inner.try_update_value(|g| {
            g.wheel += ev.delta_y() * unit;
            let steps = (g.wheel / WHEEL_STEP).trunc();
            g.wheel -= steps * WHEEL_STEP;
            steps as i32
        });
        if let Some(steps) = steps.filter(|s| *s != 0) {
            // Wheel down (positive) zooms out, as in maps.
            self.zoom_about(-steps.signum(), x);
        }
    }

    /// A press starts a possible drag; a second finger starts a pinch.
    pub fn on_pointer_down(&self, ev: PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let x = ev.client_x() as f64;
        let scroll = self.state.scroll.get_untracked();
        self.inner.update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), x));
            g.suppress_click = false;
            if g.pointers.len() == 1 {
                g.drag = Some(Drag {
                    id: ev.pointer_id(),
                    start_x: x,
                    start_scroll: scroll,
                    moved: false,
                });
            } else {
                g.drag = None;
                g.pinch = None;
            }
        });
    }

    /// Drags pan; two pointers pinch-zoom.
    pub fn on_pointer_move(&self, ev: PointerEvent) {
        let x = ev.client_x() as f64;
        let mut pinch_step = None;
        let mut pan_to = None;
        let mut capture = false;
        self.inner.update_value(|g| {
            if let Some(p) = g.pointers.iter_mut().find(|(id, _)| *id == ev.pointer_id()) {
                p.1 = x;
            }
            if g.pointers.len() == 2 {
                let distance = (g.pointers[0].1 - g.pointers[1].1).abs().max(1.0);
                let mid = (g.pointers[0].1 + g.pointers[1].1) / 2.0;
                match g.pinch {
                    None => g.pinch = Some(distance),
                    Some(start) if distance / start > PINCH_STEP => {
                        pinch_step = Some((1, mid));
                        g.pinch = Some(distance);
                    }
                    Some(start) if start / distance > PINCH_STEP => {
                        pinch_step = Some((-1, mid));
                        g.pinch = Some(distance);
                    }
                    _ => {}
                }
                g.suppress_click = true;
            } else if let Some(drag) = g.drag.as_mut().filter(|d| d.id == ev.pointer_id()) {
                let dx = x - drag.start_x;
                if !drag.moved && dx.abs() > DRAG_THRESHOLD {
                    drag.moved = true;
                    g.suppress_click = true;
                    capture = true;
                }
                if drag.moved {
                    pan_to = Some(drag.start_scroll - dx);
                }
            }
        });
        if capture {
            if let Some(el) = self.state.scroller.get_untracked() {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
        }
        if let Some(scroll) = pan_to {
            if let Some(el) = self.state.scroller.get_untracked() {
                el.set_scroll_left(scroll.round() as i32);
            }
        }
        if let Some((steps, mid)) = pinch_step {
            self.zoom_about(steps, self.x_in_view(mid));
        }
    }

    /// Ends a drag or a pinch.
    pub fn on_pointer_up(&self, ev: PointerEvent) {
        self.inner.update_value(|g| {
            g.pointers.retain(|(id, _)| *id != ev.pointer_id());
            if g.drag.is_some_and(|d| d.id == ev.pointer_id()) {
                g.drag = None;
            }
            if g.pointers.len() < 2 {
                g.pinch = None;
            }
        });
    }

    /// Whether the click that follows a drag or pinch should be ignored. Resets the flag.
    pub fn take_click_suppression(&self) -> bool {
        self.inner
            .try_update_value(|g| std::mem::take(&mut g.suppress_click))
            .unwrap_or(false)
    }
}
