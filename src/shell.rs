//! The shell, the top of the app: mounting, loading the story, the page around the views
//! (header, notices, footer), and the switch between views. It is the one module that knows
//! every view; the views know only the layers below them (`context`, `ui`, `platform`,
//! `content` and the leptos-free core).
//!
//! Data flow: the story (built in, or fetched for `?data=`) is read and checked by
//! [`crate::model`]; [`page::Shell`] puts it in an [`AppContext`](crate::context::AppContext)
//! with the URL state signal; each view reads both and changes the view only through
//! `AppContext::go`, which also writes the address bar.

pub mod error_page;
pub mod header;
pub mod loader;
pub mod notices;
pub mod page;
pub mod views;

use crate::i18n::t;
use crate::platform::browser;
use crate::url_state::{Theme, UrlState};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use loader::LoadError;
use page::Shell;

/// Mounts the app on `<div id="app">`.
///
/// A panic aborts, which the browser sees as a trap of the wasm: `public/boot.js` then replaces
/// the page with a readable error. Debug builds also log the panic's message to the console
/// (the release build has no messages: see `scripts/build-release`).
pub fn mount() {
    #[cfg(all(debug_assertions, target_arch = "wasm32"))]
    console_error_panic_hook::set_once();
    // The app goes into `<div id="app">` (index.html), beside the page written at build time,
    // which it then replaces (see `prerender`).
    if let Some(host) = leptos::prelude::document().get_element_by_id("app") {
        leptos::mount::mount_to(wasm_bindgen::JsCast::unchecked_into(host), App).forget();
    }
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
    crate::ui::effect(move || {
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

    let status: RwSignal<Option<Result<&'static crate::model::Story, LoadError>>> =
        RwSignal::new(None);
    match initial.data {
        None => status.set(Some(loader::embedded())),
        Some(param) => leptos::task::spawn_local(async move {
            let result = loader::from_data_param(&param, &browser::origin()).await;
            status.set(Some(result));
        }),
    }

    move || {
        status.with(|status| match status {
            None => EitherOf3::A(view! { <p class="loading" role="status">{t().loading}</p> }),
            Some(Ok(story)) => {
                let story: &'static crate::model::Story = story;
                EitherOf3::B(view! { <Shell story=story url=url warnings=warnings.clone() /> })
            }
            Some(Err(error)) => EitherOf3::C(views::error_page(error.clone())),
        })
    }
}
