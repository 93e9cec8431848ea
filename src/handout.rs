//! The printable handout: printing any view gives one clean, linear document (see
//! [`crate::content::handout`]). It is built on first need (a print, the "Print handout"
//! button, or print media) into `#handout`, which only print styles show. In the release build
//! its code is a chunk of its own (a split function, as Leptos's `#[lazy]`), fetched once the
//! first view is shown, so that the browser's own Print command finds it at hand.

use crate::content::handout::build;
use crate::context::AppContext;
use crate::markup::Node;
use crate::model::{Story, StoryIndex};
use crate::platform::browser;
use crate::platform::lazy::NotLoaded;
use leptos::prelude::*;
use std::cell::Cell;

/// The element the handout is built into (present in every view, shown only in print).
pub const HOST_ID: &str = "handout";

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        handout,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_handout_chunk)
    )
)]
fn handout_nodes(
    story: &'static Story,
    index: &StoryIndex,
    address: &str,
) -> Result<Vec<Node>, NotLoaded> {
    // The handout quotes the readings: the whole story.
    Ok(build(crate::model::whole(story), index, address))
}

thread_local! {
    /// Whether the handout's chunk has arrived (always, without the `split` feature).
    static LOADED: Cell<bool> = const { Cell::new(cfg!(not(feature = "split"))) };
}

/// The handout's nodes if its code is at hand, at once: the browser's own Print command gives
/// a `beforeprint` event, which must build the handout before it returns.
fn nodes_now(app: AppContext, address: &str) -> Option<Vec<Node>> {
    if !LOADED.get() {
        return None;
    }
    #[cfg(feature = "split")]
    {
        crate::platform::lazy::ready_now(handout_nodes(app.story, app.index, address))?.ok()
    }
    #[cfg(not(feature = "split"))]
    handout_nodes(app.story, app.index, address).ok()
}

/// Fetches the handout's chunk (release build only) and says whether its code is at hand.
async fn load() -> bool {
    #[cfg(feature = "split")]
    {
        if !LOADED.get() && preload_handout_chunk().await.is_ok() {
            LOADED.set(true);
        }
    }
    LOADED.get()
}

/// Builds the handout into `#handout` unless it is already there, if its code is at hand;
/// says whether the handout is there.
fn build_now(app: AppContext) -> bool {
    let Some(host) = document().get_element_by_id(HOST_ID) else {
        return false;
    };
    if host.child_element_count() > 0 {
        return true;
    }
    match nodes_now(app, &browser::public_address()) {
        Some(nodes) => {
            #[cfg(target_arch = "wasm32")]
            {
                let array = js_sys::Array::new();
                for node in &nodes {
                    array.push(&node.to_dom());
                }
                host.replace_children_with_node(&array);
            }
            let _ = nodes;
            true
        }
        None => false,
    }
}

/// Builds the handout into `#handout` unless it is already there: at once if its code is at
/// hand, else once it has arrived.
fn ensure(app: AppContext) {
    if !build_now(app) {
        leptos::task::spawn_local(async move {
            if load().await {
                build_now(app);
            }
        });
    }
}

/// Builds the handout and opens the browser's print dialog. Should the handout's code not
/// arrive (offline), the page prints as it is (see print.css). Embedded, the handout is taken
/// down again once the dialog closes, so that printing the article later prints the frame as
/// it is.
pub fn print(app: AppContext) {
    let print_now = move || {
        let _ = window().print();
        if app.embedded() {
            if let Some(host) = document().get_element_by_id(HOST_ID) {
                host.replace_children_with_node_0();
            }
        }
    };
    if build_now(app) {
        print_now();
    } else {
        leptos::task::spawn_local(async move {
            if load().await {
                build_now(app);
            }
            print_now();
        });
    }
}

/// In the release build, fetches the handout's code (call once the first view is shown), so
/// that it is at hand when the reader prints: the browser's Print command does not wait. Not
/// embedded: an article printed with an embed prints the frame as it is (a handout would be
/// cut to the frame's size), so most embeds never need the code; the presentation's "Print
/// handout" button still fetches it.
pub fn fetch_code(app: AppContext) {
    if app.embedded() {
        return;
    }
    leptos::task::spawn_local(async {
        load().await;
    });
}

/// Builds the handout whenever printing starts or print media applies, in any view, and
/// prints it on the app's request ([`AppContext::print_handout`]). Not embedded: a news
/// article printed with the explainer in it prints the frame as it is.
pub fn use_handout(app: AppContext) {
    crate::ui::on_change(move || app.print_requests.track(), move || print(app));
    if app.embedded() || app.prerender() {
        return;
    }
    let before = gloo_events::EventListener::new(&window(), "beforeprint", move |_| ensure(app));
    let media = window().match_media("print").ok().flatten();
    let change = media.as_ref().map(|media| {
        if media.matches() {
            ensure(app);
        }
        gloo_events::EventListener::new(media, "change", move |_| ensure(app))
    });
    let held = send_wrapper::SendWrapper::new((before, change));
    on_cleanup(move || drop(held));
}
