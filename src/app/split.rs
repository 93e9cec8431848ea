//! The code the first view of the default address (the timeline) does not need: the compare
//! and present views, the printable handout, and the reader of story files (the built-in
//! story is decoded without it, see [`crate::model::compact`]).
//!
//! In the release build (feature `split`) they are split functions (`wasm_split`, the mechanism
//! behind Leptos's `#[lazy]`): the post-build hook moves their code out of the main wasm into
//! chunks of their own, which keeps it off the first load. A view's chunk is fetched when the
//! view is first shown, or earlier, when the reader points at or focuses a link to the view;
//! the reader's chunk when a `?data=` file is fetched; the handout's once the first view is
//! shown, so that it is at hand when the reader prints. If a view's chunk cannot be fetched, the
//! view says so and offers to try again. Every other build (the tests, `make serve`) compiles
//! them in, and nothing here waits.

use super::browser;
use crate::compare::CompareView;
use crate::dom::Node;
use crate::model::{parse_story, Problem, Story, StoryIndex};
use crate::present::PresentView;
use crate::url_state::View;
use leptos::prelude::*;

/// A chunk could not be fetched (offline, say).
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        compare_view,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_compare_view)
    )
)]
fn compare_view() -> Result<AnyView, NotLoaded> {
    Ok(view! { <CompareView /> }.into_any())
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        present_view,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_present_view)
    )
)]
fn present_view() -> Result<AnyView, NotLoaded> {
    Ok(view! { <PresentView /> }.into_any())
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        story_reader,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_reader_chunk)
    )
)]
fn read_story_now(text: &str) -> Result<Result<Story, Vec<Problem>>, NotLoaded> {
    Ok(parse_story(text))
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        handout,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_handout_chunk)
    )
)]
fn handout_nodes(story: &Story, index: &StoryIndex, address: &str) -> Result<Vec<Node>, NotLoaded> {
    Ok(crate::handout::build(story, index, address))
}

#[cfg(feature = "split")]
thread_local! {
    /// Whether the handout's chunk has arrived.
    static HANDOUT_LOADED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The printable handout's nodes ([`crate::handout`]) if its code is at hand, at once: the
/// browser's own Print command gives a `beforeprint` event, which must build the handout
/// before it returns. In the release build, `None` until [`load_handout`] has fetched the
/// chunk.
pub fn handout_now(story: &Story, index: &StoryIndex, address: &str) -> Option<Vec<Node>> {
    #[cfg(feature = "split")]
    {
        use std::future::Future;
        use std::task::{Context, Poll, Waker};
        if !HANDOUT_LOADED.get() {
            return None;
        }
        // Once the chunk is loaded, the split function's future is ready at its first poll:
        // it only checks that the chunk is there, then calls the code.
        let mut nodes = std::pin::pin!(handout_nodes(story, index, address));
        match nodes.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(Ok(nodes)) => Some(nodes),
            _ => None,
        }
    }
    #[cfg(not(feature = "split"))]
    handout_nodes(story, index, address).ok()
}

/// Fetches the handout's chunk (release build only) and says whether its code is at hand.
pub async fn load_handout() -> bool {
    #[cfg(feature = "split")]
    {
        let loaded = preload_handout_chunk().await.is_ok();
        if loaded {
            HANDOUT_LOADED.set(true);
        }
        loaded
    }
    #[cfg(not(feature = "split"))]
    true
}

/// Parses and checks a story file ([`parse_story`]); in the release build, once the reader's
/// chunk has loaded.
pub async fn read_story(text: &str) -> Result<Result<Story, Vec<Problem>>, NotLoaded> {
    #[cfg(feature = "split")]
    {
        read_story_now(text).await
    }
    #[cfg(not(feature = "split"))]
    read_story_now(text)
}

/// Starts fetching the reader's chunk (release build only), so that it arrives while the story
/// file downloads. A failure here is reported by [`read_story`], which tries again.
pub fn preload_story_reader() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = preload_reader_chunk().await;
    });
}

/// The compare view, or for [`View::Present`] the present view. In the release build, the
/// view appears once its chunk has loaded.
pub fn later_view(view: View) -> impl IntoView {
    #[cfg(feature = "split")]
    {
        Suspend::new(async move {
            // The style sheet loads while the chunk does. (`Suspend` wants a `Send` future;
            // the browser's promise stays on this one thread.)
            let style =
                send_wrapper::SendWrapper::new(wasm_bindgen_futures::JsFuture::from(views_style()));
            let shown = match view {
                View::Present => present_view().await,
                _ => compare_view().await,
            };
            if style.await.is_err() {
                forget_views_style();
                return not_loaded();
            }
            shown.unwrap_or_else(|NotLoaded| not_loaded())
        })
    }
    #[cfg(not(feature = "split"))]
    match view {
        View::Present => present_view(),
        _ => compare_view(),
    }
    .unwrap_or_else(|NotLoaded| not_loaded())
}

/// What shows when a view's code could not be fetched: a message and a way to try again.
fn not_loaded() -> AnyView {
    browser::set_ready();
    view! {
        <div class="error-page" role="alert" data-testid="view-not-loaded">
            <p class="error-page__summary">
                "This part of the explainer could not be loaded. Check the connection, then try again."
            </p>
            <button type="button" class="button" on:click=|_| browser::reload()>
                "Try again"
            </button>
        </div>
    }
    .into_any()
}

/// Starts fetching a view's chunk as soon as the reader points at or focuses a link to that
/// view (release build only), so that the view usually opens at once. Readers who never leave
/// the timeline never fetch them.
pub fn prefetch_on_intent() {
    #[cfg(feature = "split")]
    {
        use std::cell::Cell;
        use wasm_bindgen::JsCast;
        let started = [Cell::new(false), Cell::new(false)];
        let intent = move |ev: web_sys::Event| {
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("a[href]").ok().flatten())
            else {
                return;
            };
            let href = link.get_attribute("href").unwrap_or_default();
            let (index, present) = if href.contains("view=present") {
                (1, true)
            } else if href.contains("view=compare") {
                (0, false)
            } else {
                return;
            };
            if started[index].replace(true) {
                return;
            }
            let style = wasm_bindgen_futures::JsFuture::from(views_style());
            // A failed fetch is not an error yet: opening the view tries again and says so.
            leptos::task::spawn_local(async move {
                if style.await.is_err() {
                    forget_views_style();
                }
                let _ = if present {
                    preload_present_view().await
                } else {
                    preload_compare_view().await
                };
            });
        };
        let intent = std::rc::Rc::new(intent);
        for name in ["pointerover", "focusin"] {
            let intent = intent.clone();
            // The listeners live as long as the page (dropping the handle keeps them).
            let _ = window_event_listener_untyped(name, move |ev| intent(ev));
        }
    }
}

#[cfg(feature = "split")]
thread_local! {
    /// The loading of the views' style sheet, once started.
    static VIEWS_STYLE: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// Starts loading the style sheet of the compare and present views, once, and returns its
/// loading, which fails if the sheet cannot be fetched.
///
/// Their rules are a third of the CSS and the first view needs none of them, so the post-build
/// hook keeps them out of the page's sheet and names their own sheet in
/// `<meta name="views-css">`; without that tag (no such sheet) this resolves at once.
#[cfg(feature = "split")]
fn views_style() -> js_sys::Promise {
    VIEWS_STYLE.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(add_views_style)
            .clone()
    })
}

/// After a failed load: removes the sheet's `<link>`, so that the next [`views_style`] tries
/// again.
#[cfg(feature = "split")]
fn forget_views_style() {
    VIEWS_STYLE.with(|cell| cell.borrow_mut().take());
    if let Ok(Some(link)) = document().query_selector("link[data-views-css]") {
        link.remove();
    }
}

#[cfg(feature = "split")]
fn add_views_style() -> js_sys::Promise {
    let done = || js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
    let document = document();
    let Ok(Some(meta)) = document.query_selector("meta[name=views-css]") else {
        return done();
    };
    let (Some(href), Some(head), Ok(link)) = (
        meta.get_attribute("content"),
        meta.parent_node(),
        document.create_element("link"),
    ) else {
        return done();
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("data-views-css", "");
    if let Some(integrity) = meta.get_attribute("data-integrity") {
        let _ = link.set_attribute("integrity", &integrity);
    }
    let loading = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = link.add_event_listener_with_callback("load", &resolve);
        let _ = link.add_event_listener_with_callback("error", &reject);
    });
    let _ = head.append_child(&link);
    loading
}
