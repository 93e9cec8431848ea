//! The story data model, free of any UI code so that it is tested natively.
//!
//! - [`story`]: the types of a story file.
//! - [`date`]: dates, times of day and time zones.
//! - [`load`]: text → checked [`Story`], or every problem found (serde_json, item by item).
//! - [`validate`]: the semantic checks (ids, references, dates, quotes, links).
//! - [`index`]: the events in time order, with the lookups the views need.

pub mod date;
pub mod index;
pub mod load;
pub mod presentation;
pub mod story;
pub mod validate;

pub use date::{Date, Zone};
pub use index::StoryIndex;
pub use load::parse_story;
pub use story::*;
pub use validate::Problem;

/// The default story, compiled into the app so that the first view needs no extra request:
/// `public/data/story.json`, checked by `build.rs` and stored in postcard's binary form.
pub const DEFAULT_STORY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.bin"));

/// Reads the built-in story ([`DEFAULT_STORY`]). `None` only if the bytes are damaged, which
/// the build rules out.
pub fn decode_default() -> Option<Story> {
    decode(DEFAULT_STORY)
}

/// Reads a story in the binary form of [`DEFAULT_STORY`]; `None` for damaged bytes.
pub fn decode(bytes: &[u8]) -> Option<Story> {
    postcard::from_bytes(bytes).ok()
}

/// `public/data/story.json` without the whitespace between tokens (see `build.rs`), for tests
/// that start from the default story. The app itself uses [`DEFAULT_STORY`].
pub const DEFAULT_STORY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/story.json"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_bytes_are_the_checked_story_file() {
        let from_json = parse_story(DEFAULT_STORY_JSON).expect("the default story is valid");
        assert_eq!(decode_default(), Some(from_json));
    }

    #[test]
    fn the_binary_form_is_smaller_than_the_json() {
        // No keys, no quotes, numbers as bytes: smaller, though the text dominates.
        assert!(DEFAULT_STORY.len() < DEFAULT_STORY_JSON.len() * 9 / 10);
    }
}
