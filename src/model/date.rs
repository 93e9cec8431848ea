//! Calendar dates, times of day and the three time zones a story may use.
//!
//! Dates in a story file are ISO strings (`2025-01-18`, or `2025-01` for a month). Times are
//! `HH:MM` in a named zone. We support only the zones the story needs, so that the wasm does
//! not carry a time-zone database: US Eastern (with US daylight-saving rules), Beijing (UTC+8
//! all year) and UTC.

use super::validate::excerpt;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Month names as the explainer prints them ("13 Jan 2025").
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Full month names, for headings ("January 2025").
const LONG_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The full English name of a month, 1-based ("January" for 1).
pub fn long_month_name(month: u32) -> &'static str {
    LONG_MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// The short English name of a month, 1-based ("Jan" for 1).
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// A calendar date from a story file: a full day (`2025-01-18`) or a whole month (`2025-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The day; for a month-only date, the first of the month.
    pub day: NaiveDate,
    /// Whether the file gave only the year and month.
    pub month_only: bool,
}

impl Date {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`. Returns a plain message when the text is not a date.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad = || {
            format!(
                "\"{}\" is not a date; write YYYY-MM-DD (or YYYY-MM for a month)",
                excerpt(text)
            )
        };
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (year, month, day, month_only) = match parts.as_slice() {
            [y, m, d] => (number(y, 4), number(m, 2), number(d, 2), false),
            [y, m] => (number(y, 4), number(m, 2), Some(1), true),
            _ => return Err(bad()),
        };
        let (Some(year), Some(month), Some(day)) = (year, month, day) else {
            return Err(bad());
        };
        NaiveDate::from_ymd_opt(year as i32, month, day)
            .map(|day| Date { day, month_only })
            .ok_or_else(|| format!("\"{text}\" is not a real calendar date"))
    }

    /// Builds a full-day date; `None` if the day does not exist.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(|day| Date {
            day,
            month_only: false,
        })
    }

    /// "13 Jan 2025", or "Jan 2025" for a month-only date.
    pub fn long(&self) -> String {
        if self.month_only {
            self.month_year()
        } else {
            format!("{} {}", self.day.day(), self.month_year())
        }
    }

    /// "Jan 2025".
    pub fn month_year(&self) -> String {
        format!("{} {}", month_name(self.day.month()), self.day.year())
    }

    /// The ISO form as written in a story file.
    pub fn iso(&self) -> String {
        if self.month_only {
            format!("{:04}-{:02}", self.day.year(), self.day.month())
        } else {
            format!(
                "{:04}-{:02}-{:02}",
                self.day.year(),
                self.day.month(),
                self.day.day()
            )
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long())
    }
}

/// A time of day, `HH:MM`, 24-hour clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay(pub NaiveTime);

impl TimeOfDay {
    /// Parses `HH:MM` (00:00 to 23:59).
    pub fn parse(text: &str) -> Result<TimeOfDay, String> {
        let bad = || {
            format!(
                "\"{}\" is not a time; write HH:MM on a 24-hour clock",
                excerpt(text)
            )
        };
        let (h, m) = text.split_once(':').ok_or_else(bad)?;
        let digits = h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit());
        if h.len() != 2 || m.len() != 2 || !digits {
            return Err(bad());
        }
        let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        NaiveTime::from_hms_opt(h, m, 0)
            .map(TimeOfDay)
            .ok_or_else(bad)
    }
}

/// The time zones a story may state times in.
///
/// In a story file a zone is written as its IANA name: `America/New_York`, `Asia/Shanghai` or
/// `UTC`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zone {
    /// US Eastern Time, EST (UTC−5) or EDT (UTC−4) by the US rules in force since 2007.
    #[default]
    Eastern,
    /// China Standard Time, UTC+8, no daylight saving.
    Beijing,
    /// Coordinated Universal Time.
    Utc,
}

impl Zone {
    /// The name readers see next to a time ("ET", "Beijing").
    pub fn short_name(self) -> &'static str {
        match self {
            Zone::Eastern => "ET",
            Zone::Beijing => "Beijing",
            Zone::Utc => "UTC",
        }
    }

    /// A longer name for statements such as "Dates are in US Eastern Time".
    pub fn long_name(self) -> &'static str {
        match self {
            Zone::Eastern => "US Eastern Time",
            Zone::Beijing => "Beijing time",
            Zone::Utc => "UTC",
        }
    }

    /// Converts a UTC date-time into this zone's wall-clock time.
    pub fn from_utc(self, utc: NaiveDateTime) -> NaiveDateTime {
        match self {
            Zone::Utc => utc,
            Zone::Beijing => utc + Duration::hours(8),
            Zone::Eastern => {
                let standard = utc - Duration::hours(5);
                // DST runs from 02:00 EST on the second Sunday of March (07:00 UTC) to 02:00 EDT
                // on the first Sunday of November (06:00 UTC).
                let year = standard.year();
                let start = nth_sunday(year, 3, 2).and_hms_opt(7, 0, 0);
                let end = nth_sunday(year, 11, 1).and_hms_opt(6, 0, 0);
                match (start, end) {
                    (Some(start), Some(end)) if utc >= start && utc < end => {
                        utc - Duration::hours(4)
                    }
                    _ => standard,
                }
            }
        }
    }

    /// Converts a wall-clock time in this zone to UTC. In the hour that US clocks skip or repeat,
    /// the standard-time reading is used.
    pub fn to_utc(self, local: NaiveDateTime) -> NaiveDateTime {
        match self {
            Zone::Utc => local,
            Zone::Beijing => local - Duration::hours(8),
            Zone::Eastern => {
                let as_standard = local + Duration::hours(5);
                let as_daylight = local + Duration::hours(4);
                if self.from_utc(as_daylight) == local && self.from_utc(as_standard) != local {
                    as_daylight
                } else {
                    as_standard
                }
            }
        }
    }
}

impl Zone {
    /// The IANA names a story file may use, in the order of the variants.
    pub const NAMES: [&'static str; 3] = ["America/New_York", "Asia/Shanghai", "UTC"];

    /// The IANA name, as written in a story file.
    pub fn iana(self) -> &'static str {
        Zone::NAMES[self as usize]
    }

    /// The zone for an IANA name.
    pub fn from_iana(name: &str) -> Option<Zone> {
        [Zone::Eastern, Zone::Beijing, Zone::Utc]
            .into_iter()
            .find(|z| z.iana() == name)
    }
}

// Serde: in JSON (human-readable) dates, times and zones are the strings of a story file, and a
// bad one is reported with the same plain message as anywhere else; in the built-in story's
// binary form (postcard) they are small numbers, decoded without any parsing code.

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.iso())
        } else {
            (self.day.num_days_from_ce(), self.month_only).serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        if d.is_human_readable() {
            let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            Date::parse(&text).map_err(de::Error::custom)
        } else {
            let (days, month_only) = <(i32, bool)>::deserialize(d)?;
            NaiveDate::from_num_days_from_ce_opt(days)
                .map(|day| Date { day, month_only })
                .ok_or_else(|| de::Error::custom("a day out of range"))
        }
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&format!("{:02}:{:02}", self.0.hour(), self.0.minute()))
        } else {
            ((self.0.hour() * 60 + self.0.minute()) as u16).serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TimeOfDay, D::Error> {
        if d.is_human_readable() {
            let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            TimeOfDay::parse(&text).map_err(de::Error::custom)
        } else {
            let minutes = u32::from(u16::deserialize(d)?);
            NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0)
                .map(TimeOfDay)
                .ok_or_else(|| de::Error::custom("a time out of range"))
        }
    }
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(self.iana())
        } else {
            (*self as u8).serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Zone, D::Error> {
        if d.is_human_readable() {
            let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            Zone::from_iana(&text).ok_or_else(|| {
                de::Error::custom(format!(
                    "unknown value \"{}\"; expected one of: {}",
                    excerpt(&text),
                    Zone::NAMES.join(", ")
                ))
            })
        } else {
            [Zone::Eastern, Zone::Beijing, Zone::Utc]
                .get(usize::from(u8::deserialize(d)?))
                .copied()
                .ok_or_else(|| de::Error::custom("an unknown zone"))
        }
    }
}

/// The `n`th Sunday (1-based) of a month.
fn nth_sunday(year: i32, month: u32, n: u32) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n as u8)
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default())
}

/// Formats a wall-clock time as "22:30".
pub fn hh_mm(time: NaiveDateTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, mi, 0)
            .unwrap()
    }

    #[test]
    fn parses_days_and_months() {
        let d = Date::parse("2025-01-18").unwrap();
        assert_eq!(d.long(), "18 Jan 2025");
        assert!(!d.month_only);
        let m = Date::parse("2024-04").unwrap();
        assert_eq!(m.long(), "Apr 2024");
        assert_eq!(m.iso(), "2024-04");
        assert_eq!(d.iso(), "2025-01-18");
    }

    #[test]
    fn rejects_bad_dates_with_a_plain_message() {
        for bad in [
            "2025-02-30",
            "2025-13-01",
            "18 Jan 2025",
            "2025-1-18",
            "",
            "2025-01-18T10",
        ] {
            let err = Date::parse(bad).unwrap_err();
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn parses_times() {
        assert_eq!(
            TimeOfDay::parse("22:30").unwrap().0,
            NaiveTime::from_hms_opt(22, 30, 0).unwrap()
        );
        for bad in ["24:00", "7:30", "22.30", "22:3", "aa:bb", "+1:30", "12:+5"] {
            assert!(TimeOfDay::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn beijing_is_thirteen_hours_ahead_of_eastern_in_january() {
        // TikTok went dark at about 22:30 ET on 18 Jan 2025: 11:30 in Beijing on 19 Jan.
        let utc = Zone::Eastern.to_utc(at(2025, 1, 18, 22, 30));
        assert_eq!(utc, at(2025, 1, 19, 3, 30));
        assert_eq!(Zone::Beijing.from_utc(utc), at(2025, 1, 19, 11, 30));
    }

    #[test]
    fn eastern_follows_us_daylight_saving() {
        // 2025: DST from 9 Mar to 2 Nov.
        assert_eq!(
            Zone::Eastern.from_utc(at(2025, 7, 1, 12, 0)),
            at(2025, 7, 1, 8, 0)
        );
        assert_eq!(
            Zone::Eastern.from_utc(at(2025, 3, 9, 6, 59)),
            at(2025, 3, 9, 1, 59)
        );
        assert_eq!(
            Zone::Eastern.from_utc(at(2025, 3, 9, 7, 0)),
            at(2025, 3, 9, 3, 0)
        );
        assert_eq!(
            Zone::Eastern.from_utc(at(2025, 11, 2, 5, 59)),
            at(2025, 11, 2, 1, 59)
        );
        assert_eq!(
            Zone::Eastern.from_utc(at(2025, 11, 2, 6, 0)),
            at(2025, 11, 2, 1, 0)
        );
        assert_eq!(
            Zone::Eastern.to_utc(at(2025, 7, 1, 8, 0)),
            at(2025, 7, 1, 12, 0)
        );
    }

    #[test]
    fn round_trips_through_utc() {
        for zone in [Zone::Eastern, Zone::Beijing, Zone::Utc] {
            let local = at(2025, 9, 16, 14, 45);
            assert_eq!(zone.from_utc(zone.to_utc(local)), local, "{zone:?}");
        }
    }
}
