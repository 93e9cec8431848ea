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

/// The part of the default story that the first view reads ([`Story::first_view_part`]), in
/// the same form. The whole ([`DEFAULT_STORY`]) is read only by code of the later views, so in
/// the release build its bytes travel in their chunks, not in the first view's wasm (a fifth
/// of the story's bytes are readings and quotes that only those views show).
pub const FIRST_VIEW_STORY: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/story-first-view.bin"));

thread_local! {
    /// The address of the first view's part of the built-in story, once loaded, and the
    /// whole story, once a later view needed it.
    static BUILT_IN: std::cell::Cell<(usize, Option<&'static Story>)> =
        const { std::cell::Cell::new((0, None)) };
}

/// The first view's part of the built-in story ([`FIRST_VIEW_STORY`]), kept for the page's
/// lifetime. `None` only if the bytes are damaged, which the build rules out.
pub fn first_view_default() -> Option<&'static Story> {
    let story: &'static Story = Box::leak(Box::new(decode(FIRST_VIEW_STORY)?));
    BUILT_IN.with(|b| b.set((story as *const Story as usize, None)));
    Some(story)
}

/// `story` whole: itself, unless it is the first view's part of the built-in story (see
/// [`first_view_default`]), which is then read whole, once. For the code of the views that come
/// later (comparison, presentation, handout), which read the readings and the method.
pub fn whole(story: &'static Story) -> &'static Story {
    let (part, whole) = BUILT_IN.with(|b| b.get());
    if part != story as *const Story as usize {
        return story;
    }
    if let Some(whole) = whole {
        return whole;
    }
    let Some(read) = decode_default() else {
        return story;
    };
    let read: &'static Story = Box::leak(Box::new(read));
    BUILT_IN.with(|b| b.set((part, Some(read))));
    read
}

/// Reads the built-in story ([`DEFAULT_STORY`]). `None` only if the bytes are damaged, which
/// the build rules out.
pub fn decode_default() -> Option<Story> {
    decode(DEFAULT_STORY)
}

/// Reads a story in the binary form of [`DEFAULT_STORY`]; `None` for damaged bytes.
pub fn decode(bytes: &[u8]) -> Option<Story> {
    postcard::from_bytes(bytes).ok()
}

/// The built-in story of every edition by its folder's name ("en", "zh-hans"), whole, for the
/// pre-renderer and the native tests, which render every edition. (A wasm build has only its
/// own edition's story: [`DEFAULT_STORY`].)
#[cfg(not(target_arch = "wasm32"))]
pub fn edition_story(edition: &str) -> Option<Story> {
    match edition {
        "en" => decode(include_bytes!(concat!(env!("OUT_DIR"), "/story.en.bin"))),
        "zh-hans" => decode(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/story.zh-hans.bin"
        ))),
        _ => None,
    }
}

/// An edition's story file without whitespace (see [`DEFAULT_STORY_JSON`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn edition_story_json(edition: &str) -> Option<&'static str> {
    match edition {
        "en" => Some(include_str!(concat!(env!("OUT_DIR"), "/story.en.json"))),
        "zh-hans" => Some(include_str!(concat!(
            env!("OUT_DIR"),
            "/story.zh-hans.json"
        ))),
        _ => None,
    }
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
    fn the_first_view_part_is_the_story_without_the_later_views_text() {
        let whole = decode_default().unwrap();
        let part = decode(FIRST_VIEW_STORY).unwrap();
        assert_eq!(part, whole.first_view_part());
        assert!(part.topics.iter().all(|t| t.readings.is_empty()));
        assert_eq!(part.events, whole.events);
        assert!(FIRST_VIEW_STORY.len() < DEFAULT_STORY.len() * 9 / 10);
    }

    #[test]
    fn whole_reads_the_built_in_story_whole_and_leaves_others_alone() {
        let part = first_view_default().unwrap();
        let whole = super::whole(part);
        assert_eq!(*whole, decode_default().unwrap());
        assert!(std::ptr::eq(super::whole(part), whole), "read once");
        let other: &'static Story = Box::leak(Box::new(decode_default().unwrap()));
        assert!(std::ptr::eq(super::whole(other), other));
    }

    #[test]
    fn the_binary_form_is_smaller_than_the_json() {
        // No keys, no quotes, numbers as bytes: smaller, though the text dominates.
        assert!(DEFAULT_STORY.len() < DEFAULT_STORY_JSON.len() * 9 / 10);
    }
}
