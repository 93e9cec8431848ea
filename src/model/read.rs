//! Reads the story types out of a parsed JSON tree ([`super::json`]), collecting every problem
//! instead of stopping at the first.
//!
//! This replaces serde's derived `Deserialize` impls and `serde_json`, which together cost the
//! wasm about 100 KB and stopped at the first problem inside each item. The code here is plain
//! and mostly not generic, so that it compiles small. Each problem gets the JSON path of the
//! field it is about (`$.events[3].sources[0].url`) and the line and column in the file.
//!
//! The rules, which follow the fields' docs in [`super::story`]:
//! - a key the type does not have is an error ("unknown field"), as is a key given twice;
//! - a required field (a date, an enum, the spectrum…) must be present;
//! - an optional field may be left out, and for an `Option` may be `null`;
//! - text fields left out read as empty, so that the validator can say which are required;
//! - a value of the wrong type, an unknown enum value or a bad date is an error.
//!
//! A reading function returns `None` when the value had any problem; the problems are in the
//! [`Reader`].

use super::date::{Date, TimeOfDay, Zone};
use super::json::{line_column, Json, Spanned};
use super::story::*;
use super::validate::{excerpt, Problem};
use std::fmt::Write;

/// Whether a field must be present, and what `null` means for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Must be present; `null` is the wrong type.
    Required,
    /// May be left out (the caller supplies the default); `null` is the wrong type.
    Default,
    /// An `Option`: may be left out or `null`.
    Optional,
}

/// Walks a JSON tree, keeping the current path and collecting problems.
pub struct Reader<'t> {
    /// The file's text, for line and column numbers.
    text: &'t str,
    /// The JSON path of the value being read.
    path: String,
    /// Problems so far, in file order, each with the byte offset it is about.
    problems: Vec<(usize, Problem)>,
}

/// An object being read as a struct: its entries and the problem count when reading began.
pub struct Obj<'j> {
    entries: &'j [(String, Spanned)],
    offset: usize,
    mark: usize,
    #[cfg(debug_assertions)]
    fields: &'static [&'static str],
}

impl<'j> Obj<'j> {
    /// The value of key `name`, if present (the first, if it is repeated).
    pub fn get(&self, name: &str) -> Option<&'j Spanned> {
        self.entries.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

impl<'t> Reader<'t> {
    /// A reader for values parsed from `text`, at path `$`.
    pub fn new(text: &'t str) -> Reader<'t> {
        Reader {
            text,
            path: "$".into(),
            problems: Vec::new(),
        }
    }

    /// The problems found, in file order.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems.into_iter().map(|(_, p)| p).collect()
    }

    /// Records a problem at the current path, without a line and column.
    pub fn report_plain(&mut self, offset: usize, message: String) {
        let problem = Problem::new(self.path.clone(), message);
        // Kept in file order as they come (usually at the end), rather than sorted at the end:
        // a sort would add a copy of the sorting code to the wasm.
        let at = self.problems.partition_point(|(o, _)| *o <= offset);
        self.problems.insert(at, (offset, problem));
    }

    /// Records a problem at the current path about the value at `offset`.
    pub fn report(&mut self, offset: usize, mut message: String) {
        let (line, column) = line_column(self.text, offset);
        let _ = write!(message, " (line {line}, column {column})");
        self.report_plain(offset, message);
    }

    /// Moves the path into field `name`; returns the mark to [`Reader::leave`] with.
    pub fn enter_key(&mut self, name: &str) -> usize {
        let mark = self.path.len();
        self.path.push('.');
        self.path.push_str(name);
        mark
    }

    /// Moves the path into list item `index`; returns the mark to [`Reader::leave`] with.
    pub fn enter_index(&mut self, index: usize) -> usize {
        let mark = self.path.len();
        let _ = write!(self.path, "[{index}]");
        mark
    }

    /// Moves the path back out, to where it was when `mark` was taken.
    pub fn leave(&mut self, mark: usize) {
        self.path.truncate(mark);
    }

    /// Reports a value of the wrong type.
    pub fn wrong_type(&mut self, v: &Spanned, expected: &str) {
        let found = v.value.kind();
        self.report(
            v.offset,
            format!("wrong type: expected {expected}, found {found}"),
        );
    }

    /// The value as an object whose keys must be among `fields`. Unknown and repeated keys are
    /// reported; the object is still returned, so that its fields are checked too.
    pub fn object<'j>(
        &mut self,
        v: &'j Spanned,
        fields: &'static [&'static str],
    ) -> Option<Obj<'j>> {
        self.object_with(v, fields, "field")
    }

    /// [`Reader::object`], with `noun` naming a key in the messages ("unknown key …").
    pub fn object_with<'j>(
        &mut self,
        v: &'j Spanned,
        fields: &'static [&'static str],
        noun: &str,
    ) -> Option<Obj<'j>> {
        let mark = self.problems.len();
        let Json::Object(entries) = &v.value else {
            self.wrong_type(v, "an object");
            return None;
        };
        self.check_keys(entries, fields, noun);
        Some(Obj {
            entries,
            offset: v.offset,
            mark,
            #[cfg(debug_assertions)]
            fields,
        })
    }

    /// Reports each key of `entries` that is not one of `fields` or is repeated.
    fn check_keys(&mut self, entries: &[(String, Spanned)], fields: &[&str], noun: &str) {
        debug_assert!(fields.len() <= 64);
        let mut seen = 0u64;
        for (key, value) in entries {
            let message = match fields.iter().position(|f| f == key) {
                None => format!(
                    "unknown {noun} \"{}\"; expected one of: {}",
                    excerpt(key),
                    fields.join(", ")
                ),
                Some(i) if seen & (1 << i) != 0 => format!("duplicate {noun} \"{key}\""),
                Some(i) => {
                    seen |= 1 << i;
                    continue;
                }
            };
            let mark = self.enter_key(&excerpt(key));
            self.report(value.offset, message);
            self.leave(mark);
        }
    }

    /// Whether nothing was wrong in `o` (including its keys) so far; `None` if something was.
    pub fn clean(&self, o: &Obj) -> Option<()> {
        (self.problems.len() == o.mark).then_some(())
    }

    /// Finds field `name` of `o`. When it is there (and, for an optional field, not `null`),
    /// returns it with the path moved into it; the caller must [`Reader::leave`] with `mark`.
    /// A missing required field is reported.
    fn lookup<'j>(
        &mut self,
        o: &Obj<'j>,
        name: &str,
        need: Need,
        mark: usize,
    ) -> Option<&'j Spanned> {
        #[cfg(debug_assertions)]
        debug_assert!(o.fields.contains(&name), "{name} is not in the field list");
        self.enter_key(name);
        match o.get(name) {
            Some(v) if !(need == Need::Optional && matches!(v.value, Json::Null)) => {
                return Some(v)
            }
            None if need == Need::Required => {
                self.report(o.offset, format!("missing required field \"{name}\""))
            }
            _ => {}
        }
        self.leave(mark);
        None
    }

    /// Reads field `name` of `o` with `read`. `None` when it is absent, `null` (for an optional
    /// field) or has a problem.
    pub fn get<'j, T>(
        &mut self,
        o: &Obj<'j>,
        name: &str,
        need: Need,
        read: fn(&mut Reader<'t>, &'j Spanned) -> Option<T>,
    ) -> Option<T> {
        let mark = self.path.len();
        let v = self.lookup(o, name, need, mark)?;
        let out = read(self, v);
        self.leave(mark);
        out
    }

    /// A text field that reads as empty when left out.
    pub fn text(&mut self, o: &Obj, name: &str) -> String {
        self.get(o, name, Need::Default, string).unwrap_or_default()
    }

    /// An optional text field.
    pub fn opt_text(&mut self, o: &Obj, name: &str) -> Option<String> {
        self.get(o, name, Need::Optional, string)
    }

    /// A list of strings that reads as empty when left out.
    pub fn texts(&mut self, o: &Obj, name: &str) -> Vec<String> {
        self.get(o, name, Need::Default, strings)
            .unwrap_or_default()
    }

    /// A required date.
    pub fn date(&mut self, o: &Obj, name: &str) -> Option<Date> {
        self.get(o, name, Need::Required, date)
    }

    /// An optional date.
    pub fn opt_date(&mut self, o: &Obj, name: &str) -> Option<Date> {
        self.get(o, name, Need::Optional, date)
    }

    /// The items of a list.
    pub fn items<'j>(&mut self, v: &'j Spanned) -> Option<&'j [Spanned]> {
        match &v.value {
            Json::Array(items) => Some(items),
            _ => {
                self.wrong_type(v, "a list");
                None
            }
        }
    }

    /// The value as a string slice.
    pub fn str<'j>(&mut self, v: &'j Spanned) -> Option<&'j str> {
        self.str_for(v, "a string")
    }

    /// The value as a string slice; `expected` says what it should be when it is not a string.
    fn str_for<'j>(&mut self, v: &'j Spanned, expected: &str) -> Option<&'j str> {
        match &v.value {
            Json::String(s) => Some(s),
            _ => {
                self.wrong_type(v, expected);
                None
            }
        }
    }

    /// The index of the value in `names`, a list of allowed strings.
    pub fn choice(&mut self, v: &Spanned, names: &[&str]) -> Option<usize> {
        let s = self.str(v)?;
        let found = names.iter().position(|n| *n == s);
        if found.is_none() {
            self.report(
                v.offset,
                format!(
                    "unknown value \"{}\"; expected one of: {}",
                    excerpt(s),
                    names.join(", ")
                ),
            );
        }
        found
    }
}

/// Reads each item of a list with `read`. Items with problems are left out (their problems are
/// in the reader).
pub fn list<'t, T>(
    r: &mut Reader<'t>,
    v: &Spanned,
    read: fn(&mut Reader<'t>, &Spanned) -> Option<T>,
) -> Option<Vec<T>> {
    let items = r.items(v)?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let mark = r.enter_index(i);
        out.extend(read(r, item));
        r.leave(mark);
    }
    Some(out)
}

/// A string.
pub fn string(r: &mut Reader, v: &Spanned) -> Option<String> {
    r.str(v).map(str::to_owned)
}

/// A list of strings.
pub fn strings(r: &mut Reader, v: &Spanned) -> Option<Vec<String>> {
    list(r, v, string)
}

/// A number.
pub fn number(r: &mut Reader, v: &Spanned) -> Option<f64> {
    match v.value {
        Json::Number(n) => Some(n),
        _ => {
            r.wrong_type(v, "a number");
            None
        }
    }
}

/// `true` or `false`.
pub fn boolean(r: &mut Reader, v: &Spanned) -> Option<bool> {
    match v.value {
        Json::Bool(b) => Some(b),
        _ => {
            r.wrong_type(v, "true or false");
            None
        }
    }
}

/// A date, `YYYY-MM-DD` or `YYYY-MM`.
pub fn date(r: &mut Reader, v: &Spanned) -> Option<Date> {
    let s = r.str_for(v, "a date in quotes, such as \"2025-01-18\"")?;
    Date::parse(s).map_err(|m| r.report(v.offset, m)).ok()
}

/// A time of day, `HH:MM`.
pub fn time_of_day(r: &mut Reader, v: &Spanned) -> Option<TimeOfDay> {
    let s = r.str_for(v, "a time in quotes, such as \"22:30\"")?;
    TimeOfDay::parse(s).map_err(|m| r.report(v.offset, m)).ok()
}

/// A time zone, by its IANA name.
pub fn zone(r: &mut Reader, v: &Spanned) -> Option<Zone> {
    let i = r.choice(v, &["America/New_York", "Asia/Shanghai", "UTC"])?;
    Some([Zone::Eastern, Zone::Beijing, Zone::Utc][i])
}

/// A [`Precision`].
pub fn precision(r: &mut Reader, v: &Spanned) -> Option<Precision> {
    let i = r.choice(v, &["day", "month", "approximate"])?;
    Some([Precision::Day, Precision::Month, Precision::Approximate][i])
}

/// A [`Confidence`].
pub fn confidence(r: &mut Reader, v: &Spanned) -> Option<Confidence> {
    let all = [
        Confidence::Confirmed,
        Confidence::SingleSource,
        Confidence::Disputed,
    ];
    let i = r.choice(v, &all.map(Confidence::as_str))?;
    Some(all[i])
}

/// A [`SeriesScale`].
pub fn series_scale(r: &mut Reader, v: &Spanned) -> Option<SeriesScale> {
    let i = r.choice(v, &["linear", "log", "rank"])?;
    Some([SeriesScale::Linear, SeriesScale::Log, SeriesScale::Rank][i])
}

/// A [`Position`].
pub fn position(r: &mut Reader, v: &Spanned) -> Option<Position> {
    let names = [
        "left",
        "leans-left",
        "middle",
        "leans-right",
        "right",
        "not-addressed",
    ];
    let i = r.choice(v, &names)?;
    Some(
        [
            Position::Left,
            Position::LeansLeft,
            Position::Middle,
            Position::LeansRight,
            Position::Right,
            Position::NotAddressed,
        ][i],
    )
}

/// A [`QuestionKind`].
pub fn question_kind(r: &mut Reader, v: &Spanned) -> Option<QuestionKind> {
    let i = r.choice(v, &["notice", "wonder", "texts"])?;
    Some(
        [
            QuestionKind::Notice,
            QuestionKind::Wonder,
            QuestionKind::Texts,
        ][i],
    )
}

/// A [`Meta`].
pub fn meta(r: &mut Reader, v: &Spanned) -> Option<Meta> {
    let o = r.object(
        v,
        &[
            "title",
            "subtitle",
            "language",
            "updated",
            "credits",
            "time_zone",
            "opening_era",
        ],
    )?;
    let title = r.text(&o, "title");
    let subtitle = r.text(&o, "subtitle");
    let language = r.text(&o, "language");
    let updated = r.date(&o, "updated");
    let credits = r.text(&o, "credits");
    let time_zone = r.get(&o, "time_zone", Need::Default, zone);
    let opening_era = r.opt_text(&o, "opening_era");
    r.clean(&o)?;
    Some(Meta {
        title,
        subtitle,
        language,
        updated: updated?,
        credits,
        time_zone: time_zone.unwrap_or_default(),
        opening_era,
    })
}

/// A [`Lane`].
pub fn lane(r: &mut Reader, v: &Spanned) -> Option<Lane> {
    let o = r.object(v, &["id", "label", "description"])?;
    let lane = Lane {
        id: r.text(&o, "id"),
        label: r.text(&o, "label"),
        description: r.text(&o, "description"),
    };
    r.clean(&o)?;
    Some(lane)
}

/// An [`Era`].
pub fn era(r: &mut Reader, v: &Spanned) -> Option<Era> {
    let o = r.object(v, &["id", "label", "start", "end"])?;
    let id = r.text(&o, "id");
    let label = r.text(&o, "label");
    let start = r.date(&o, "start");
    let end = r.date(&o, "end");
    r.clean(&o)?;
    Some(Era {
        id,
        label,
        start: start?,
        end: end?,
    })
}

/// An [`EventTime`].
pub fn event_time(r: &mut Reader, v: &Spanned) -> Option<EventTime> {
    let o = r.object(v, &["at", "zone", "note"])?;
    let at = r.get(&o, "at", Need::Required, time_of_day);
    let zone = r.get(&o, "zone", Need::Required, zone);
    let note = r.opt_text(&o, "note");
    r.clean(&o)?;
    Some(EventTime {
        at: at?,
        zone: zone?,
        note,
    })
}

/// A [`Source`].
pub fn source(r: &mut Reader, v: &Spanned) -> Option<Source> {
    let o = r.object(v, &["outlet", "title", "date", "url"])?;
    let outlet = r.text(&o, "outlet");
    let title = r.text(&o, "title");
    let date = r.date(&o, "date");
    let url = r.opt_text(&o, "url");
    r.clean(&o)?;
    Some(Source {
        outlet,
        title,
        date: date?,
        url,
    })
}

/// A [`Mention`].
pub fn mention(r: &mut Reader, v: &Spanned) -> Option<Mention> {
    let o = r.object(v, &["text", "quote", "expected", "happened"])?;
    let mention = Mention {
        text: r.text(&o, "text"),
        quote: r.text(&o, "quote"),
        expected: r.opt_text(&o, "expected"),
        happened: r.opt_text(&o, "happened"),
    };
    r.clean(&o)?;
    Some(mention)
}

/// An [`Event`].
pub fn event(r: &mut Reader, v: &Spanned) -> Option<Event> {
    let o = r.object(
        v,
        &[
            "id",
            "lane",
            "date",
            "precision",
            "date_label",
            "time",
            "end",
            "headline",
            "summary",
            "sources",
            "confidence",
            "confidence_note",
            "mentions",
            "topics",
        ],
    )?;
    let id = r.text(&o, "id");
    let lane = r.text(&o, "lane");
    let date = r.date(&o, "date");
    let precision = r.get(&o, "precision", Need::Required, precision);
    let date_label = r.opt_text(&o, "date_label");
    let time = r.get(&o, "time", Need::Optional, event_time);
    let end = r.opt_date(&o, "end");
    let headline = r.text(&o, "headline");
    let summary = r.text(&o, "summary");
    let sources = r.get(&o, "sources", Need::Default, |r, v| list(r, v, source));
    let confidence = r.get(&o, "confidence", Need::Required, confidence);
    let confidence_note = r.opt_text(&o, "confidence_note");
    let mentions = r.get(&o, "mentions", Need::Default, |r, v| list(r, v, mention));
    let topics = r.texts(&o, "topics");
    r.clean(&o)?;
    Some(Event {
        id,
        lane,
        date: date?,
        precision: precision?,
        date_label,
        time,
        end,
        headline,
        summary,
        sources: sources.unwrap_or_default(),
        confidence: confidence?,
        confidence_note,
        mentions: mentions.unwrap_or_default(),
        topics,
    })
}

/// A [`Series`].
pub fn series(r: &mut Reader, v: &Spanned) -> Option<Series> {
    let o = r.object(
        v,
        &[
            "id", "metric", "unit", "scale", "source", "caveat", "points",
        ],
    )?;
    let series = Series {
        id: r.text(&o, "id"),
        metric: r.text(&o, "metric"),
        unit: r.text(&o, "unit"),
        scale: r
            .get(&o, "scale", Need::Default, series_scale)
            .unwrap_or_default(),
        source: r.text(&o, "source"),
        caveat: r.opt_text(&o, "caveat"),
        points: r
            .get(&o, "points", Need::Default, |r, v| list(r, v, point))
            .unwrap_or_default(),
    };
    r.clean(&o)?;
    Some(series)
}

/// A [`Point`].
pub fn point(r: &mut Reader, v: &Spanned) -> Option<Point> {
    let o = r.object(v, &["date", "value", "caveat", "disputed"])?;
    let date = r.date(&o, "date");
    let value = r.get(&o, "value", Need::Required, number);
    let caveat = r.opt_text(&o, "caveat");
    let disputed = r.get(&o, "disputed", Need::Default, boolean);
    r.clean(&o)?;
    Some(Point {
        date: date?,
        value: value?,
        caveat,
        disputed: disputed.unwrap_or_default(),
    })
}

/// A [`ChartNote`].
pub fn chart_note(r: &mut Reader, v: &Spanned) -> Option<ChartNote> {
    let o = r.object(v, &["id", "date", "end", "label", "source"])?;
    let id = r.text(&o, "id");
    let date = r.date(&o, "date");
    let end = r.opt_date(&o, "end");
    let label = r.text(&o, "label");
    let source = r.text(&o, "source");
    r.clean(&o)?;
    Some(ChartNote {
        id,
        date: date?,
        end,
        label,
        source,
    })
}

/// A [`Text`].
pub fn text(r: &mut Reader, v: &Spanned) -> Option<Text> {
    let o = r.object(
        v,
        &[
            "id",
            "label",
            "title",
            "authors",
            "outlet",
            "date",
            "date_precision",
            "date_note",
            "genre",
            "app_name",
            "url",
        ],
    )?;
    let id = r.text(&o, "id");
    let label = r.text(&o, "label");
    let title = r.text(&o, "title");
    let authors = r.texts(&o, "authors");
    let outlet = r.text(&o, "outlet");
    let date = r.date(&o, "date");
    let date_precision = r.get(&o, "date_precision", Need::Required, precision);
    let date_note = r.opt_text(&o, "date_note");
    let genre = r.text(&o, "genre");
    let app_name = r.opt_text(&o, "app_name");
    let url = r.opt_text(&o, "url");
    r.clean(&o)?;
    Some(Text {
        id,
        label,
        title,
        authors,
        outlet,
        date: date?,
        date_precision: date_precision?,
        date_note,
        genre,
        app_name,
        url,
    })
}

/// A [`Spectrum`].
pub fn spectrum(r: &mut Reader, v: &Spanned) -> Option<Spectrum> {
    let o = r.object(v, &["left", "right"])?;
    let spectrum = Spectrum {
        left: r.text(&o, "left"),
        right: r.text(&o, "right"),
    };
    r.clean(&o)?;
    Some(spectrum)
}

/// A [`Reading`].
pub fn reading(r: &mut Reader, v: &Spanned) -> Option<Reading> {
    let o = r.object(v, &["text", "position", "paraphrase", "quotes"])?;
    let text = r.text(&o, "text");
    let position = r.get(&o, "position", Need::Required, position);
    let paraphrase = r.text(&o, "paraphrase");
    let quotes = r.texts(&o, "quotes");
    r.clean(&o)?;
    Some(Reading {
        text,
        position: position?,
        paraphrase,
        quotes,
    })
}

/// A [`Topic`].
pub fn topic(r: &mut Reader, v: &Spanned) -> Option<Topic> {
    let o = r.object(
        v,
        &[
            "id",
            "question",
            "spectrum",
            "readings",
            "common_ground",
            "key_difference",
        ],
    )?;
    let id = r.text(&o, "id");
    let question = r.text(&o, "question");
    let spectrum = r.get(&o, "spectrum", Need::Required, spectrum);
    let readings = r.get(&o, "readings", Need::Default, |r, v| list(r, v, reading));
    let common_ground = r.text(&o, "common_ground");
    let key_difference = r.text(&o, "key_difference");
    r.clean(&o)?;
    Some(Topic {
        id,
        question,
        spectrum: spectrum?,
        readings: readings.unwrap_or_default(),
        common_ground,
        key_difference,
    })
}

/// A [`Question`].
pub fn question(r: &mut Reader, v: &Spanned) -> Option<Question> {
    let o = r.object(v, &["id", "kind", "prompt"])?;
    let id = r.text(&o, "id");
    let kind = r.get(&o, "kind", Need::Required, question_kind);
    let prompt = r.text(&o, "prompt");
    r.clean(&o)?;
    Some(Question {
        id,
        kind: kind?,
        prompt,
    })
}

/// A [`StepKind`].
pub fn step_kind(r: &mut Reader, v: &Spanned) -> Option<StepKind> {
    let i = r.choice(v, &["title", "event", "topic", "questions", "end"])?;
    Some(
        [
            StepKind::Title,
            StepKind::Event,
            StepKind::Topic,
            StepKind::Questions,
            StepKind::End,
        ][i],
    )
}

/// A presentation [`Step`].
pub fn step(r: &mut Reader, v: &Spanned) -> Option<Step> {
    let o = r.object(v, &["kind", "id", "note"])?;
    let kind = r.get(&o, "kind", Need::Required, step_kind);
    let id = r.opt_text(&o, "id");
    let note = r.opt_text(&o, "note");
    r.clean(&o)?;
    Some(Step {
        kind: kind?,
        id,
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::json::parse;

    /// Reads `text` with `read` at path `$.item`; returns the value and the problems.
    fn run<T>(
        text: &str,
        read: fn(&mut Reader, &Spanned) -> Option<T>,
    ) -> (Option<T>, Vec<Problem>) {
        let v = parse(text).expect("valid JSON");
        let mut r = Reader::new(text);
        let mark = r.enter_key("item");
        let out = read(&mut r, &v);
        r.leave(mark);
        (out, r.into_problems())
    }

    fn paths(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.path.as_str()).collect()
    }

    const EVENT: &str = r#"{"id": "e", "lane": "law", "date": "2025-01-17", "precision": "day",
        "headline": "H", "summary": "S", "confidence": "confirmed",
        "sources": [{"outlet": "O", "title": "T", "date": "2025-01-17"}]}"#;

    #[test]
    fn reads_a_whole_event_with_defaults_for_what_is_left_out() {
        let (event, problems) = run(EVENT, event);
        assert!(problems.is_empty(), "{problems:?}");
        let event = event.unwrap();
        assert_eq!(event.id, "e");
        assert_eq!(event.date, Date::parse("2025-01-17").unwrap());
        assert_eq!(event.precision, Precision::Day);
        assert_eq!(event.confidence, Confidence::Confirmed);
        assert_eq!(event.sources.len(), 1);
        assert_eq!(event.sources[0].url, None);
        assert_eq!(event.date_label, None);
        assert_eq!(event.time, None);
        assert!(event.mentions.is_empty() && event.topics.is_empty());
    }

    #[test]
    fn every_problem_in_one_item_is_reported() {
        let text = r#"{"id": "e", "lane": "law", "precision": "day", "colour": "red"}"#;
        let (event, problems) = run(text, event);
        assert!(event.is_none());
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert_eq!(
            paths(&problems),
            ["$.item.date", "$.item.confidence", "$.item.colour"]
        );
        assert!(problems[0]
            .message
            .starts_with("missing required field \"date\" (line 1, column 1)"));
        assert!(problems[1]
            .message
            .starts_with("missing required field \"confidence\""));
        assert!(problems[2].message.starts_with(
            "unknown field \"colour\"; expected one of: id, lane, date, precision, date_label, \
             time, end, headline, summary, sources, confidence, confidence_note, mentions, topics \
             (line 1, column 58)"
        ));
    }

    #[test]
    fn problems_deep_inside_have_their_own_paths() {
        let text = r#"{"id": "e", "lane": "law", "date": "2025-01-17", "precision": "day",
            "confidence": "confirmed", "sources": [
                {"outlet": "O", "title": "T", "date": "2025-01-17"},
                {"outlet": "O", "title": "T", "date": "2025-02-30", "url": 7}],
            "time": {"at": "7:30", "zone": "Europe/Paris"},
            "mentions": [{"text": "a", "quote": ["q"]}], "topics": ["x", null]}"#;
        let (event, problems) = run(text, event);
        assert!(event.is_none());
        let expect = [
            (
                "$.item.sources[1].date",
                "\"2025-02-30\" is not a real calendar date (line 4,",
            ),
            (
                "$.item.sources[1].url",
                "wrong type: expected a string, found a number",
            ),
            ("$.item.time.at", "\"7:30\" is not a time"),
            (
                "$.item.time.zone",
                "unknown value \"Europe/Paris\"; expected one of: America/New_York, \
                 Asia/Shanghai, UTC",
            ),
            (
                "$.item.mentions[0].quote",
                "wrong type: expected a string, found a list",
            ),
            (
                "$.item.topics[1]",
                "wrong type: expected a string, found null",
            ),
        ];
        assert_eq!(problems.len(), expect.len(), "{problems:#?}");
        for (problem, (path, message)) in problems.iter().zip(expect) {
            assert_eq!(problem.path, path);
            assert!(problem.message.starts_with(message), "{}", problem.message);
        }
    }

    #[test]
    fn wrong_types_are_named() {
        let (_, p) = run(r#"{"id": 1, "label": true, "description": {}}"#, lane);
        let messages: Vec<&str> = p.iter().map(|p| p.message.as_str()).collect();
        assert!(messages[0].starts_with("wrong type: expected a string, found a number"));
        assert!(messages[1].starts_with("wrong type: expected a string, found true or false"));
        assert!(messages[2].starts_with("wrong type: expected a string, found an object"));
        let (_, p) = run(r#"[]"#, lane);
        assert!(p[0]
            .message
            .starts_with("wrong type: expected an object, found a list"));
        assert_eq!(p[0].path, "$.item");
        let (_, p) = run(
            r#"{"date": 20250117, "value": "1", "disputed": "yes"}"#,
            point,
        );
        assert!(p[0].message.starts_with(
            "wrong type: expected a date in quotes, such as \"2025-01-18\", found a number"
        ));
        assert!(p[1]
            .message
            .starts_with("wrong type: expected a number, found a string"));
        assert!(p[2]
            .message
            .starts_with("wrong type: expected true or false, found a string"));
        let (_, p) = run(r#"{"id": "s", "points": {}}"#, series);
        assert_eq!(paths(&p), ["$.item.points"]);
        assert!(p[0].message.contains("expected a list, found an object"));
    }

    #[test]
    fn null_means_none_only_for_optional_fields() {
        let (source, p) = run(
            r#"{"outlet": "O", "title": "T", "date": "2025-01-17", "url": null}"#,
            source,
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(source.unwrap().url, None);
        let (note, p) = run(r#"{"id": "n", "date": "2025-01", "end": null}"#, chart_note);
        assert!(p.is_empty(), "{p:?}");
        let note = note.unwrap();
        assert_eq!(note.end, None);
        assert!(note.date.month_only);
        // A text field with a default, and a required field, are not optional.
        let (_, p) = run(
            r#"{"outlet": null, "title": "T", "date": null}"#,
            super::source,
        );
        assert_eq!(paths(&p), ["$.item.outlet", "$.item.date"]);
        assert!(p.iter().all(|p| p.message.contains("found null")), "{p:?}");
    }

    #[test]
    fn enum_values_are_checked_and_all_known() {
        let (_, p) = run(r#""maybe""#, confidence);
        assert_eq!(
            p[0].message,
            "unknown value \"maybe\"; expected one of: confirmed, single-source, disputed \
             (line 1, column 1)"
        );
        let read = |text: &str| run(&format!("\"{text}\""), confidence).0;
        assert_eq!(read("single-source"), Some(Confidence::SingleSource));
        assert_eq!(read("disputed"), Some(Confidence::Disputed));
        assert_eq!(read("Confirmed"), None);
        let positions = [
            ("left", Position::Left),
            ("leans-left", Position::LeansLeft),
            ("middle", Position::Middle),
            ("leans-right", Position::LeansRight),
            ("right", Position::Right),
            ("not-addressed", Position::NotAddressed),
        ];
        for (name, want) in positions {
            assert_eq!(run(&format!("\"{name}\""), position).0, Some(want));
        }
        for (name, want) in [
            ("day", Precision::Day),
            ("month", Precision::Month),
            ("approximate", Precision::Approximate),
        ] {
            assert_eq!(run(&format!("\"{name}\""), precision).0, Some(want));
        }
        for (name, want) in [
            ("linear", SeriesScale::Linear),
            ("log", SeriesScale::Log),
            ("rank", SeriesScale::Rank),
        ] {
            assert_eq!(run(&format!("\"{name}\""), series_scale).0, Some(want));
        }
        for (name, want) in [
            ("notice", QuestionKind::Notice),
            ("wonder", QuestionKind::Wonder),
            ("texts", QuestionKind::Texts),
        ] {
            assert_eq!(run(&format!("\"{name}\""), question_kind).0, Some(want));
        }
        for (name, want) in [
            ("America/New_York", Zone::Eastern),
            ("Asia/Shanghai", Zone::Beijing),
            ("UTC", Zone::Utc),
        ] {
            assert_eq!(run(&format!("\"{name}\""), zone).0, Some(want));
        }
    }

    #[test]
    fn defaults_apply_when_fields_are_left_out() {
        let (meta, p) = run(r#"{"updated": "2026-01-01"}"#, meta);
        assert!(p.is_empty(), "{p:?}");
        let meta = meta.unwrap();
        assert_eq!(meta.time_zone, Zone::Eastern);
        assert_eq!(meta.title, "");
        assert_eq!(meta.opening_era, None);
        let (series, p) = run(r#"{"id": "s"}"#, series);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(series.unwrap().scale, SeriesScale::Linear);
        let (point, _) = run(r#"{"date": "2025-01-17", "value": -2.5e3}"#, point);
        let point = point.unwrap();
        assert!(!point.disputed);
        assert_eq!(point.value, -2500.0);
    }

    #[test]
    fn repeated_keys_are_reported() {
        let (lane, p) = run(r#"{"id": "a", "label": "A", "id": "b"}"#, lane);
        assert!(lane.is_none());
        assert_eq!(paths(&p), ["$.item.id"]);
        assert!(p[0]
            .message
            .starts_with("duplicate field \"id\" (line 1, column 33)"));
    }

    #[test]
    fn nested_required_structs_and_their_problems() {
        let (topic, p) = run(r#"{"id": "t", "readings": [{"text": "a"}]}"#, topic);
        assert!(topic.is_none());
        assert_eq!(
            paths(&p),
            ["$.item.spectrum", "$.item.readings[0].position"]
        );
        let (topic, p) = run(
            r#"{"id": "t", "spectrum": {"left": "L", "right": "R", "middle": "M"}}"#,
            super::topic,
        );
        assert!(topic.is_none());
        assert_eq!(paths(&p), ["$.item.spectrum.middle"]);
    }

    #[test]
    fn hostile_keys_are_shortened() {
        let key = "k".repeat(1000);
        let (_, p) = run(&format!(r#"{{"{key}": 1}}"#), lane);
        assert!(p[0].path.len() < 80, "{}", p[0].path);
        assert!(p[0].message.len() < 200, "{}", p[0].message);
    }
}
