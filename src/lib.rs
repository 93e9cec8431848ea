//! rednote-explainer: an embeddable explainer of the January 2025 TikTok ban deadline, the
//! "TikTok refugees" who moved to Xiaohongshu (RedNote), and two texts that read it differently.
//!
//! The modules form layers; each imports only the layers below it, never one above, and the
//! features never import each other (`tests/layers.rs` checks this):
//!
//! 1. The leptos-free core, tested natively: [`model`] (the story file's types, loading,
//!    validation, the events placed in time), [`i18n`] (the interface's words in each
//!    language, and dates and numbers by its conventions), [`scale`] (time ↔ pixels, zoom,
//!    ticks, clusters), [`url_state`] (the view state in the query string), [`protocol`] (the
//!    messages an embed exchanges with its host page) and [`qr`].
//! 2. [`markup`] and [`content`]: the story's content as a tree of elements, written as HTML at
//!    build time and as DOM in the browser, from the same code.
//! 3. [`platform`] (browser services), [`context`] (the state every view shares) and [`ui`]
//!    (what every view uses: markup as a Leptos view, browser observations as signals).
//! 4. The features, Leptos components: [`timeline`], [`compare`], [`present`], [`embed`] and
//!    [`handout`].
//! 5. [`shell`]: the app around them, the only module that knows every view; and
//!    [`prerender`], which writes the page at build time from the same components.

pub mod model;

pub mod i18n;

pub mod protocol;
pub mod qr;
pub mod scale;
pub mod url_state;

pub mod markup;

pub mod content;

pub mod context;
pub mod platform;
pub mod ui;

pub mod compare;
pub mod embed;
pub mod handout;
pub mod present;
pub mod timeline;

pub mod shell;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
