//! Every event as an ordered list grouped by month: the timeline's text alternative, and its
//! layout on narrow screens. Choosing an event opens its details in place and puts it in the
//! address. The list is story content ([`crate::content::list`]); choosing one updates it in
//! place, so the chosen button keeps the focus.

use super::links::on_content_click;
use crate::content::list::{event_list, panel_id, TOGGLE_ATTR};
use crate::context::use_app;
use crate::i18n::{fill, t};
use crate::markup::el;
use crate::platform::browser::{self, HistoryMode};
use crate::ui::{closest_data, effect, markup, on_change};
use leptos::prelude::*;

/// How many events an embedded list opens on.
const EMBEDDED_EVENTS: usize = 5;

/// The attribute of the button that shows every event in a list that opened on a part.
const SHOW_ALL_ATTR: &str = "data-show-all";

/// Brings the item of event `id` on screen, at `block`.
fn reveal_item(id: &str, block: browser::Align, button_only: bool) {
    let item = document()
        .get_element_by_id(&panel_id(id))
        .and_then(|panel| panel.parent_element());
    let target = if button_only {
        item.and_then(|li| li.first_element_child())
    } else {
        item
    };
    if let Some(target) = target {
        browser::reveal(&target, block);
    }
}

/// The list of events.
#[component]
pub fn EventList(
    /// Which lanes are shown, by lane index.
    #[prop(into)]
    visible: Signal<Vec<bool>>,
    /// Whether the list is shown at all; it is built only then.
    #[prop(into)]
    shown: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let selected = Memo::new(move |_| app.url.with(|u| u.event.clone()));
    // The page opened on an event (a link to it): bring it into view once the list is first
    // built. Never embedded: an embed does not scroll its article by itself.
    let scrolled = StoredValue::new(app.embedded());
    effect(move || {
        if !shown.get() || scrolled.get_value() {
            return;
        }
        scrolled.set_value(true);
        if let Some(id) = selected.get_untracked() {
            request_animation_frame(move || reveal_item(&id, browser::Align::Start, false));
        }
    });
    // Keep the chosen event on screen: closing one above it pulls the page up, and Back may
    // choose one far away. (Its button, not the whole item: an item taller than the screen
    // that shows only its details would count as in view.) On the next frame, after the
    // browser's own scroll restoration and anchoring.
    on_change(
        move || selected.track(),
        move || {
            if let Some(id) = selected.get_untracked() {
                request_animation_frame(move || reveal_item(&id, browser::Align::Nearest, true));
            }
        },
    );
    // Embedded, the list opens on the story's opening era, its first few events, with a button
    // for the rest: a reader of the article scrolls past a frame of at most 1,500 px on a phone,
    // not past every event (unless the address links to an event). The chart's
    // key waits for the button too (timeline.css).
    let opening = app
        .story
        .meta
        .opening_era
        .as_ref()
        .and_then(|id| app.story.eras.iter().find(|e| &e.id == id))
        .map(|era| {
            let (from, to) = era.span();
            let shown = app
                .index
                .order
                .iter()
                .map(|p| p.t)
                .filter(|t| (from..=to).contains(t));
            (from, shown.take(EMBEDDED_EVENTS).last().unwrap_or(to))
        });
    let capped = RwSignal::new(
        app.embedded() && opening.is_some() && app.url.with_untracked(|u| u.event.is_none()),
    );
    let list = move || {
        // The page written at build time holds the list at every width (its style sheet
        // shows it on narrow screens).
        if !shown.get() && !app.prerender() {
            return markup([]);
        }
        let visible = visible.get();
        let selected = selected.get();
        let open = |id: &str| selected.as_deref() == Some(id);
        let within = opening.filter(|_| capped.get());
        let mut nodes = event_list(app.story, app.index, &visible, within, &open, &|topic| {
            app.topic_href(topic)
        });
        if within.is_some() {
            nodes.push(
                el("button")
                    .class("button event-list__all")
                    .attr("type", "button")
                    .attr(SHOW_ALL_ATTR, "")
                    .text(&fill(
                        t().show_all_events,
                        &[("count", &app.story.events.len().to_string())],
                    )),
            );
        }
        markup(nodes)
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if on_content_click(app, &ev) {
            return;
        }
        if closest_data(&ev, SHOW_ALL_ATTR).is_some() {
            capped.set(false);
            // The button goes: the focus goes to what the page shows as chosen, or to <main>.
            request_animation_frame(browser::refocus_if_lost);
            return;
        }
        if let Some(id) = closest_data(&ev, TOGGLE_ATTR) {
            app.go(HistoryMode::Push, move |u| {
                u.event = if u.event.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id)
                };
            });
        }
    };
    view! {
        <div class="event-list" data-testid="event-list" on:click=on_click>
            {list}
        </div>
    }
}
