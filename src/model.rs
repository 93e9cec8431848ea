//! The story data model, free of any UI code so that it is tested natively.
//!
//! Story files are read without serde: `json` and `read` are small and hand-written because
//! serde's derived code and `serde_json` cost the wasm about 100 KB, and because they can
//! report every problem in a file where serde stopped at the first in each item.
//!
//! - [`story`]: the types of a story file.
//! - [`date`]: dates, times of day and time zones.
//! - [`json`]: a small JSON parser, text → a tree of values with their offsets.
//! - [`read`]: the tree → the story types, collecting every problem with its path.
//! - [`load`]: text → checked [`Story`], or every problem found.
//! - [`validate`]: the semantic checks (ids, references, dates, quotes, links).
//! - [`compact`]: the binary form of the story compiled into the app.
//! - [`index`]: the events in time order, with the lookups the views need.

pub mod compact;
pub mod date;
pub mod index;
pub mod json;
pub mod load;
pub mod presentation;
pub mod read;
pub mod story;
pub mod validate;

pub use date::{Date, Zone};
pub use index::StoryIndex;
pub use load::parse_story;
pub use story::*;
pub use validate::Problem;

/// The default story, compiled into the app so that the first view needs no extra request:
/// `public/data/story.json`, checked by `build.rs` and stored in the form of [`compact`].
pub const DEFAULT_STORY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.bin"));

/// `public/data/story.json` without the whitespace between tokens (see `build.rs`), for tests
/// that start from the default story. The app itself uses [`DEFAULT_STORY`].
pub const DEFAULT_STORY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/story.json"));
