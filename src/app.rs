//! The app shell: mounting, loading the story, the header and navigation, and the switch
//! between views. Browser-only.
//!
//! Data flow: the story file (embedded, or fetched for `?data=`) is parsed and checked by
//! [`crate::model`] into a [`Loaded`] story; [`Shell`] puts it in an [`AppContext`] with the URL
//! state signal; each view reads both and changes the view only through [`AppContext::go`], which
//! also writes the address bar.

pub mod browser;
pub mod context;
pub mod error_page;
pub mod header;
pub mod loader;
pub mod notices;
pub mod shell;
pub mod split;

pub use context::{use_app, AppContext};
pub use loader::{LoadError, Loaded};
pub use shell::Shell;

use crate::url_state::{Theme, UrlState};
use error_page::ErrorPage;
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// Mounts the app on `<body>`.
///
/// A panic aborts, which the browser sees as a trap of the wasm: `public/boot.js` then replaces
/// the page with a readable error. Debug builds also log the panic's message to the console
/// (the release build has no messages: see `scripts/build-release`).
pub fn mount() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The root component: reads the address, loads the story, then shows it or the error page.
#[component]
pub fn App() -> impl IntoView {
    let (initial, warnings) = UrlState::parse(&browser::query());
    let url = RwSignal::new(initial.clone());

    // The back and forward buttons restore the view state from the address.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        url.set(UrlState::parse(&browser::query()).0);
    });
    on_cleanup(move || popstate.remove());

    // Theme and embed mode are attributes on <html>, where the CSS reads them.
    crate::dom::effect(move || {
        url.with(|u| {
            browser::set_root_attribute("data-theme", u.theme.map(Theme::as_str));
            browser::set_root_attribute("data-embed", u.embed.then_some("true"));
        })
    });

    // Only in the `test-panic` build: a panic on demand, for the end-to-end test of the panic
    // handler.
    #[cfg(feature = "test-panic")]
    if initial.other("panic") == Some("1") {
        set_timeout(
            || panic!("test panic (the test-panic feature)"),
            std::time::Duration::from_millis(100),
        );
    }

    let status: RwSignal<Option<Result<Loaded, LoadError>>> = RwSignal::new(None);
    match initial.data {
        None => status.set(Some(loader::embedded())),
        Some(param) => leptos::task::spawn_local(async move {
            let result = loader::from_data_param(&param, &browser::origin()).await;
            status.set(Some(result));
        }),
    }

    move || {
        status.with(|status| match status {
            None => {
                EitherOf3::A(view! { <p class="loading" role="status">"Loading the story…"</p> })
            }
            Some(Ok(loaded)) => EitherOf3::B(
                view! { <Shell loaded=loaded.clone() url=url warnings=warnings.clone() /> },
            ),
            Some(Err(error)) => EitherOf3::C(view! { <ErrorPage error=error.clone() /> }),
        })
    }
}
