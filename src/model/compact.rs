//! A compact binary form of a checked [`Story`], for the story compiled into the app.
//!
//! Why: reading a story file means the JSON parser, the reader and the validator, about 40 KB
//! of wasm, and the first view needs none of them for the built-in story, which is known good
//! at build time. So `build.rs` reads and checks `public/data/story.json` with the same code
//! ([`super::load::parse_story`]; a bad file fails the build with every problem listed) and
//! stores it in this form, which the app turns back into a [`Story`] with about 5 KB of code
//! (before compression). The reader is only loaded for a `?data=` file (see `app::split`).
//!
//! The format, in field order, no keys: strings and lists are a length (LEB128) and their
//! items; an `Option` is a 0 or 1 byte and the value; an enum is its variant's index; a date is
//! its days since 1 January of year 1 (zigzag-encoded: earlier dates fit too) and a month-only
//! flag; a number is its 8 bytes. It is private to one build of the app: nothing outside reads
//! it, so it has no version.

use super::date::{Date, TimeOfDay, Zone};
use super::story::*;
use chrono::{NaiveDate, NaiveTime, Timelike};

/// Encodes a story. `decode(&encode(s))` gives `s` back.
pub fn encode(story: &Story) -> Vec<u8> {
    let mut out = Vec::new();
    story.put(&mut out);
    out
}

/// Decodes what [`encode`] wrote; `None` if the bytes are not a whole story.
pub fn decode(bytes: &[u8]) -> Option<Story> {
    let mut reader = Reader::new(bytes);
    let story = Story::take(&mut reader);
    (reader.ok && reader.rest.is_empty()).then_some(story)
}

/// The bytes not yet decoded, and whether every read so far found what it expected.
///
/// A read that fails clears `ok` and returns a default value instead of stopping the decoding:
/// the decoder is then straight-line code, without an exit (and the drops it needs) after
/// every field, which keeps it small. [`decode`] checks `ok` at the end.
pub struct Reader<'a> {
    rest: &'a [u8],
    ok: bool,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader {
            rest: bytes,
            ok: true,
        }
    }

    fn fail(&mut self) {
        self.ok = false;
        self.rest = &[];
    }

    fn bytes(&mut self, n: usize) -> &'a [u8] {
        if n > self.rest.len() {
            self.fail();
            return &[];
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        head
    }

    fn byte(&mut self) -> u8 {
        self.bytes(1).first().copied().unwrap_or(0)
    }

    /// An unsigned LEB128 number.
    fn number(&mut self) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return value;
            }
        }
        self.fail();
        0
    }

    /// A number that must be below `limit` (a variant's index, a flag).
    fn below(&mut self, limit: usize) -> usize {
        let n = self.byte() as usize;
        if n >= limit {
            self.fail();
            return 0;
        }
        n
    }
}

/// Writes an unsigned LEB128 number.
fn put_number(mut value: u64, out: &mut Vec<u8>) {
    loop {
        let b = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A value with a binary form.
pub trait Compact: Sized {
    /// Appends the value's bytes.
    fn put(&self, out: &mut Vec<u8>);
    /// Reads a value; on damaged bytes, a default one with the reader marked as failed.
    fn take(r: &mut Reader) -> Self;
}

impl Compact for String {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(self.len() as u64, out);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader) -> Self {
        let n = usize::try_from(r.number()).unwrap_or(usize::MAX);
        match std::str::from_utf8(r.bytes(n)) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                r.fail();
                String::new()
            }
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(self.len() as u64, out);
        for item in self {
            item.put(out);
        }
    }
    fn take(r: &mut Reader) -> Self {
        let n = r.number();
        // Not `with_capacity(n)`: a damaged length must not reserve gigabytes; and a failed
        // read ends the loop.
        let mut items = Vec::new();
        let mut i = 0;
        while i < n && r.ok {
            items.push(T::take(r));
            i += 1;
        }
        items
    }
}

impl<T: Compact> Compact for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.put(out);
            }
        }
    }
    fn take(r: &mut Reader) -> Self {
        (r.below(2) == 1).then(|| T::take(r))
    }
}

impl Compact for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(r: &mut Reader) -> Self {
        r.below(2) == 1
    }
}

impl Compact for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(r: &mut Reader) -> Self {
        let mut bytes = [0; 8];
        let read = r.bytes(8);
        if read.len() == 8 {
            bytes.copy_from_slice(read);
        }
        f64::from_le_bytes(bytes)
    }
}

impl Compact for Date {
    fn put(&self, out: &mut Vec<u8>) {
        use chrono::Datelike;
        // Zigzag, so that a date before year 1 (valid in a file: `0000-01-01`) fits too.
        let days = i64::from(self.day.num_days_from_ce());
        put_number(((days << 1) ^ (days >> 63)) as u64, out);
        self.month_only.put(out);
    }
    fn take(r: &mut Reader) -> Self {
        let zigzag = r.number();
        let days = (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
        let day = i32::try_from(days)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .unwrap_or_else(|| {
                r.fail();
                NaiveDate::MIN
            });
        Date {
            day,
            month_only: bool::take(r),
        }
    }
}

impl Compact for TimeOfDay {
    fn put(&self, out: &mut Vec<u8>) {
        put_number(u64::from(self.0.num_seconds_from_midnight() / 60), out);
    }
    fn take(r: &mut Reader) -> Self {
        let minutes = r.number();
        match NaiveTime::from_hms_opt((minutes / 60) as u32, (minutes % 60) as u32, 0) {
            Some(time) if minutes < 24 * 60 => TimeOfDay(time),
            _ => {
                r.fail();
                TimeOfDay(NaiveTime::MIN)
            }
        }
    }
}

/// Implements [`Compact`] for a struct, field by field in the order given (all fields).
macro_rules! compact_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl Compact for $name {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$field.put(out);)*
            }
            fn take(r: &mut Reader) -> Self {
                $name { $($field: Compact::take(r)),* }
            }
        }
    };
}

/// Implements [`Compact`] for a fieldless enum, as the index of the variant in the list given.
macro_rules! compact_enum {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        impl Compact for $name {
            fn put(&self, out: &mut Vec<u8>) {
                const ALL: &[$name] = &[$($name::$variant),*];
                out.push(ALL.iter().position(|v| v == self).unwrap_or(0) as u8);
            }
            fn take(r: &mut Reader) -> Self {
                const ALL: &[$name] = &[$($name::$variant),*];
                ALL[r.below(ALL.len())]
            }
        }
    };
}

compact_enum!(Zone {
    Eastern,
    Beijing,
    Utc
});
compact_enum!(Precision {
    Day,
    Month,
    Approximate
});
compact_enum!(Confidence {
    Confirmed,
    SingleSource,
    Disputed
});
compact_enum!(SeriesScale { Linear, Log, Rank });
compact_enum!(Position {
    Left,
    LeansLeft,
    Middle,
    LeansRight,
    Right,
    NotAddressed
});
compact_enum!(StepKind {
    Title,
    Event,
    Topic,
    Questions,
    End
});
compact_enum!(QuestionKind {
    Notice,
    Wonder,
    Texts
});

compact_struct!(Story {
    meta,
    lanes,
    eras,
    events,
    series,
    chart_notes,
    texts,
    topics,
    questions,
    method,
    presentation,
});
compact_struct!(Meta {
    title,
    subtitle,
    language,
    updated,
    credits,
    time_zone,
    opening_era
});
compact_struct!(Lane {
    id,
    label,
    description
});
compact_struct!(Era {
    id,
    label,
    start,
    end
});
compact_struct!(EventTime { at, zone, note });
compact_struct!(Source {
    outlet,
    title,
    date,
    url
});
compact_struct!(Mention {
    text,
    quote,
    expected,
    happened
});
compact_struct!(Event {
    id,
    lane,
    date,
    precision,
    date_label,
    time,
    end,
    headline,
    summary,
    sources,
    confidence,
    confidence_note,
    mentions,
    topics,
});
compact_struct!(Series {
    id,
    metric,
    unit,
    scale,
    source,
    caveat,
    points
});
compact_struct!(Point {
    date,
    value,
    caveat,
    disputed
});
compact_struct!(ChartNote {
    id,
    date,
    end,
    label,
    source
});
compact_struct!(Text {
    id,
    label,
    title,
    authors,
    outlet,
    date,
    date_precision,
    date_note,
    genre,
    app_name,
    url,
});
compact_struct!(Spectrum { left, right });
compact_struct!(Reading {
    text,
    position,
    paraphrase,
    quotes
});
compact_struct!(Topic {
    id,
    question,
    spectrum,
    readings,
    common_ground,
    key_difference
});
compact_struct!(Step { kind, id, note });
compact_struct!(Question { id, kind, prompt });

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_story, DEFAULT_STORY, DEFAULT_STORY_JSON};

    #[test]
    fn the_real_story_round_trips() {
        let story = parse_story(DEFAULT_STORY_JSON).expect("valid");
        assert_eq!(decode(&encode(&story)), Some(story));
    }

    #[test]
    fn the_embedded_bytes_are_the_checked_story_file() {
        let file = std::fs::read_to_string("public/data/story.json").unwrap();
        let story = parse_story(&file).expect("valid");
        assert_eq!(decode(DEFAULT_STORY), Some(story));
    }

    #[test]
    fn the_binary_form_is_smaller_than_the_json() {
        assert!(DEFAULT_STORY.len() < DEFAULT_STORY_JSON.len() * 9 / 10);
    }

    #[test]
    fn numbers_round_trip_at_their_limits() {
        for n in [
            0,
            1,
            127,
            128,
            300,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut out = Vec::new();
            put_number(n, &mut out);
            let mut reader = Reader::new(&out);
            assert_eq!(reader.number(), n, "{n}");
            assert!(reader.ok && reader.rest.is_empty());
        }
    }

    #[test]
    fn damaged_bytes_give_none_not_a_panic() {
        let bytes = encode(&parse_story(DEFAULT_STORY_JSON).expect("valid"));
        // Every truncation, and trailing bytes.
        for n in (0..bytes.len()).step_by(97) {
            assert_eq!(decode(&bytes[..n]), None, "cut at {n}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
        // A huge list length, an unknown enum index, invalid UTF-8.
        assert_eq!(decode(&[0xff; 16]), None);
        assert_eq!(decode(&[2, 0xc3, 0x28]), None);
        let mut reader = Reader::new(&[9]);
        Position::take(&mut reader);
        assert!(!reader.ok);
    }
}
