//! Discrete zoom levels and the maths of zooming about an anchor.
//!
//! Zoom snaps to a ladder of levels (pixels per day, doubling), so that axis labels stay legible
//! and every reader sees the same few views. The lowest level is always "show everything": the
//! zoom at which the whole story fits the viewport.

use super::time_scale::TimeScale;
use crate::model::index::DAY;

/// The zoom ladder in pixels per day: from about a decade on a screen to about 170 px an hour.
pub const LEVELS: [f64; 16] = [
    0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0,
    4096.0,
];

/// The most zoomed-in level.
pub const MAX_ZOOM: f64 = LEVELS[LEVELS.len() - 1];

/// The zoom at which `days` fit `viewport_px` (the "show everything" level), never above
/// [`MAX_ZOOM`].
pub fn fit(days: f64, viewport_px: f64) -> f64 {
    if days <= 0.0 || viewport_px <= 0.0 {
        return LEVELS[0];
    }
    (viewport_px / days).min(MAX_ZOOM)
}

/// The levels a reader can step through: "fit", then every ladder level above it.
pub fn levels(fit: f64) -> Vec<f64> {
    let mut out = vec![fit];
    out.extend(LEVELS.iter().copied().filter(|k| *k > fit * 1.000_001));
    out
}

/// One level in (`steps` > 0) or out (`steps` < 0) from `current`, within `levels(fit)`.
pub fn step(current: f64, steps: i32, fit: f64) -> f64 {
    let ladder = levels(fit);
    // The level at or just below `current`, so that an off-ladder zoom steps to a neighbour.
    let here = ladder
        .iter()
        .rposition(|k| *k <= current * 1.000_001)
        .unwrap_or(0) as i32;
    let here = if steps < 0 && ladder[here as usize] < current * 0.999_999 {
        here + 1
    } else {
        here
    };
    let target = (here + steps).clamp(0, ladder.len() as i32 - 1);
    ladder[target as usize]
}

/// Whether `current` is the lowest or highest level.
pub fn at_limits(current: f64, fit: f64) -> (bool, bool) {
    let ladder = levels(fit);
    (
        current <= ladder[0] * 1.000_001,
        current >= ladder[ladder.len() - 1] * 0.999_999,
    )
}

/// The highest level at which `days` still fit in `viewport_px` (but not below `fit`): used to
/// show a period such as the deadline week, or to open a cluster.
pub fn level_showing(days: f64, viewport_px: f64, fit: f64) -> f64 {
    let want = viewport_px / days.max(1.0 / 24.0);
    levels(fit).into_iter().rfind(|k| *k <= want).unwrap_or(fit)
}

/// Where to scroll so that time `t` sits at `x_in_view` pixels from the viewport's left edge,
/// clamped to the track. Zooming about the pointer keeps the time under it in place this way.
pub fn scroll_to_keep(scale: &TimeScale, t: f64, x_in_view: f64, viewport_px: f64) -> f64 {
    let max = (scale.width() - viewport_px).max(0.0);
    (scale.x(t) - x_in_view).clamp(0.0, max)
}

/// The time range visible at `scroll` pixels.
pub fn visible(scale: &TimeScale, scroll: f64, viewport_px: f64) -> (f64, f64) {
    (scale.t(scroll), scale.t(scroll + viewport_px))
}

/// Pads a story's extent so that the first and last markers are not cut off: 4% of the span on
/// each side, at least half a day.
pub fn padded(extent: (f64, f64)) -> (f64, f64) {
    let pad = ((extent.1 - extent.0) * 0.04).max(DAY / 2.0);
    (extent.0 - pad, extent.1 + pad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_is_the_lowest_level() {
        let f = fit(700.0, 1400.0);
        assert_eq!(f, 2.0);
        let ladder = levels(1.5);
        assert_eq!(ladder[0], 1.5);
        assert_eq!(ladder[1], 2.0);
        assert_eq!(*ladder.last().unwrap(), MAX_ZOOM);
        // A tiny story never zooms past the top level.
        assert_eq!(fit(0.01, 1400.0), MAX_ZOOM);
        assert_eq!(levels(MAX_ZOOM), vec![MAX_ZOOM]);
    }

    #[test]
    fn steps_along_the_ladder_and_stops_at_the_ends() {
        let f = 1.5;
        assert_eq!(step(f, 1, f), 2.0);
        assert_eq!(step(2.0, 1, f), 4.0);
        assert_eq!(step(2.0, -1, f), f);
        assert_eq!(step(f, -1, f), f);
        assert_eq!(step(MAX_ZOOM, 1, f), MAX_ZOOM);
        assert_eq!(step(2.0, 3, f), 16.0);
        // From between two levels: in goes to the next one up, out to the next one down.
        assert_eq!(step(3.0, 1, f), 4.0);
        assert_eq!(step(3.0, -1, f), 2.0);
        assert_eq!(at_limits(f, f), (true, false));
        assert_eq!(at_limits(MAX_ZOOM, f), (false, true));
    }

    #[test]
    fn picks_the_level_that_shows_a_period() {
        // A week in 1200 px: 171 px/day wanted, so 128.
        assert_eq!(level_showing(7.0, 1200.0, 1.0), 128.0);
        // Two hours: capped at the top level.
        assert_eq!(level_showing(2.0 / 24.0, 1200.0, 1.0), MAX_ZOOM);
        // Longer than the whole story: fit.
        assert_eq!(level_showing(5000.0, 1200.0, 1.0), 1.0);
    }

    #[test]
    fn zooming_about_an_anchor_keeps_it_in_place() {
        let before = TimeScale::new(0.0, 100.0 * DAY, 10.0);
        let t = before.t(430.0);
        let x_in_view = 430.0 - 200.0; // scrolled by 200
        let after = before.with_zoom(20.0);
        let scroll = scroll_to_keep(&after, t, x_in_view, 600.0);
        assert!((after.x(t) - scroll - x_in_view).abs() < 1e-6);
        // Clamped at both ends of the track.
        assert_eq!(scroll_to_keep(&after, 0.0, 300.0, 600.0), 0.0);
        assert_eq!(
            scroll_to_keep(&after, 100.0 * DAY, 0.0, 600.0),
            2000.0 - 600.0
        );
        let (a, b) = visible(&after, 200.0, 600.0);
        assert_eq!((a / DAY, b / DAY), (10.0, 40.0));
    }

    #[test]
    fn pads_the_extent() {
        let (a, b) = padded((0.0, 100.0 * DAY));
        assert_eq!((a / DAY, b / DAY), (-4.0, 104.0));
        let (a, _) = padded((0.0, DAY));
        assert_eq!(a, -DAY / 2.0);
    }
}
