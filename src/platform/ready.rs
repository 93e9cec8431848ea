//! The page's ready flag, `<html data-ready="true">`: set once the first view is shown and
//! interactive. Embedding hosts, the height reporter and the tests wait for it. What else must
//! happen then registers here, so that nothing below the shell needs to know what it is: the
//! shell's takeover of the pre-rendered page runs just before the flag is set
//! ([`before_first_view`]), and the handout's code is fetched just after ([`after_first_view`]).

use std::cell::RefCell;

type Hook = Box<dyn FnOnce()>;

thread_local! {
    static BEFORE: RefCell<Vec<Hook>> = const { RefCell::new(Vec::new()) };
    static AFTER: RefCell<Vec<Hook>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` when the first view is ready, before the flag is set.
pub fn before_first_view(f: impl FnOnce() + 'static) {
    BEFORE.with(|hooks| hooks.borrow_mut().push(Box::new(f)));
}

/// Runs `f` when the first view is ready, after the flag is set.
pub fn after_first_view(f: impl FnOnce() + 'static) {
    AFTER.with(|hooks| hooks.borrow_mut().push(Box::new(f)));
}

/// Whether the first view has been shown ([`set_ready`]).
pub fn is_ready() -> bool {
    leptos::prelude::document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-ready"))
}

/// Marks the page as rendered and interactive: `<html data-ready="true">`, with the hooks
/// registered for that moment. Later calls (a view shown after the first) change nothing.
pub fn set_ready() {
    if is_ready() {
        return;
    }
    for hook in BEFORE.with(|hooks| hooks.take()) {
        hook();
    }
    super::browser::set_root_attribute("data-ready", Some("true"));
    for hook in AFTER.with(|hooks| hooks.take()) {
        hook();
    }
}
