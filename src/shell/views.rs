//! Which views exist and which come later: the code the first view of the default address
//! (the timeline) does not need. In the release build (feature `split`) the compare and present
//! views and the reader of story files are split functions (`wasm_split`, the mechanism behind
//! Leptos's `#[lazy]`): the post-build hook moves their code into chunks of their own. A view's
//! chunk is fetched when the view is first shown, or earlier, when the reader points at or
//! focuses a link to the view; the reader's chunk (fetching and reading a story file) for `?data=`. If a view's
//! chunk cannot be fetched, the view says so and offers to try again. Every other build (the
//! tests, `make serve`, the pre-rendered page) compiles them in, and nothing here waits.

use super::error_page::ErrorPage;
use super::loader::LoadError;
use crate::compare::CompareView;
use crate::i18n::t;
use crate::model::Story;
use crate::platform::browser;
use crate::platform::lazy::NotLoaded;
use crate::platform::ready::set_ready;
use crate::present::PresentView;
use crate::url_state::View;
use leptos::prelude::*;

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

/// Fetching and reading a story file, as a future whose code is in the reader's chunk.
type Reading =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<&'static Story, LoadError>>>>;

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        story_reader,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_reader_chunk)
    )
)]
fn story_reader(address: String) -> Result<Reading, NotLoaded> {
    Ok(Box::pin(super::loader::fetch_and_read(address)))
}

/// Fetches and reads the story file at `address` (see `loader::fetch_and_read`); in the
/// release build, with the code of the reader's chunk, which is fetched first.
pub async fn read_story_file(address: String) -> Result<&'static Story, LoadError> {
    #[cfg(feature = "split")]
    let reading = story_reader(address).await;
    #[cfg(not(feature = "split"))]
    let reading = story_reader(address);
    match reading {
        Ok(reading) => reading.await,
        Err(NotLoaded) => Err(LoadError::ReaderNotLoaded),
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        error_view,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_error_view)
    )
)]
fn error_view(error: LoadError) -> Result<AnyView, NotLoaded> {
    Ok(view! { <ErrorPage error=error /> }.into_any())
}

/// The error page for `error` (its code is a chunk of its own in the release build: most
/// readers never see it). Should that chunk not arrive either, the page still says that the
/// story could not be shown.
pub fn error_page(error: LoadError) -> impl IntoView {
    // Without the error page's code the network is down: say that the story could not be
    // shown and why nothing more is said (its words are the error page's, in its chunk).
    let fallback = move |_: LoadError| {
        set_ready();
        view! {
            <main class="error-page" id="main">
                <h1>{t().error_heading}</h1>
                <p class="error-page__summary" role="alert" data-testid="error-summary">
                    {t().view_not_loaded}
                </p>
            </main>
        }
        .into_any()
    };
    #[cfg(feature = "split")]
    {
        crate::ui::suspended(async move {
            match error_view(error.clone()).await {
                Ok(view) => view,
                Err(NotLoaded) => fallback(error),
            }
        })
    }
    #[cfg(not(feature = "split"))]
    error_view(error.clone()).unwrap_or_else(|NotLoaded| fallback(error))
}

/// The compare view, or for [`View::Present`] the present view. In the release build, the
/// view appears once its chunk has loaded.
pub fn later_view(view: View) -> impl IntoView {
    #[cfg(feature = "split")]
    {
        use crate::platform::lazy::{forget_views_style, views_style};
        crate::ui::suspended(async move {
            // The style sheet loads while the chunk does.
            let style = wasm_bindgen_futures::JsFuture::from(views_style());
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
    set_ready();
    view! {
        <div class="error-page" role="alert" data-testid="view-not-loaded">
            <p class="error-page__summary">{t().view_not_loaded}</p>
            <button type="button" class="button" on:click=|_| browser::reload()>
                {t().try_again}
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
        use crate::platform::lazy::{forget_views_style, views_style};
        use std::cell::Cell;
        use wasm_bindgen::JsCast;
        let started = std::rc::Rc::new([Cell::new(false), Cell::new(false), Cell::new(false)]);
        let intent = move |ev: &web_sys::Event| {
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("a[href], [data-prefetch]").ok().flatten())
            else {
                return;
            };
            if link.get_attribute("data-prefetch").as_deref() == Some("embed") {
                if !started[2].replace(true) {
                    crate::embed::dialog::prefetch();
                }
                return;
            }
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
            // The listeners live as long as the page.
            gloo_events::EventListener::new(&window(), name, move |ev| intent(ev)).forget();
        }
    }
}
