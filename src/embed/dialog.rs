//! The Embed dialog: copy-paste code for the current view, as a responsive iframe with a small
//! resizing script, or for pages that use pym.js. Its button is in the first view; the dialog
//! itself comes in the release build as a chunk of its own (a split function), fetched when the
//! reader points at the button or opens it.

use crate::context::{use_app, AppContext};
use crate::i18n::{later, t};
use crate::platform::lazy::NotLoaded;
use crate::protocol::{iframe_snippet, pym_snippet};
use crate::url_state::Theme;
use leptos::html;
use leptos::prelude::*;

/// Where host pages usually load pym.js from (NPR's own address, as its docs give it).
const PYM_SRC: &str = "https://pym.nprapps.org/pym.v1.min.js";

/// The colour schemes an embed code can ask for: `theme` values (or "system": none).
const COLOURS: [&str; 4] = ["light", "dark", "contrast", "system"];

fn colour_label(value: &str) -> &'static str {
    match value {
        "light" => later().colours_light,
        "dark" => later().colours_dark,
        "contrast" => later().colours_contrast,
        _ => later().colours_system,
    }
}

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

/// Whether a click on the dialog fell outside its box, on the backdrop: a modal dialog gets
/// those clicks itself. Such a click closes it, as on most sites.
fn outside(dialog: &web_sys::HtmlDialogElement, ev: &web_sys::MouseEvent) -> bool {
    let r = dialog.get_bounding_client_rect();
    let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
    x < r.left() || x > r.right() || y < r.top() || y > r.bottom()
}

/// The code for the current view, in the chosen colours.
fn embed_code(app: AppContext, colours: &str, frame_id: &str) -> (String, String) {
    let theme = Theme::parse(colours);
    let query = app.href(|u| {
        *u = u.for_embed_code();
        u.theme = theme;
        // An id this story does not have (a mistyped link) would greet every reader of the
        // embed with a notice: leave it out.
        if u.event
            .as_ref()
            .is_some_and(|id| app.index.position(id).is_none())
        {
            u.event = None;
        }
        if u.topic
            .as_ref()
            .is_some_and(|id| app.story.topic(id).is_none())
        {
            u.topic = None;
        }
    });
    let src = embed_src(&query);
    let title = &app.story.meta.title;
    (
        iframe_snippet(&src, title, frame_id),
        pym_snippet(&src, title, frame_id, PYM_SRC),
    )
}

/// One block of code with its label, help and Copy button.
#[component]
fn CodeBlock(
    /// The text area's id.
    id: &'static str,
    /// Its label.
    label: &'static str,
    /// What it is for.
    help: &'static str,
    /// The code.
    #[prop(into)]
    code: Signal<String>,
    /// The status line's text.
    status: RwSignal<String>,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    let copy = move |_| {
        let Some(area) = area.get() else { return };
        area.select();
        let written = window().navigator().clipboard().write_text(&area.value());
        // Say how it went, also to screen readers (the status line is a live region). The
        // browser may refuse (no permission, an insecure page): the code is selected then.
        leptos::task::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(written).await.is_ok();
            status.set(
                if copied {
                    later().copied
                } else {
                    later().copy_failed
                }
                .to_string(),
            );
        });
    };
    let help_id = format!("{id}-help");
    view! {
        <div class="embed-dialog__code">
            <label for=id>{label}</label>
            <p class="embed-dialog__help" id=help_id.clone()>{help}</p>
            <textarea
                id=id
                readonly=true
                rows="7"
                spellcheck="false"
                aria-describedby=help_id
                data-testid=id
                node_ref=area
                prop:value=move || code.get()
            >
                {move || code.get()}
            </textarea>
            <button type="button" class="button" on:click=copy>{later().copy}</button>
        </div>
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        embed_dialog,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_embed_dialog)
    )
)]
fn dialog_view() -> Result<AnyView, NotLoaded> {
    Ok(view! { <EmbedDialog /> }.into_any())
}

/// The dialog, once its code is at hand (at once outside the release build).
fn later_dialog() -> impl IntoView {
    #[cfg(feature = "split")]
    {
        crate::ui::suspended(async move { dialog_view().await.unwrap_or_else(|_| ().into_any()) })
    }
    #[cfg(not(feature = "split"))]
    dialog_view().ok()
}

/// The "Embed" button. It opens the dialog (other views open it through the app's context,
/// [`AppContext::embed_dialog`]), which is added to the page the first time it is asked for.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let app = use_app();
    let wanted = RwSignal::new(false);
    crate::ui::effect(move || {
        if app.embed_dialog.get() {
            wanted.set(true);
        }
    });
    // The dialog's code is fetched as soon as the reader points at or focuses the button
    // (`data-prefetch`; see the shell's `prefetch_on_intent`).
    view! {
        <button
            type="button"
            class="button embed-open"
            data-testid="embed-button"
            data-prefetch="embed"
            on:click=move |_| app.embed_dialog.set(true)
        >
            {t().embed}
        </button>
        {move || wanted.get().then(later_dialog)}
    }
}

/// Starts fetching the dialog's code (release build only).
pub fn prefetch() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = preload_embed_dialog().await;
    });
}

/// The dialog, opened whenever [`AppContext::embed_dialog`] is set.
#[component]
fn EmbedDialog() -> impl IntoView {
    let app = use_app();
    let dialog = NodeRef::<html::Dialog>::new();
    let open = app.embed_dialog;
    // The embed's colours: the theme this page shows if one was chosen, else light, which
    // suits most news pages (following the reader's system setting could put a dark frame
    // in a light article).
    let colours = RwSignal::new(
        app.url
            .with_untracked(|u| u.theme)
            .map_or("light", Theme::as_str)
            .to_string(),
    );
    // Each opening's code names its frame with an id of its own, so that a page can hold
    // several embeds; changing the colours keeps it.
    let frame_id = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let code = Memo::new(move |_| {
        if !open.get() {
            return (String::new(), String::new());
        }
        app.url.track();
        embed_code(app, &colours.get(), &frame_id.get())
    });
    crate::ui::effect(move || {
        if !open.get() {
            return;
        }
        frame_id.set(format!(
            "rednote-explainer-{:06}",
            (js_sys::Math::random() * 1_000_000.0) as u32
        ));
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
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
        if ev.detail() > 0 && outside(&d, &ev) && down_outside.get_value() {
            d.close();
        }
    };
    let options = COLOURS
        .into_iter()
        .map(|value| {
            view! {
                <option value=value selected=move || colours.with(|c| c == value)>
                    {colour_label(value)}
                </option>
            }
        })
        .collect_view();
    let choose_colours = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        colours.set(
            COLOURS
                .into_iter()
                .find(|v| *v == value)
                .unwrap_or("light")
                .to_string(),
        );
        // The code just changed: a "Copied" would speak of the old one.
        status.set(String::new());
    };
    view! {
        <dialog
            class="embed-dialog"
            node_ref=dialog
            aria-labelledby="embed-dialog-title"
            on:pointerdown=on_down
            on:click=on_click
            on:close=move |_| {
                open.set(false);
                status.set(String::new());
            }
        >
            <div class="embed-dialog__head">
                <h2 id="embed-dialog-title">{later().embed_heading}</h2>
                <button
                    type="button"
                    class="button button--quiet"
                    aria-label=later().close
                    on:click=move |_| {
                        if let Some(d) = dialog.get() {
                            d.close();
                        }
                    }
                >
                    "×"
                </button>
            </div>
            <p class="embed-dialog__colours">
                <label for="embed-colours">{later().embed_colours} " "</label>
                <select id="embed-colours" data-testid="embed-colours" on:change=choose_colours>
                    {options}
                </select>
            </p>
            <Show when=move || open.get()>
                <div>
                    <p>{later().embed_intro}</p>
                    <CodeBlock
                        id="embed-iframe"
                        label=later().embed_iframe
                        help=later().embed_iframe_help
                        code=Signal::derive(move || code.with(|c| c.0.clone()))
                        status=status
                    />
                    <CodeBlock
                        id="embed-pym"
                        label=later().embed_pym
                        help=later().embed_pym_help
                        code=Signal::derive(move || code.with(|c| c.1.clone()))
                        status=status
                    />
                </div>
            </Show>
            <p class="embed-dialog__status" role="status" data-testid="embed-status">
                {move || status.get()}
            </p>
        </dialog>
    }
}
