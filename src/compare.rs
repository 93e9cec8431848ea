//! The side-by-side comparison of the two texts, topic by topic: the texts introduced, an
//! overview matrix of every topic, a topic navigator (WAI-ARIA tabs) and the chosen topic's
//! positions, paraphrases and quotes, then the method note and discussion questions.
//!
//! State in the address: `topic` (the chosen topic) and `swap` (which text is on the left).

pub mod method;
pub mod overview;
pub mod spectrum_track;
pub mod texts;
pub mod topic_panel;

use crate::app::browser::{self, HistoryMode};
use crate::app::context::{use_app, wants_new_tab, AppContext};
use crate::dom::{closest_data, div, el, render_into, span, Node};
use crate::url_state::View;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute on anything that opens a topic; its value is the topic's id.
pub const TOPIC_ATTR: &str = "data-topic";
/// The attribute on the topic tabs.
const TAB_ATTR: &str = "data-topic-tab";

/// The texts in their default order (earliest first, as the page states), or swapped.
fn text_order(app: AppContext, swap: bool) -> Vec<usize> {
    app.story.with_value(|s| s.text_order(swap))
}

/// The swap button and, on narrow screens, the switch between one text and both.
fn controls(app: AppContext, swap: bool) -> Node {
    let order = text_order(app, false);
    let first = app
        .story
        .with_value(|s| order.first().map(|&i| s.texts[i].label.clone()))
        .unwrap_or_default();
    let mut side = el("fieldset")
        .class("cmp-side")
        .child(el("legend").text("Show"));
    // Values are the texts' indices in the story (their colour "slots", see compare.css), so
    // that a text stays shown, in its own colour, whichever side it is on.
    let slots: Vec<(String, String)> = app.story.with_value(|s| {
        order
            .iter()
            .map(|&i| (i.to_string(), s.texts[i].label.clone()))
            .collect()
    });
    for (value, label) in slots
        .iter()
        .map(|(v, l)| (v.as_str(), l.as_str()))
        .chain([("both", "Both")])
    {
        side = side.child(
            el("label")
                .class("cmp-side__option")
                .child(
                    el("input")
                        .attr("type", "radio")
                        .attr("name", "cmp-side")
                        .attr("value", value)
                        .attr("data-side", value)
                        .attr_if(value == "both", "checked", ""),
                )
                .text(" ")
                .child(el("span").text(label)),
        );
    }
    div("cmp-controls")
        .child(
            el("button")
                .class("button")
                .attr("type", "button")
                .attr("data-action", "swap")
                .attr("aria-pressed", if swap { "true" } else { "false" })
                .attr("data-testid", "swap")
                .text("Swap sides"),
        )
        .child(el("p").class("cmp-controls__note").text(&format!(
            "By default the earlier text, {first}, comes first (on the left on wide screens). Swapping changes nothing else."
        )))
        .child(side)
}

/// The topic tabs, built once; the selection is kept current by an effect.
fn tabs(app: AppContext) -> Vec<Node> {
    let tabs = app.story.with_value(|s| {
        s.topics
            .iter()
            .enumerate()
            .map(|(n, t)| {
                el("button")
                    .class("cmp-tab")
                    .attr("type", "button")
                    .attr("role", "tab")
                    .attr("id", &format!("cmp-tab-{}", t.id))
                    .attr("aria-controls", "cmp-panel")
                    .attr("aria-selected", "false")
                    .attr("tabindex", "-1")
                    .attr(TAB_ATTR, &t.id)
                    .child(span("cmp-tab__number", &format!("{}", n + 1)))
                    .child(span("cmp-tab__question", &t.question))
            })
            .collect()
    });
    vec![div("cmp-tablist")
        .attr("role", "tablist")
        .attr("aria-label", "Questions")
        .attr("aria-orientation", "vertical")
        .children(tabs)]
}

/// The comparison view.
#[component]
pub fn CompareView() -> impl IntoView {
    let app = use_app();
    let ids: Vec<String> = app
        .story
        .with_value(|s| s.topics.iter().map(|t| t.id.clone()).collect());
    let first = ids.first().cloned().unwrap_or_default();
    let current = Memo::new(move |_| {
        app.url
            .with(|u| u.topic.clone())
            .filter(|id| app.story.with_value(|s| s.topic(id).is_some()))
            .unwrap_or_else(|| first.clone())
    });
    let swap = Memo::new(move |_| app.url.with(|u| u.swap));
    let side = RwSignal::new("both".to_string());
    // The page was opened at a topic (a link to it): bring that topic into view, below the
    // introductions. Not on later visits, where the topic is only remembered.
    let linked = app.url.with_untracked(|u| u.topic.clone());
    // (Not embedded: an embed never scrolls its article by itself.)
    if app.take_landing(View::Compare)
        && linked.is_some_and(|id| ids.contains(&id))
        && !browser::is_embedded()
    {
        request_animation_frame(|| browser::reveal_id("cmp-topic", browser::Align::Start));
    }

    let topic_href = move |id: &str| {
        app.href(|u| {
            u.view = View::Compare;
            u.topic = Some(id.to_string());
        })
    };
    let event_href = move |id: &str| {
        app.href(|u| {
            u.view = View::Timeline;
            u.event = Some(id.to_string());
        })
    };

    let head = NodeRef::<html::Div>::new();
    render_into(head, move || {
        let order = text_order(app, swap.get());
        vec![app.story.with_value(|s| texts::text_cards(s, &order))]
    });
    // The controls are built once, so that the focused Swap button survives a swap.
    let controls_host = NodeRef::<html::Div>::new();
    render_into(controls_host, move || vec![controls(app, false)]);
    crate::dom::effect(move || {
        let swap = swap.get();
        let Some(host) = controls_host.get() else {
            return;
        };
        if let Ok(Some(button)) = host.query_selector("[data-action=swap]") {
            let _ = button.set_attribute("aria-pressed", if swap { "true" } else { "false" });
        }
    });
    let overview_host = NodeRef::<html::Div>::new();
    render_into(overview_host, move || {
        let order = text_order(app, swap.get());
        let current = current.get();
        vec![app
            .story
            .with_value(|s| overview::overview(s, &order, &current, &topic_href))]
    });
    let tabs_host = NodeRef::<html::Div>::new();
    render_into(tabs_host, move || tabs(app));
    // The selected tab: aria-selected and the one tab stop follow the chosen topic.
    crate::dom::effect(move || {
        let current = current.get();
        let Some(host) = tabs_host.get() else { return };
        if let Ok(list) = host.query_selector_all("[role=tab]") {
            for i in 0..list.length() {
                let Some(tab) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                let on = tab.get_attribute(TAB_ATTR).as_deref() == Some(current.as_str());
                let _ = tab.set_attribute("aria-selected", if on { "true" } else { "false" });
                let _ = tab.set_attribute("tabindex", if on { "0" } else { "-1" });
            }
        }
    });
    let panel = NodeRef::<html::Div>::new();
    render_into(panel, move || {
        let order = text_order(app, swap.get());
        let current = current.get();
        app.story.with_value(|s| {
            let topic = s.topic(&current);
            topic.map_or_else(
                || vec![el("p").text("This story has no comparison topics.")],
                |t| topic_panel::topic_panel(s, t, &order, &event_href),
            )
        })
    });
    let method_host = NodeRef::<html::Div>::new();
    render_into(method_host, move || {
        vec![app.story.with_value(method::method)]
    });
    crate::dom::effect(browser::set_ready);

    // Chooses a topic; `focus_tab` moves the focus to its tab (for keyboard choices).
    let choose = move |id: String, mode: HistoryMode, focus_tab: bool| {
        let tab_id = format!("cmp-tab-{id}");
        app.go(mode, move |u| {
            u.view = View::Compare;
            u.topic = Some(id);
        });
        if focus_tab {
            request_animation_frame(move || {
                if let Some(tab) = document().get_element_by_id(&tab_id) {
                    let _ = tab.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if closest_data(&ev, "data-action").as_deref() == Some("swap") {
            let to = !swap.get_untracked();
            app.go(HistoryMode::Push, |u| u.swap = to);
        } else if let Some(id) = closest_data(&ev, TAB_ATTR) {
            choose(id, HistoryMode::Push, false);
            // On phones the tabs stack above the panel: bring the chosen topic up if it
            // starts low on the screen or below it.
            let chosen = ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
            request_animation_frame(move || browser::reveal_if_low("cmp-panel", chosen.as_ref()));
        } else if let Some(id) = closest_data(&ev, topic_panel::EVENT_ATTR) {
            if !wants_new_tab(&ev) {
                ev.prevent_default();
                app.go(HistoryMode::Push, move |u| {
                    u.view = View::Timeline;
                    u.event = Some(id);
                });
            }
        } else if let Some(id) = closest_data(&ev, TOPIC_ATTR) {
            if wants_new_tab(&ev) {
                return;
            }
            ev.prevent_default();
            choose(id, HistoryMode::Push, true);
            if let Some(el) = document().get_element_by_id("cmp-panel") {
                browser::reveal(&el, browser::Align::Start);
            }
        }
    };
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(index) = ids.iter().position(|id| *id == current.get_untracked()) else {
            return;
        };
        let last = ids.len().saturating_sub(1);
        let target = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => (index + 1).min(last),
            "ArrowUp" | "ArrowLeft" => index.saturating_sub(1),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        choose(ids[target].clone(), HistoryMode::Replace, true);
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(value) = closest_data(&ev, "data-side") {
            side.set(value);
        }
    };

    view! {
        <section class="compare-view" aria-labelledby="compare-heading" on:click=on_click on:change=on_change>
            <h1 id="compare-heading" class="view-heading">"Compare the texts"</h1>
            <p class="cmp-intro">
                "Two texts read the episode very differently. For each question: where each text stands, our reading in our own words, and the texts' own words as evidence, so that you can disagree with us on the evidence."
            </p>
            <div node_ref=head></div>
            <div node_ref=controls_host></div>
            <div class="cmp-overview__wrap" node_ref=overview_host></div>
            <div id="cmp-topic" class="cmp-topic">
                <div class="cmp-topic__nav" node_ref=tabs_host on:keydown=on_tab_key></div>
                <div
                    id="cmp-panel"
                    class="cmp-panel"
                    role="tabpanel"
                    tabindex="0"
                    aria-labelledby=move || format!("cmp-tab-{}", current.get())
                    data-show=move || side.get()
                    data-testid="topic-panel"
                    node_ref=panel
                ></div>
            </div>
            <div node_ref=method_host></div>
        </section>
    }
}
