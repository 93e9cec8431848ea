//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test web`).
//! Each module mounts real components with the real default story and checks the DOM.
#![cfg(target_arch = "wasm32")]

mod compare;
mod present;
mod shell;
mod support;
mod timeline;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
