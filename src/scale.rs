//! Geometry of the timeline, free of any UI code: time ↔ pixels, zoom levels, axis ticks and
//! the clustering of markers that would overlap.

pub mod cluster;
pub mod ticks;
pub mod time_scale;
pub mod zoom;

pub use time_scale::TimeScale;
