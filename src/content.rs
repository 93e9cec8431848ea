//! The story's content as [`crate::markup`]: built by leptos-free code from the story, shown by
//! the app's views in the browser and written into the pre-rendered page at build time, so
//! that both say the same thing in the same markup.
//!
//! - [`badges`]: the texts' letters and the badges for events they mention.
//! - [`details`]: one event's details, and the quotation and external link they use.
//! - [`legend`]: the lane filter and the marker key.
//! - [`list`]: every event as a list, month by month.
//! - [`marks`]: markers and clusters in the timeline's lanes.
//! - [`axis`]: the axis ticks and the era bands.
//! - [`chart`]: the influx chart inside the track; [`chart_key`]: its sources and table.
//! - [`texts`], [`overview`], [`topic`], [`spectrum`], [`method`]: the comparison.
//! - [`step`]: one step of the classroom presentation; [`strip`]: where an event's step sits in
//!   time; [`notes`]: the presenter's notes.
//! - [`story_text`]: every event's details as a document, for the page written at build time.
//! - [`handout`]: the full printable handout; [`handout_short`]: the two-page one.

pub mod axis;
pub mod badges;
pub mod chart;
pub mod chart_key;
pub mod details;
pub mod handout;
pub mod handout_short;
pub mod legend;
pub mod list;
pub mod marks;
pub mod method;
pub mod notes;
pub mod overview;
pub mod spectrum;
pub mod step;
pub mod story_text;
pub mod strip;
pub mod texts;
pub mod topic;
