//! A linear map between axis time (seconds) and pixels along the timeline's track.

use crate::model::index::DAY;

/// Maps axis time to pixels: `x = (t - start) / DAY * px_per_day`.
///
/// The track runs from `start` to `end`; its width in pixels is `x(end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// Axis time at the left edge of the track.
    pub start: f64,
    /// Axis time at the right edge of the track.
    pub end: f64,
    /// Zoom: pixels per day.
    pub px_per_day: f64,
}

impl TimeScale {
    /// A scale over `[start, end]`; an empty or reversed range is widened to one day.
    pub fn new(start: f64, end: f64, px_per_day: f64) -> TimeScale {
        let end = if end > start { end } else { start + DAY };
        TimeScale {
            start,
            end,
            px_per_day: px_per_day.max(f64::MIN_POSITIVE),
        }
    }

    /// Pixels from the track's left edge to time `t`.
    pub fn x(&self, t: f64) -> f64 {
        (t - self.start) / DAY * self.px_per_day
    }

    /// The time at `x` pixels from the track's left edge.
    pub fn t(&self, x: f64) -> f64 {
        self.start + x / self.px_per_day * DAY
    }

    /// The track's width in pixels.
    pub fn width(&self) -> f64 {
        self.x(self.end)
    }

    /// Where `t` lies along the track, from 0 (start) to 1 (end). Independent of zoom, which is
    /// why markers are positioned with it: zooming changes only the track's width.
    pub fn fraction(&self, t: f64) -> f64 {
        (t - self.start) / (self.end - self.start)
    }

    /// The same range at another zoom.
    pub fn with_zoom(&self, px_per_day: f64) -> TimeScale {
        TimeScale::new(self.start, self.end, px_per_day)
    }

    /// Whole minutes from the track's start to `t`. Markers carry this as a CSS custom property
    /// (`--m`), and CSS multiplies it by the zoom, so that zooming changes one property on the
    /// track instead of every marker. Integers avoid float formatting in the wasm.
    pub fn minutes(&self, t: f64) -> i64 {
        ((t - self.start) / 60.0).round() as i64
    }

    /// The zoom in thousandths of a pixel per day (the track's `data-zoom`, for tests and tools).
    pub fn zoom_milli(&self) -> i64 {
        (self.px_per_day * 1000.0).round() as i64
    }

    /// The range of days, as a float.
    pub fn days(&self) -> f64 {
        (self.end - self.start) / DAY
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_time_to_pixels_and_back() {
        let s = TimeScale::new(1000.0 * DAY, 1010.0 * DAY, 50.0);
        assert_eq!(s.x(1000.0 * DAY), 0.0);
        assert_eq!(s.x(1001.0 * DAY), 50.0);
        assert_eq!(s.width(), 500.0);
        for x in [0.0, 12.5, 250.0, 499.0] {
            assert!((s.x(s.t(x)) - x).abs() < 1e-6);
        }
        assert_eq!(s.fraction(1005.0 * DAY), 0.5);
        assert_eq!(s.with_zoom(100.0).width(), 1000.0);
    }

    #[test]
    fn css_units_are_whole_numbers() {
        let s = TimeScale::new(0.0, 10.0 * DAY, 1.5);
        assert_eq!(s.minutes(DAY), 1440);
        assert_eq!(s.minutes(90.0), 2);
        assert_eq!(s.zoom_milli(), 1500);
        // CSS computes left = minutes * zoom_milli / 1_440_000 px; it matches x().
        let t = 3.25 * DAY;
        let css = s.minutes(t) as f64 * s.zoom_milli() as f64 / 1_440_000.0;
        assert!((css - s.x(t)).abs() < 0.01);
    }

    #[test]
    fn guards_against_empty_ranges_and_zero_zoom() {
        let s = TimeScale::new(5.0, 5.0, 0.0);
        assert_eq!(s.days(), 1.0);
        assert!(s.x(5.0 + DAY).is_finite());
    }
}
