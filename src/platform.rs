//! Browser services that the shell and every view share, with no user interface and no
//! feature of their own: the address bar and history ([`browser`]), the page's ready flag and
//! what waits for it ([`ready`]), fetching a story file ([`fetch`]), and the code and style
//! sheets loaded after the first view ([`lazy`]).
//!
//! At build time (the pre-rendered page, native code) there is no browser: these functions are
//! only called from event handlers and effects, which do not run there.

pub mod browser;
pub mod fetch;
pub mod lazy;
pub mod ready;
