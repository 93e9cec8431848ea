//! Axis ticks that adapt to the zoom: years, months, weeks, days or hours.
//!
//! The interval is the finest one whose ticks stay at least [`MIN_SPACING`] pixels apart, so
//! labels never overlap. Ticks are generated only for a window of time (the visible range and a
//! margin), so their number is bounded at any zoom.

use super::time_scale::TimeScale;
use crate::model::date::{hh_mm, month_name};
use crate::model::index::{seconds, wall_clock, DAY};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Weekday};

/// Smallest distance between two ticks, in pixels: room for the longest label ("Sat 18 Jan").
pub const MIN_SPACING: f64 = 84.0;
/// Upper bound on ticks per call, whatever the window.
pub const MAX_TICKS: usize = 400;

/// The unit of a tick interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks, starting on Monday.
    Week,
    /// Calendar months.
    Month,
    /// Calendar years.
    Year,
}

impl Unit {
    /// The unit's name in the plural ("days"): for the zoom status, and for CSS as the track's
    /// `data-unit`.
    pub fn plural(self) -> &'static str {
        match self {
            Unit::Hour => "hours",
            Unit::Day => "days",
            Unit::Week => "weeks",
            Unit::Month => "months",
            Unit::Year => "years",
        }
    }
}

/// A tick interval: `count` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// The unit.
    pub unit: Unit,
    /// How many units between ticks.
    pub count: u32,
}

impl Interval {
    const fn new(unit: Unit, count: u32) -> Interval {
        Interval { unit, count }
    }

    /// Typical length in days, to compare with the zoom.
    pub fn approx_days(self) -> f64 {
        let unit = match self.unit {
            Unit::Hour => 1.0 / 24.0,
            Unit::Day => 1.0,
            Unit::Week => 7.0,
            // The shortest month and year, so that spacing never falls under the minimum.
            Unit::Month => 28.0,
            Unit::Year => 365.0,
        };
        unit * self.count as f64
    }
}

/// The intervals the axis can use, finest first.
pub const INTERVALS: [Interval; 15] = [
    Interval::new(Unit::Hour, 1),
    Interval::new(Unit::Hour, 3),
    Interval::new(Unit::Hour, 6),
    Interval::new(Unit::Hour, 12),
    Interval::new(Unit::Day, 1),
    Interval::new(Unit::Day, 2),
    Interval::new(Unit::Week, 1),
    Interval::new(Unit::Month, 1),
    Interval::new(Unit::Month, 3),
    Interval::new(Unit::Month, 6),
    Interval::new(Unit::Year, 1),
    Interval::new(Unit::Year, 2),
    Interval::new(Unit::Year, 5),
    Interval::new(Unit::Year, 10),
    Interval::new(Unit::Year, 50),
];

/// The finest interval whose ticks are at least [`MIN_SPACING`] apart at `px_per_day`.
pub fn interval_for(px_per_day: f64) -> Interval {
    INTERVALS
        .iter()
        .copied()
        .find(|i| i.approx_days() * px_per_day >= MIN_SPACING)
        .unwrap_or(INTERVALS[INTERVALS.len() - 1])
}

/// One tick on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Axis time of the tick.
    pub t: f64,
    /// Its label.
    pub label: String,
    /// Whether it starts a larger unit (a new day among hours, a new year among months): drawn
    /// stronger, with a fuller label.
    pub major: bool,
    /// The wall-clock time it marks and the axis's unit, for labels in another language
    /// (`i18n::tick_label`).
    pub at: NaiveDateTime,
    /// The unit of the axis.
    pub unit: Unit,
}

/// Ticks from `from` to `to` (axis seconds) at the interval that suits `scale`'s zoom.
pub fn ticks(scale: &TimeScale, from: f64, to: f64) -> Vec<Tick> {
    let interval = interval_for(scale.px_per_day);
    let mut out = Vec::new();
    let mut at = align(wall_clock(from.max(scale.start)), interval);
    let end = to.min(scale.end);
    while seconds(at) <= end && out.len() < MAX_TICKS {
        let t = seconds(at);
        if t >= from.max(scale.start) {
            let (label, major) = label(at, interval);
            out.push(Tick {
                t,
                label,
                major,
                at,
                unit: interval.unit,
            });
        }
        at = advance(at, interval);
    }
    out
}

/// The last tick boundary at or before `at`.
fn align(at: NaiveDateTime, interval: Interval) -> NaiveDateTime {
    let day = at.date();
    let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default();
    let n = interval.count;
    match interval.unit {
        Unit::Hour => {
            let hour = at.hour() - at.hour() % n;
            day.and_hms_opt(hour, 0, 0).unwrap_or_default()
        }
        Unit::Day => {
            let back = (day.day() - 1) % n;
            midnight(day - Duration::days(back as i64))
        }
        Unit::Week => {
            let back = day.weekday().num_days_from_monday();
            midnight(day - Duration::days(back as i64))
        }
        Unit::Month => {
            let month0 = day.month0() - day.month0() % n;
            midnight(NaiveDate::from_ymd_opt(day.year(), month0 + 1, 1).unwrap_or(day))
        }
        Unit::Year => {
            let year = day.year() - day.year().rem_euclid(n as i32);
            midnight(NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(day))
        }
    }
}

/// The next tick boundary after `at` (which is aligned).
fn advance(at: NaiveDateTime, interval: Interval) -> NaiveDateTime {
    let n = interval.count;
    match interval.unit {
        Unit::Hour => at + Duration::hours(n as i64),
        Unit::Week => at + Duration::days(7 * n as i64),
        Unit::Day => {
            let next = at + Duration::days(n as i64);
            // Day ticks restart on the 1st, so that "every 2 days" lines up month after month.
            if next.month() != at.month() {
                next.date()
                    .with_day(1)
                    .unwrap_or(next.date())
                    .and_time(at.time())
            } else {
                next
            }
        }
        Unit::Month => {
            let months = at.year() * 12 + at.month0() as i32 + n as i32;
            NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)
                .map_or(at + Duration::days(28), |d| d.and_time(at.time()))
        }
        Unit::Year => NaiveDate::from_ymd_opt(at.year() + n as i32, 1, 1)
            .map_or(at + Duration::days(365), |d| d.and_time(at.time())),
    }
}

/// The label of a tick at `at`, and whether it is major.
fn label(at: NaiveDateTime, interval: Interval) -> (String, bool) {
    let d = at.date();
    let day_month = format!("{} {}", d.day(), month_name(d.month()));
    match interval.unit {
        Unit::Hour if at.hour() == 0 => (format!("{} {day_month}", weekday(d.weekday())), true),
        Unit::Hour => (hh_mm(at), false),
        // The first tick of each month carries the year, so that a view of days or weeks far
        // from the story's January says which year it shows (one within a single month, or
        // of hours, shows none: the details give the full date).
        Unit::Day if d.day() == 1 => (format!("{day_month} {}", d.year()), true),
        Unit::Week if d.day() <= 7 => (format!("{day_month} {}", d.year()), true),
        Unit::Day | Unit::Week => (day_month, false),
        Unit::Month if d.month() == 1 => (format!("{} {}", month_name(1), d.year()), true),
        Unit::Month => (month_name(d.month()).to_string(), false),
        Unit::Year => (d.year().to_string(), d.year() % 10 == 0),
    }
}

/// What the corner beside the axis says about the view's left edge, where the ticks may not
/// say it: the day at hour zoom, the month at day and week zoom, nothing when the ticks name
/// months and years themselves. Compared before it is formatted, so that panning, which moves
/// the edge on every scroll event, formats it only when it crosses a day or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeDate {
    /// "Sat 18 Jan 2025".
    Day(NaiveDate),
    /// "Jan 2025": the year and the month (1 to 12).
    Month(i32, u32),
    /// Nothing to say.
    None,
}

impl std::fmt::Display for EdgeDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            EdgeDate::Day(d) => write!(
                f,
                "{} {} {} {}",
                weekday(d.weekday()),
                d.day(),
                month_name(d.month()),
                d.year()
            ),
            EdgeDate::Month(year, month) => write!(f, "{} {year}", month_name(month)),
            EdgeDate::None => Ok(()),
        }
    }
}

/// The date at axis time `t` (the view's left edge) at zoom `px_per_day`, for the corner
/// beside the axis (see [`EdgeDate`]).
pub fn edge_date(t: f64, px_per_day: f64) -> EdgeDate {
    let d = wall_clock(t).date();
    match interval_for(px_per_day).unit {
        Unit::Hour => EdgeDate::Day(d),
        Unit::Day | Unit::Week => EdgeDate::Month(d.year(), d.month()),
        Unit::Month | Unit::Year => EdgeDate::None,
    }
}

/// "Sat" for Saturday.
fn weekday(w: Weekday) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][w.num_days_from_monday() as usize]
}

/// Half-open bucket of the window that ticks are generated for, so that the tick list changes
/// only when scrolling crosses a bucket (a viewport's width) and not on every scroll event.
pub fn tick_window(scale: &TimeScale, scroll: f64, viewport_px: f64) -> (f64, f64) {
    let width = viewport_px.max(1.0);
    let bucket = (scroll / width).floor();
    (
        scale.t((bucket - 1.0) * width),
        scale.t((bucket + 3.0) * width),
    )
}

/// A window covering the whole track, for when all ticks are wanted (printing, tests).
pub fn whole(scale: &TimeScale) -> (f64, f64) {
    (scale.start, scale.end + DAY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index::day_start;
    use crate::model::Date;

    fn t(y: i32, m: u32, d: u32, h: u32) -> f64 {
        day_start(Date::ymd(y, m, d).unwrap()) + h as f64 * 3600.0
    }

    fn labels(ticks: &[Tick]) -> Vec<&str> {
        ticks.iter().map(|t| t.label.as_str()).collect()
    }

    #[test]
    fn picks_an_interval_for_every_zoom_level() {
        use super::super::zoom::LEVELS;
        let units: Vec<_> = LEVELS.iter().map(|k| interval_for(*k)).collect();
        assert_eq!(interval_for(4096.0), Interval::new(Unit::Hour, 1));
        assert_eq!(interval_for(512.0), Interval::new(Unit::Hour, 6));
        assert_eq!(interval_for(128.0), Interval::new(Unit::Day, 1));
        assert_eq!(interval_for(16.0), Interval::new(Unit::Week, 1));
        assert_eq!(interval_for(4.0), Interval::new(Unit::Month, 1));
        assert_eq!(interval_for(1.0), Interval::new(Unit::Month, 3));
        assert_eq!(interval_for(0.5), Interval::new(Unit::Month, 6));
        assert_eq!(interval_for(0.25), Interval::new(Unit::Year, 1));
        assert_eq!(interval_for(0.125), Interval::new(Unit::Year, 2));
        // Coarser as the zoom falls, and always far enough apart.
        for (k, i) in LEVELS.iter().zip(&units) {
            assert!(i.approx_days() * k >= MIN_SPACING, "{k}: {i:?}");
        }
        for pair in units.windows(2) {
            assert!(pair[0].approx_days() >= pair[1].approx_days());
        }
    }

    #[test]
    fn hour_ticks_mark_midnight_with_the_day() {
        let scale = TimeScale::new(t(2025, 1, 1, 0), t(2025, 2, 1, 0), 1024.0); // 3-hour ticks
        let ticks = ticks(&scale, t(2025, 1, 18, 17), t(2025, 1, 19, 7));
        assert_eq!(
            labels(&ticks),
            ["18:00", "21:00", "Sun 19 Jan", "03:00", "06:00"]
        );
        assert!(ticks[2].major && !ticks[0].major);
    }

    #[test]
    fn day_ticks_restart_each_month() {
        let scale = TimeScale::new(t(2025, 1, 1, 0), t(2025, 3, 1, 0), 60.0); // 2-day ticks
        let ticks = ticks(&scale, t(2025, 1, 27, 0), t(2025, 2, 4, 0));
        assert_eq!(
            labels(&ticks),
            ["27 Jan", "29 Jan", "31 Jan", "1 Feb 2025", "3 Feb"]
        );
        assert!(ticks[3].major);
    }

    #[test]
    fn month_and_year_ticks() {
        let scale = TimeScale::new(t(2024, 1, 1, 0), t(2026, 12, 31, 0), 4.0);
        let ticks = ticks(&scale, t(2024, 11, 15, 0), t(2025, 3, 15, 0));
        assert_eq!(labels(&ticks), ["Dec", "Jan 2025", "Feb", "Mar"]);
        let scale = scale.with_zoom(0.25);
        let ticks = super::ticks(&scale, scale.start, scale.end);
        assert_eq!(labels(&ticks), ["2024", "2025", "2026"]);
    }

    #[test]
    fn week_ticks_fall_on_mondays() {
        let scale = TimeScale::new(t(2025, 1, 1, 0), t(2025, 2, 28, 0), 16.0);
        let ticks = ticks(&scale, t(2025, 1, 10, 0), t(2025, 1, 31, 0));
        assert_eq!(labels(&ticks), ["13 Jan", "20 Jan", "27 Jan"]);
        // The month's first Monday carries the year.
        let ticks = super::ticks(&scale, t(2025, 1, 28, 0), t(2025, 2, 12, 0));
        assert_eq!(labels(&ticks), ["3 Feb 2025", "10 Feb"]);
        assert!(ticks[0].major && !ticks[1].major);
    }

    #[test]
    fn the_edge_date_says_what_the_ticks_do_not() {
        let at = t(2025, 1, 18, 22);
        let text = |px_per_day| edge_date(at, px_per_day).to_string();
        assert_eq!(text(1024.0), "Sat 18 Jan 2025");
        assert_eq!(text(128.0), "Jan 2025");
        assert_eq!(text(16.0), "Jan 2025");
        assert_eq!(text(4.0), "");
        // Within a day at hour zoom, within a month at day zoom: the same value, not formatted
        // again.
        assert_eq!(edge_date(at, 1024.0), edge_date(t(2025, 1, 18, 1), 1024.0));
        assert_eq!(edge_date(at, 128.0), edge_date(t(2025, 1, 2, 0), 128.0));
        assert_ne!(edge_date(at, 128.0), edge_date(t(2025, 2, 1, 0), 128.0));
    }

    #[test]
    fn the_number_of_ticks_is_bounded() {
        let scale = TimeScale::new(t(2000, 1, 1, 0), t(2030, 1, 1, 0), 4096.0);
        assert_eq!(ticks(&scale, scale.start, scale.end).len(), MAX_TICKS);
        let (a, b) = tick_window(&scale, 1_000_000.0, 1000.0);
        assert!(ticks(&scale, a, b).len() <= 4000 / MIN_SPACING as usize + 1);
    }

    #[test]
    fn the_tick_window_changes_only_between_buckets() {
        let scale = TimeScale::new(0.0, 1000.0 * DAY, 100.0);
        assert_eq!(
            tick_window(&scale, 1000.0, 800.0),
            tick_window(&scale, 1500.0, 800.0)
        );
        assert_ne!(
            tick_window(&scale, 1000.0, 800.0),
            tick_window(&scale, 1700.0, 800.0)
        );
        let (a, b) = tick_window(&scale, 1000.0, 800.0);
        assert!(a <= scale.t(1000.0) && b >= scale.t(1800.0));
    }
}
