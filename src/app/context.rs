//! The state every view shares: the story, and the view state in the address bar.

use super::browser::{self, HistoryMode};
use super::loader::Loaded;
use crate::model::{Story, StoryIndex};
use crate::url_state::{UrlState, View};
use leptos::prelude::*;

/// Shared by every view through context. `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The story; it does not change once loaded.
    pub story: StoredValue<Story>,
    /// Its events in time order.
    pub index: StoredValue<StoryIndex>,
    /// The view state, mirrored in the query string.
    pub url: RwSignal<UrlState>,
    /// The view the page was opened at, until that view takes it ([`AppContext::take_landing`]).
    landing: StoredValue<Option<View>>,
}

impl AppContext {
    /// Wraps a loaded story and the URL state signal.
    pub fn new(loaded: Loaded, url: RwSignal<UrlState>) -> AppContext {
        AppContext {
            story: StoredValue::new(loaded.story),
            index: StoredValue::new(loaded.index),
            landing: StoredValue::new(Some(url.with_untracked(|u| u.view))),
            url,
        }
    }

    /// Whether `view` is the view the page was opened at and is shown for the first time: a
    /// link to it, which may ask to scroll to a part of it. Later visits (the navigation, Back)
    /// keep the reader's place instead.
    pub fn take_landing(&self, view: View) -> bool {
        let landed = self.landing.get_value() == Some(view);
        self.landing.set_value(None);
        landed
    }

    /// Changes the view state and writes it to the address bar. Embedded, the entry is always
    /// replaced: a frame's history entries are the host page's tab's, and a reader pressing
    /// Back to leave the article would otherwise rewind the explainer click by click.
    pub fn go(&self, mode: HistoryMode, change: impl FnOnce(&mut UrlState)) {
        self.url.update(change);
        let (query, embed) = self.url.with_untracked(|u| (u.to_query(), u.embed));
        let mode = if embed { HistoryMode::Replace } else { mode };
        browser::set_query(&query, mode);
    }

    /// The link (query string) for the current state with `change` applied, for `href`s, so that
    /// every control that changes the view is also a real, shareable link.
    pub fn href(&self, change: impl FnOnce(&mut UrlState)) -> String {
        let mut state = self.url.get_untracked();
        change(&mut state);
        let query = state.to_query();
        if query.is_empty() {
            "?".to_string()
        } else {
            query
        }
    }
}

/// The app's shared state; panics with a clear message if called outside the app.
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// Whether a click should be left to the browser (a new tab or window was asked for).
pub fn wants_new_tab(ev: &leptos::ev::MouseEvent) -> bool {
    ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0
}
