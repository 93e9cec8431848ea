//! The printable handouts: printing any view gives a clean document, the short one of two
//! pages for a class ([`crate::content::handout_short`]) or the whole story as one linear
//! document ([`crate::content::handout`]). "Print handout" offers both; for the browser's own
//! Print command, `?handout=full` or `?handout=short` in the address decides (short when
//! absent). It is built on first need (a print, the "Print handout" menu, or print media) into
//! `#handout`, which only print styles show. In the release build its code is a chunk of its
//! own (a split function, as Leptos's `#[lazy]`), fetched once the first view is shown, so
//! that the browser's own Print command finds it at hand.

use crate::content::handout::build;
use crate::content::handout_short::build_short;
use crate::context::AppContext;
use crate::markup::Node;
use crate::model::{Story, StoryIndex};
use crate::platform::browser;
use crate::platform::lazy::NotLoaded;
use crate::url_state::Handout;
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
    requested: Option<&str>,
) -> Result<Vec<Node>, NotLoaded> {
    // The handouts place the readings: the whole story.
    let story = crate::model::whole(story);
    Ok(match Handout::requested(requested) {
        Handout::Full => build(story, index, address),
        Handout::Short => build_short(story, index, address),
    })
}

/// The attribute on `#handout` that says which handout is in it (the request it was built
/// for: `short`, `full`, or empty for the address's choice).
const KIND_ATTR: &str = "data-request";

thread_local! {
    /// Whether the handout's chunk has arrived (always, without the `split` feature).
    static LOADED: Cell<bool> = const { Cell::new(cfg!(not(feature = "split"))) };
    /// Whether the print dialog open now was asked for with a choice of handout.
    static CHOSEN: Cell<bool> = const { Cell::new(false) };
}

/// The handout's nodes if its code is at hand, at once: the browser's own Print command gives
/// a `beforeprint` event, which must build the handout before it returns.
fn nodes_now(app: AppContext, address: &str, requested: Option<&str>) -> Option<Vec<Node>> {
    if !LOADED.get() {
        return None;
    }
    #[cfg(feature = "split")]
    {
        crate::platform::lazy::ready_now(handout_nodes(app.story, app.index, address, requested))?
            .ok()
    }
    #[cfg(not(feature = "split"))]
    handout_nodes(app.story, app.index, address, requested).ok()
}

/// The handout the address asks the browser's Print command for (`handout=`), as given.
fn address_request(app: AppContext) -> Option<String> {
    app.url
        .with_untracked(|u| u.other("handout").map(str::to_string))
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

/// Builds the handout `requested` (`short`, `full`, or the address's choice when `None`) into
/// `#handout` unless it is already there, if its code is at hand; says whether it is there.
fn build_now(app: AppContext, requested: Option<&str>) -> bool {
    let Some(host) = document().get_element_by_id(HOST_ID) else {
        return false;
    };
    let key = requested.unwrap_or("");
    if host.child_element_count() > 0 && host.get_attribute(KIND_ATTR).as_deref() == Some(key) {
        return true;
    }
    match nodes_now(app, &browser::public_address(), requested) {
        Some(nodes) => {
            let _ = host.set_attribute(KIND_ATTR, key);
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

/// Builds the handout the address asks for into `#handout` unless it is already there: at once
/// if its code is at hand, else once it has arrived.
fn ensure(app: AppContext) {
    if CHOSEN.get() {
        return;
    }
    let requested = address_request(app);
    if !build_now(app, requested.as_deref()) {
        leptos::task::spawn_local(async move {
            if load().await {
                build_now(app, requested.as_deref());
            }
        });
    }
}

/// Builds the full or the short handout and opens the browser's print dialog. Should the
/// handout's code not arrive (offline), the page prints as it is (see print.css). Afterwards
/// (the dialog returns when printing is done or cancelled), the browser's own Print command
/// builds what the address asks for again; embedded, the handout is taken down, so that
/// printing the article later prints the frame as it is.
pub fn print(app: AppContext, full: bool) {
    let requested = Some(if full { "full" } else { "short" });
    let print_now = move || {
        // The dialog's `beforeprint` must not put the address's choice in place of this one.
        CHOSEN.set(true);
        let _ = window().print();
        CHOSEN.set(false);
        if app.embedded() {
            if let Some(host) = document().get_element_by_id(HOST_ID) {
                host.replace_children_with_node_0();
            }
        }
    };
    if build_now(app, requested) {
        print_now();
    } else {
        leptos::task::spawn_local(async move {
            if load().await {
                build_now(app, requested);
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
    crate::ui::on_change(
        move || app.print_requests.track(),
        move || print(app, app.print_requests.get_untracked() % 2 == 1),
    );
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
