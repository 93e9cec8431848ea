//! The Embed dialog: copy-paste code for the current view, as a responsive iframe with a small
//! resizing script, or for pages that use pym.js.

use crate::app::context::use_app;
use crate::dom::{el, render_into, Node};
use crate::protocol::{iframe_snippet, pym_snippet};
use crate::url_state::Theme;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where host pages usually load pym.js from (NPR's own address, as its docs give it).
const PYM_SRC: &str = "https://pym.nprapps.org/pym.v1.min.js";

/// The embed address of the current view: this page's address with `embed=1`.
fn embed_src(query: &str) -> String {
    let location = window().location();
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        query
    )
}

fn code_block(id: &str, label: &str, help: &str, code: &str) -> Node {
    el("div")
        .class("embed-dialog__code")
        .child(el("label").attr("for", id).text(label))
        .child(
            el("p")
                .class("embed-dialog__help")
                .attr("id", &format!("{id}-help"))
                .text(help),
        )
        .child(
            el("textarea")
                .attr("id", id)
                .attr("readonly", "")
                .attr("rows", "7")
                .attr("spellcheck", "false")
                .attr("aria-describedby", &format!("{id}-help"))
                .attr("data-testid", id)
                .text(code),
        )
        .child(
            el("button")
                .class("button")
                .attr("type", "button")
                .attr("data-copy", id)
                .text("Copy"),
        )
}

/// The dialog's live status line ("Copied").
const STATUS_ID: &str = "embed-dialog-status";

/// Whether a click on the dialog fell outside its box, on the backdrop: a modal dialog gets
/// those clicks itself. Such a click closes it, as on most sites.
fn outside(dialog: &web_sys::HtmlDialogElement, ev: &web_sys::MouseEvent) -> bool {
    let r = dialog.get_bounding_client_rect();
    let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
    x < r.left() || x > r.right() || y < r.top() || y > r.bottom()
}

/// The colour schemes an embed code can ask for: `theme` values (or "system": none) and labels.
const COLOURS: [(&str, &str); 4] = [
    ("light", "Light"),
    ("dark", "Dark"),
    ("contrast", "High contrast"),
    ("system", "As the reader's system is set"),
];

/// The "Embed" button and its dialog.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let app = use_app();
    let dialog = NodeRef::<html::Dialog>::new();
    let body = NodeRef::<html::Div>::new();
    let open = RwSignal::new(false);
    // The embed's colours: the theme this page shows if one was chosen, else light, which
    // suits most news pages (following the reader's system setting could put a dark frame
    // in a light article).
    let colours = RwSignal::new(
        app.url
            .with_untracked(|u| u.theme)
            .map_or("light", Theme::as_str),
    );
    // Each opening's code names its frame with an id of its own, so that a page can hold
    // several embeds; changing the colours keeps it.
    let frame_id = StoredValue::new(String::new());
    let colours_host = NodeRef::<html::P>::new();
    render_into(colours_host, move || {
        let chosen = colours.get_untracked();
        let options = COLOURS
            .iter()
            .map(|(value, label)| {
                let option = el("option").attr("value", value).text(label);
                if *value == chosen {
                    option.attr("selected", "")
                } else {
                    option
                }
            })
            .collect();
        vec![
            el("label").attr("for", "embed-colours").text("Colours "),
            el("select")
                .attr("id", "embed-colours")
                .attr("data-testid", "embed-colours")
                .children(options),
        ]
    });
    render_into(body, move || {
        if !open.get() {
            return Vec::new();
        }
        let theme = Theme::parse(colours.get());
        let query = app.href(|u| {
            *u = u.for_embed_code();
            u.theme = theme;
            // An id this story does not have (a mistyped link) would greet every reader of
            // the embed with a notice: leave it out.
            if u.event
                .as_ref()
                .is_some_and(|id| app.index.with_value(|i| i.position(id).is_none()))
            {
                u.event = None;
            }
            if u.topic
                .as_ref()
                .is_some_and(|id| app.story.with_value(|s| s.topic(id).is_none()))
            {
                u.topic = None;
            }
        });
        let src = embed_src(&query);
        let title = app.story.with_value(|s| s.meta.title.clone());
        let id = frame_id.get_value();
        vec![
            el("p").text("The explainer sizes itself to its content inside your page, keeps its state in its own address, and makes no request to any other site."),
            code_block(
                "embed-iframe",
                "Responsive iframe",
                "Paste where the explainer should appear. The script sets the frame's height from the explainer's messages.",
                &iframe_snippet(&src, &title, &id),
            ),
            code_block(
                "embed-pym",
                "With pym.js",
                "For pages that already use NPR's pym.js, which this explainer speaks.",
                &pym_snippet(&src, &title, &id, PYM_SRC),
            ),
        ]
    });
    let show = move |_| {
        frame_id.set_value(format!(
            "rednote-explainer-{:06}",
            (js_sys::Math::random() * 1_000_000.0) as u32
        ));
        open.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    // Where the press began: a selection dragged out of a code box and released on the
    // backdrop also clicks the dialog, and must not close it.
    let down_outside = StoredValue::new(false);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if let Some(d) = dialog.get_untracked() {
            down_outside.set_value(outside(&d, &ev));
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(d) = dialog.get() else { return };
        // (A click from the keyboard, Enter on a button, has no position: `detail` is 0.)
        let backdrop = ev.detail() > 0 && outside(&d, &ev) && down_outside.get_value();
        if crate::dom::closest_data(&ev, "data-close").is_some() || backdrop {
            d.close();
        } else if let Some(id) = crate::dom::closest_data(&ev, "data-copy") {
            let Some(area) = document().get_element_by_id(&id) else {
                return;
            };
            let area: web_sys::HtmlTextAreaElement = area.unchecked_into();
            area.select();
            let written = window().navigator().clipboard().write_text(&area.value());
            // Say how it went, also to screen readers (the status line is a live region). The
            // browser may refuse (no permission, an insecure page): the code is selected then.
            leptos::task::spawn_local(async move {
                let copied = wasm_bindgen_futures::JsFuture::from(written).await.is_ok();
                if let Some(status) = document().get_element_by_id(STATUS_ID) {
                    status.set_text_content(Some(if copied {
                        "Copied to the clipboard."
                    } else {
                        "Could not copy: the code is selected, press Ctrl+C (or \u{2318}C) to copy it."
                    }));
                }
            });
        }
    };
    view! {
        <button type="button" class="button embed-open" on:click=show data-testid="embed-button">
            "Embed"
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-dialog-title" on:pointerdown=on_down on:click=on_click on:close=move |_| {
            open.set(false);
            if let Some(status) = document().get_element_by_id(STATUS_ID) {
                status.set_text_content(None);
            }
        }>
            <div class="embed-dialog__head">
                <h2 id="embed-dialog-title">"Embed this view"</h2>
                <button type="button" class="button button--quiet" data-close="" aria-label="Close">"×"</button>
            </div>
            <p class="embed-dialog__colours" node_ref=colours_host on:change=move |ev| {
                let value = event_target_value(&ev);
                colours.set(COLOURS.iter().map(|c| c.0).find(|v| *v == value).unwrap_or("light"));
                // The code just changed: a "Copied" would speak of the old one.
                if let Some(status) = document().get_element_by_id(STATUS_ID) {
                    status.set_text_content(None);
                }
            }></p>
            <div node_ref=body></div>
            <p id=STATUS_ID class="embed-dialog__status" role="status" data-testid="embed-status"></p>
        </dialog>
    }
}
