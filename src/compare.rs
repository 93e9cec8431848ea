//! The side-by-side comparison of the two texts, topic by topic: the texts introduced, an
//! overview matrix of every topic, a topic navigator (WAI-ARIA tabs) and the chosen topic's
//! positions, paraphrases and quotes, then the method note and discussion questions. The
//! content is [`crate::content`]'s; the controls are here.
//!
//! State in the address: `topic` (the chosen topic) and `swap` (which text is on the left).

pub mod controls;
pub mod tabs;

use crate::content::details::TOPIC_LINK_ATTR;
use crate::content::method::method;
use crate::content::overview::overview;
use crate::content::texts::text_cards;
use crate::content::topic::{topic_panel, EVENT_ATTR};
use crate::context::{use_app, wants_new_tab};
use crate::i18n::{later, t};
use crate::markup::el;
use crate::platform::browser::{self, HistoryMode};
use crate::platform::ready::set_ready;
use crate::ui::{closest_data, markup};
use crate::url_state::View;
use controls::Controls;
use leptos::prelude::*;
use tabs::Tabs;
use wasm_bindgen::JsCast;

/// The comparison view.
#[component]
pub fn CompareView() -> impl IntoView {
    // This view reads the story whole (the first view read only its part).
    let app = use_app().whole();
    provide_context(app);
    let story = app.story;
    let first = story
        .topics
        .first()
        .map(|t| t.id.clone())
        .unwrap_or_default();
    let current = Memo::new(move |_| {
        app.url
            .with(|u| u.topic.clone())
            .filter(|id| story.topic(id).is_some())
            .unwrap_or_else(|| first.clone())
    });
    let swap = Memo::new(move |_| app.url.with(|u| u.swap));
    let order = Memo::new(move |_| story.text_order(swap.get()));
    let side = RwSignal::new("both".to_string());
    // The page was opened at a topic (a link to it): bring that topic into view, below the
    // introductions. Not on later visits, where the topic is only remembered, and not
    // embedded: an embed never scrolls its article by itself.
    let linked = app.url.with_untracked(|u| u.topic.clone());
    if !app.prerender()
        && app.take_landing(View::Compare)
        && linked.is_some_and(|id| story.topic(&id).is_some())
        && !app.embedded()
    {
        request_animation_frame(|| browser::reveal_id("cmp-topic", browser::Align::Start));
    }
    crate::ui::effect(set_ready);

    // Chooses a topic; from the keyboard, the focus follows to its tab, and the address entry
    // is replaced (arrowing through the tabs is not a trail for Back). A click on a tab brings
    // the panel up on phones, where the tabs stack above it.
    let choose = Callback::new(move |(id, keyboard): (String, bool)| {
        let tab_id = format!("cmp-tab-{id}");
        let mode = if keyboard {
            HistoryMode::Replace
        } else {
            HistoryMode::Push
        };
        app.go(mode, move |u| {
            u.view = View::Compare;
            u.topic = Some(id);
        });
        if keyboard {
            request_animation_frame(move || {
                if let Some(tab) = document().get_element_by_id(&tab_id) {
                    let _ = tab.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        } else {
            let chosen = document().get_element_by_id(&tab_id);
            request_animation_frame(move || browser::reveal_if_low("cmp-panel", chosen.as_ref()));
        }
    });
    // Links in the content: a topic (in the overview) opens it, with the focus on its tab;
    // an event (under a topic) opens it on the timeline.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = closest_data(&ev, EVENT_ATTR) {
            if !wants_new_tab(&ev) {
                ev.prevent_default();
                app.go(HistoryMode::Push, move |u| {
                    u.view = View::Timeline;
                    u.event = Some(id);
                });
            }
        } else if let Some(id) = closest_data(&ev, TOPIC_LINK_ATTR) {
            if wants_new_tab(&ev) {
                return;
            }
            ev.prevent_default();
            choose.run((id, true));
            browser::reveal_id("cmp-panel", browser::Align::Start);
        }
    };

    let topic_href = move |id: &str| app.topic_href(id);
    let event_href = move |id: &str| app.event_href(id);
    let texts = move || markup([text_cards(story, &order.get())]);
    let table = move || markup([overview(story, &order.get(), &current.get(), &topic_href)]);
    let panel = move || {
        // The page written at build time holds every topic (it reads whole without scripts);
        // its script shows the one the address asks for (see `prerender`).
        if app.prerender() {
            return markup(story.topics.iter().map(|topic| {
                el("div")
                    .attr("data-static-topic", &topic.id)
                    .children(topic_panel(story, topic, &order.get(), &event_href))
            }));
        }
        let id = current.get();
        markup(story.topic(&id).map_or_else(
            || vec![el("p").text(later().no_topics)],
            |topic| topic_panel(story, topic, &order.get(), &event_href),
        ))
    };

    view! {
        <section
            class="compare-view"
            id="view-compare"
            aria-labelledby="compare-heading"
            on:click=on_click
        >
            <h1 id="compare-heading" class="view-heading">{t().view_compare}</h1>
            <p class="cmp-intro">{later().compare_intro}</p>
            <div>{texts}</div>
            <div>
                <Controls swap=swap side=side />
            </div>
            <div class="cmp-overview__wrap">{table}</div>
            <div id="cmp-topic" class="cmp-topic">
                <div class="cmp-topic__nav">
                    <Tabs current=current choose=choose />
                </div>
                <div
                    id="cmp-panel"
                    class="cmp-panel"
                    role="tabpanel"
                    tabindex="0"
                    aria-labelledby=move || format!("cmp-tab-{}", current.get())
                    data-show=move || side.get()
                    data-testid="topic-panel"
                >
                    {panel}
                </div>
            </div>
            <div>{markup([method(story)])}</div>
        </section>
    }
}
