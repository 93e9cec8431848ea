//! rednote-explainer: an embeddable explainer of the January 2025 TikTok ban deadline, the
//! "TikTok refugees" who moved to Xiaohongshu (RedNote), and two texts that read it differently.
//!
//! The crate has a leptos-free core, tested natively:
//! - [`model`]: the story file's types, loading and validation, and the events placed in time.
//! - [`scale`]: time ↔ pixels, zoom levels, axis ticks and marker clustering.
//! - [`url_state`]: the view state that lives in the page's query string.
//! - [`protocol`]: the messages an embedded explainer exchanges with its host page.
//! - [`qr`]: the QR code of the explainer's address for the presentation.
//!
//! The user interface exists only in the browser (`wasm32`); see [`app`].

pub mod model;
pub mod protocol;
pub mod qr;
pub mod scale;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod compare;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod handout;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod present;
#[cfg(target_arch = "wasm32")]
pub mod timeline;
