//! The state every view shares: the story, the view state in the address bar, and the few
//! requests one part of the page makes of another (open the Embed dialog, print the handout).
//! It is provided by the shell and read with [`use_app`].

use crate::markup::{el, Node};
use crate::model::{Story, StoryIndex};
use crate::platform::browser::{self, HistoryMode};
use crate::url_state::{UrlState, View};
use leptos::prelude::*;

/// Shared by every view through context. `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The story; it does not change once loaded, and lives as long as the page.
    pub story: &'static Story,
    /// Its events in time order.
    pub index: &'static StoryIndex,
    /// The view state, mirrored in the query string.
    pub url: RwSignal<UrlState>,
    /// Whether this is the page written at build time (see `prerender`); read it with
    /// [`AppContext::prerender`].
    written: bool,
    /// Whether the Embed dialog is open.
    pub embed_dialog: RwSignal<bool>,
    /// Asks for a handout to be printed; the shell answers. Twice the count of requests, plus
    /// one if the last asked for the full handout rather than the short one (one `u32` rather
    /// than a pair: each signal type compiles its own code into the first view).
    pub print_requests: RwSignal<u32>,
    /// The view the page was opened at, until that view takes it ([`AppContext::take_landing`]).
    landing: StoredValue<Option<View>>,
}

impl AppContext {
    /// The shared state for `story`, which lives as long as the page.
    pub fn new(story: &'static Story, url: RwSignal<UrlState>, prerender: bool) -> AppContext {
        let index = StoryIndex::new(story);
        AppContext {
            story,
            index: Box::leak(Box::new(index)),
            landing: StoredValue::new(Some(url.with_untracked(|u| u.view))),
            embed_dialog: RwSignal::new(false),
            print_requests: RwSignal::new(0),
            written: prerender,
            url,
        }
    }

    /// The same context with the story whole (see [`crate::model::whole`]): for the views that
    /// come later, which read the readings and the method that the first view does not.
    pub fn whole(self) -> AppContext {
        AppContext {
            story: crate::model::whole(self.story),
            ..self
        }
    }

    /// Whether this is the page written at build time (see `prerender`): every view's content
    /// is written out, and nothing runs. Never in the browser, where the branches that ask
    /// are compiled out.
    pub fn prerender(&self) -> bool {
        cfg!(not(target_arch = "wasm32")) && self.written
    }

    /// Whether the page is embedded (`embed=1`, which never changes while the page is open).
    pub fn embedded(&self) -> bool {
        self.url.with_untracked(|u| u.embed)
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

    /// The link to a comparison topic.
    pub fn topic_href(&self, topic: &str) -> String {
        self.href(|u| {
            u.view = View::Compare;
            u.topic = Some(topic.to_string());
        })
    }

    /// The link to a timeline event.
    pub fn event_href(&self, event: &str) -> String {
        self.href(|u| {
            u.view = View::Timeline;
            u.event = Some(event.to_string());
        })
    }

    /// Asks the shell to print the handout: the full one, or the short one of two pages.
    pub fn print_handout(&self, full: bool) {
        self.print_requests
            .update(|n| *n = (*n / 2 + 1) * 2 + u32::from(full));
    }
}

/// The attribute on the print menu's choices: `short` or `full`.
const PRINT_ATTR: &str = "data-print";

/// "Print handout", offering both handouts: a disclosure (`<details>`, keyboard operable as it
/// is) with a button for each. Clicks are followed by [`follow_print_menu`].
pub fn print_menu(testid: &str) -> Node {
    let t = crate::i18n::t();
    let choice = |kind: &str, label: &str| {
        el("button")
            .class("button")
            .attr("type", "button")
            .attr(PRINT_ATTR, kind)
            .attr("data-testid", &format!("{testid}-{kind}"))
            .text(label)
    };
    el("details")
        .class("print-menu")
        .attr("data-testid", testid)
        .child(el("summary").class("button").text(t.print_handout))
        .child(
            el("div")
                .class("print-menu__list")
                .child(choice("short", t.print_short))
                .child(choice("full", t.print_full)),
        )
}

/// Prints the handout a click in a [`print_menu`] chose, and folds the menu.
pub fn follow_print_menu(app: AppContext, ev: &leptos::ev::MouseEvent) {
    let Some(kind) = browser::closest_data(ev, PRINT_ATTR) else {
        return;
    };
    #[cfg(target_arch = "wasm32")]
    if let Some(menu) = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|t| t.closest("details").ok().flatten())
    {
        let _ = menu.remove_attribute("open");
    }
    app.print_handout(kind == "full");
}

/// The views in the navigation, in order.
pub const VIEWS: [View; 3] = [View::Timeline, View::Compare, View::Present];

/// A view's name, as the navigation says it.
pub fn view_label(view: View) -> &'static str {
    match view {
        View::Timeline => crate::i18n::t().view_timeline,
        View::Compare => crate::i18n::t().view_compare,
        View::Present => crate::i18n::t().view_present,
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

/// The attribute that names a navigation link's view.
const VIEW_ATTR: &str = "data-view";

/// A link to `view` with the rest of the state (a selected event, a topic), so that coming back
/// to a view finds it as it was.
pub fn view_link(app: AppContext, view: View, current: View, class: &str) -> Node {
    let href = app.href(|u| {
        u.view = view;
        u.step = None;
    });
    el("a")
        .class(class)
        .attr("href", &href)
        .attr(VIEW_ATTR, view.as_str())
        .attr_if(current == view, "aria-current", "page")
        .text(view_label(view))
}

/// The language switch: a link to the same state in the other edition, named in its language
/// (`hreflang` and `lang` say which), so that a reader who reads only that language finds it.
pub fn language_link(app: AppContext, class: &str) -> Node {
    let strings = crate::i18n::t();
    el("a")
        .class(class)
        .attr(
            "href",
            &format!("{}{}", strings.other_edition, app.href(|_| {})),
        )
        .attr("hreflang", strings.other_lang)
        .attr("lang", strings.other_lang)
        .attr("aria-label", strings.other_language_said)
        .attr("title", strings.other_language_said)
        .attr("data-testid", "language-switch")
        .text(strings.other_language)
}

/// Follows a click on a link made by [`view_link`] in the app, without reloading the page
/// (a click that asks for a new tab goes to the browser).
pub fn follow_view_link(app: AppContext, ev: &leptos::ev::MouseEvent) {
    if wants_new_tab(ev) {
        return;
    }
    let Some(view) = browser::closest_data(ev, VIEW_ATTR).and_then(|v| View::parse(&v)) else {
        return;
    };
    ev.prevent_default();
    app.go(HistoryMode::Push, |u| {
        u.view = view;
        u.step = None;
    });
}
