//! The keyboard inside the event area: one tab stop, arrows move a roving focus.
//!
//! Left/Right and PageUp/PageDown: previous/next event in time. Up/Down: nearest event in the
//! lane above/below. Home/End: first/last. Enter/Space: open details. +/−: zoom. Escape: close
//! details.

use super::state::TimelineState;
use crate::content::marks::mark_id;
use crate::i18n::event_date;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement, KeyboardEvent};

/// What the keys can do beyond moving the focus.
#[derive(Clone, Copy)]
pub struct KeyActions {
    /// Opens the details of the event at a position.
    pub select: Callback<usize>,
    /// Closes the details.
    pub close: Callback<()>,
    /// The polite live region's text.
    pub announce: RwSignal<String>,
}

/// Moves the roving focus to `pos`: scrolls it into view, announces its headline and date, and
/// focuses its marker. If the marker is only about to be drawn (it was in a cluster), the lanes'
/// rebuild focuses it (see `marks`), before the next key press is handled.
pub fn move_focus(state: TimelineState, pos: usize, announce: RwSignal<String>) {
    let app = state.app;
    let Some(placed) = app.index.order.get(pos) else {
        return;
    };
    let e = &app.story.events[placed.event];
    let (t, text) = (placed.t, format!("{}, {}", e.headline, event_date(e)));
    state.focus.set(Some(pos));
    state.reveal(t);
    announce.set(text);
    focus_mark(pos);
}

/// Gives DOM focus to the marker of the event at `pos`, if it is in the page.
pub fn focus_mark(pos: usize) {
    let Some(el) = document().get_element_by_id(&mark_id(pos)) else {
        return;
    };
    let options = FocusOptions::new();
    // The timeline scrolls itself (`reveal`); the browser's own scroll-into-view would jump.
    options.set_prevent_scroll(true);
    let _ = el
        .unchecked_into::<HtmlElement>()
        .focus_with_options(&options);
}

/// Handles a key press in the event area. Keys it does not use are left alone.
pub fn on_key(state: TimelineState, ev: &KeyboardEvent, actions: KeyActions) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let visible = state.visible_untracked();
    let index = state.app.index;
    let current = state.focus.get_untracked();
    let target = match (ev.key().as_str(), current) {
        ("ArrowRight" | "PageDown", Some(pos)) => index.step(pos, 1, &visible),
        ("ArrowLeft" | "PageUp", Some(pos)) => index.step(pos, -1, &visible),
        ("ArrowDown", Some(pos)) => index.lane_neighbour(pos, 1, &visible),
        ("ArrowUp", Some(pos)) => index.lane_neighbour(pos, -1, &visible),
        ("Home", _) => index.end_event(false, &visible),
        ("End", _) => index.end_event(true, &visible),
        ("Enter" | " ", Some(pos)) => {
            ev.prevent_default();
            actions.select.run(pos);
            return;
        }
        ("+" | "=", _) => {
            ev.prevent_default();
            state.zoom_step(1);
            return;
        }
        ("-" | "_", _) => {
            ev.prevent_default();
            state.zoom_step(-1);
            return;
        }
        ("Escape", _) => {
            actions.close.run(());
            return;
        }
        ("ArrowRight" | "ArrowLeft" | "ArrowUp" | "ArrowDown" | "PageUp" | "PageDown", None) => {
            index.end_event(false, &visible)
        }
        _ => return,
    };
    // Arrow keys at the ends stay put, but must not scroll the page either.
    ev.prevent_default();
    if let Some(pos) = target {
        move_focus(state, pos, actions.announce);
    }
}
