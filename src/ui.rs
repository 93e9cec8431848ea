//! Pieces of the user interface that every feature uses and that know no feature: the bridge
//! that puts [`crate::markup`] into Leptos views ([`markup_view`]), and browser observations as
//! signals ([`hooks`]).

pub mod hooks;
pub mod markup_view;

pub use markup_view::{markup, Markup};

pub use crate::platform::browser::closest_data;

/// Runs `f` now and again whenever the signals it reads change, like `Effect::new`.
///
/// Every call shares one instantiation of the effect machinery (the closure is boxed), where
/// `Effect::new` compiles it anew for each closure type; with the dozens of effects of the
/// views, that is the larger part of what the reactive system costs the wasm.
pub fn effect(f: impl Fn() + 'static) {
    boxed_effect(Box::new(f));
}

// Not generic, and never inlined: a closure written inside a generic function is generic too,
// so creating the effect there would compile it once per caller after all.
#[inline(never)]
fn boxed_effect(f: Box<dyn Fn()>) {
    leptos::prelude::Effect::new(move |_| f());
}

/// Like [`effect`], but `f` runs only on changes, not at once: for reactions to what the
/// reader does after the view is shown.
pub fn on_change(track: impl Fn() + 'static, f: impl Fn() + 'static) {
    let first = std::cell::Cell::new(true);
    effect(move || {
        track();
        if !first.replace(false) {
            leptos::prelude::untrack(&f);
        }
    });
}

/// A view that appears once `view` resolves (a view whose code is in a chunk of its own).
///
/// Every caller shares one instantiation of Leptos's `Suspend` (the future is boxed): each
/// distinct future would otherwise compile the suspense machinery anew into the first view.
#[cfg(feature = "split")]
pub fn suspended(
    view: impl std::future::Future<Output = leptos::prelude::AnyView> + 'static,
) -> leptos::prelude::Suspend<leptos::prelude::AnyView> {
    boxed_suspend(Box::pin(view))
}

#[cfg(feature = "split")]
#[inline(never)]
fn boxed_suspend(
    view: std::pin::Pin<Box<dyn std::future::Future<Output = leptos::prelude::AnyView>>>,
) -> leptos::prelude::Suspend<leptos::prelude::AnyView> {
    leptos::prelude::Suspend::new(send_wrapper::SendWrapper::new(view))
}
