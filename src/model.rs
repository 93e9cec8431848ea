//! The story data model, free of any UI code so that it is tested natively.
//!
//! - [`story`]: the serde types of a story file.
//! - [`date`]: dates, times of day and time zones.
//! - [`load`]: text → checked [`Story`], or every problem found.
//! - [`validate`]: the semantic checks (ids, references, dates, quotes, links).
//! - [`index`]: the events in time order, with the lookups the views need.

pub mod date;
pub mod index;
pub mod load;
pub mod story;
pub mod validate;

pub use date::{Date, Zone};
pub use index::StoryIndex;
pub use load::parse_story;
pub use story::*;
pub use validate::Problem;

/// The default story, compiled into the app so that the first view needs no extra request.
pub const DEFAULT_STORY_JSON: &str = include_str!("../public/data/story.json");
