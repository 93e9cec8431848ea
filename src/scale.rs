//! Geometry, free of any UI code: time ↔ pixels, zoom levels, axis ticks and the clustering
//! of markers on the timeline; the chart's value scale; the comparison's five-step spectrum.

pub mod cluster;
pub mod spectrum;
pub mod ticks;
pub mod time_scale;
pub mod value_scale;
pub mod zoom;

pub use time_scale::TimeScale;
