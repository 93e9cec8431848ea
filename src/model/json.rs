//! A small JSON parser (RFC 8259): text → a tree of values, each with its byte offset in the
//! text so that a problem can say "line 4, column 14".
//!
//! It replaces `serde_json`, which with serde's derived code cost the wasm about 100 KB. The
//! tree is read into the story types by [`super::read`]. Nesting is limited to [`MAX_DEPTH`]
//! levels so that hostile input cannot overflow the stack. Duplicate keys are kept, in order,
//! for the reader to report.

use super::validate::Problem;

/// The deepest nesting of lists and objects accepted.
pub const MAX_DEPTH: usize = 128;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (always finite).
    Number(f64),
    /// A string, with its escapes decoded.
    String(String),
    /// A list, `[…]`.
    Array(Vec<Spanned>),
    /// An object, `{…}`: its keys and values in file order, duplicates included.
    Object(Vec<(String, Spanned)>),
}

impl Json {
    /// What kind of value this is, in words ("a string"), for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// A value and the byte offset in the text where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned {
    /// The value.
    pub value: Json,
    /// Byte offset of its first character.
    pub offset: usize,
}

/// The 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Parses a whole JSON text. On failure, returns one problem at `$` that says what is wrong and
/// where.
pub fn parse(text: &str) -> Result<Spanned, Problem> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let result = p.value(0).and_then(|value| {
        p.skip_whitespace();
        if p.pos < p.bytes.len() {
            Err(p.error("there is more text after the end of the JSON value".into()))
        } else {
            Ok(value)
        }
    });
    result.map_err(|err| {
        let (line, column) = line_column(text, err.offset);
        let message = if text.bytes().all(|b| b" \t\n\r".contains(&b)) {
            "the file is empty".to_string()
        } else if err.offset >= text.len() {
            format!("the file ends too early (line {line}, column {column})")
        } else {
            format!(
                "this is not valid JSON: {} (line {line}, column {column})",
                err.message
            )
        };
        Problem::new("$", message)
    })
}

/// A syntax error: what and where.
struct Error {
    offset: usize,
    message: String,
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn error(&self, message: String) -> Error {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, offset: usize, message: String) -> Error {
        Error { offset, message }
    }

    /// "expected X, found Y" at the current position.
    fn unexpected(&self, expected: &str) -> Error {
        let found = match self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
        {
            Some(c) if c.is_control() => format!("the control character U+{:04X}", c as u32),
            Some(c) => format!("\"{c}\""),
            None => "the end of the file".into(),
        };
        self.error(format!("expected {expected}, found {found}"))
    }

    fn value(&mut self, depth: usize) -> Result<Spanned, Error> {
        self.skip_whitespace();
        let offset = self.pos;
        let value = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Json::String(self.string()?),
            Some(b't') => self.literal("true", Json::Bool(true))?,
            Some(b'f') => self.literal("false", Json::Bool(false))?,
            Some(b'n') => self.literal("null", Json::Null)?,
            Some(b'-' | b'0'..=b'9') => Json::Number(self.number()?),
            _ => return Err(self.unexpected("a value")),
        };
        Ok(Spanned { value, offset })
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, Error> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.unexpected("a value"))
        }
    }

    /// Enters a list or object, refusing to go deeper than [`MAX_DEPTH`].
    fn open(&mut self, depth: usize) -> Result<(), Error> {
        if depth >= MAX_DEPTH {
            return Err(self.error(format!(
                "lists and objects are nested more than {MAX_DEPTH} levels deep"
            )));
        }
        self.pos += 1;
        self.skip_whitespace();
        Ok(())
    }

    fn trailing_comma(&self, close: char) -> Error {
        self.error(format!("a comma before \"{close}\" is not allowed"))
    }

    fn array(&mut self, depth: usize) -> Result<Json, Error> {
        self.open(depth)?;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b']') {
                        return Err(self.trailing_comma(']'));
                    }
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.unexpected("\",\" or \"]\"")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, Error> {
        self.open(depth)?;
        let mut entries = Vec::new();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(entries));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.trailing_comma('}')),
                _ => return Err(self.unexpected("a key in double quotes")),
            }
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.unexpected("\":\""));
            }
            self.pos += 1;
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_whitespace();
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(entries));
                }
                _ => return Err(self.unexpected("\",\" or \"}\"")),
            }
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // `pos` stops only at an ASCII byte or the end, so this is a whole-character slice.
            out.push_str(self.text.get(start..self.pos).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => {
                    return Err(self.error(
                        "a string may not contain a line break, tab or other control character; \
                         write it as an escape such as \\n"
                            .into(),
                    ))
                }
                None => return Err(self.error(String::new())),
            }
        }
    }

    /// An escape, from its backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let at = self.pos;
        self.pos += 1;
        let c =
            match self.peek() {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => {
                    self.pos += 1;
                    return self.unicode(at);
                }
                None => return Err(self.error(String::new())),
                Some(_) => return Err(self.error_at(
                    at,
                    "unknown escape; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
                        .into(),
                )),
            };
        self.pos += 1;
        Ok(c)
    }

    /// The four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| (b as char).to_digit(16));
            match digit {
                Some(d) => n = n * 16 + d,
                None if self.peek().is_none() => return Err(self.error(String::new())),
                None => return Err(self.unexpected("four hex digits after \\u")),
            }
            self.pos += 1;
        }
        Ok(n)
    }

    /// The character of a `\uXXXX` escape (after the `u`), with the second half of a surrogate
    /// pair when the first half calls for it.
    fn unicode(&mut self, at: usize) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF if self.bytes[self.pos..].starts_with(b"\\u") => {
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.lone_surrogate(at));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xD800..=0xDFFF => return Err(self.lone_surrogate(at)),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.lone_surrogate(at))
    }

    fn lone_surrogate(&self, at: usize) -> Error {
        self.error_at(
            at,
            "a \\u escape from D800 to DFFF is half of a character and must be one of a pair, \
             such as \\uD83D\\uDE00"
                .into(),
        )
    }

    /// Skips digits; returns how many.
    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<f64, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        if self.digits() == 0 {
            return Err(self.unexpected("a digit"));
        }
        if self.bytes[int_start] == b'0' && self.pos - int_start > 1 {
            return Err(self.error_at(int_start, "a number may not start with 0".into()));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.unexpected("a digit after the decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.unexpected("a digit in the exponent"));
            }
        }
        match self.text.get(start..self.pos).and_then(decimal) {
            Some(n) if n.is_finite() => Ok(n),
            _ => Err(self.error_at(start, "the number is too large".into())),
        }
    }
}

/// The value of a number the grammar above has already checked. Not `str::parse::<f64>`: its
/// exact algorithm brings a 10 KB table of powers of five into the wasm. This is exact for
/// integers up to 2^53 and otherwise within a few units in the last place, plenty for story
/// data (counts, ranks).
fn decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i32>().ok()?),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: u64 = 0;
    let mut scale = exponent;
    let mut significant = 0;
    for (i, b) in int.bytes().chain(frac.bytes()).enumerate() {
        let in_fraction = i >= int.len();
        // Beyond 19 digits a u64 overflows; later integer digits only scale the value.
        if significant < 19 {
            digits = digits * 10 + u64::from(b - b'0');
            if digits > 0 {
                significant += 1;
            }
            if in_fraction {
                scale -= 1;
            }
        } else if !in_fraction {
            scale += 1;
        }
    }
    let mut value = digits as f64;
    let power = pow10(scale.unsigned_abs());
    if scale >= 0 {
        value *= power;
    } else {
        value /= power;
    }
    Some(if negative { -value } else { value })
}

/// 10^n by repeated squaring (no table, no libm).
fn pow10(mut n: u32) -> f64 {
    let (mut result, mut base) = (1.0, 10.0);
    while n > 0 {
        if n & 1 == 1 {
            result *= base;
        }
        base *= base;
        n >>= 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_match_the_standard_parser() {
        for text in [
            "0",
            "-0",
            "1",
            "32500000",
            "14900000",
            "0.5",
            "-2.25",
            "1e3",
            "1E-3",
            "2.5e+2",
            "123456789012345678901234",
            "0.000001",
            "9007199254740993",
            "1.5e300",
        ] {
            let ours = decimal(text).unwrap();
            let std = text.parse::<f64>().unwrap();
            assert!(
                (ours - std).abs() <= std.abs() * 1e-15,
                "{text}: {ours} vs {std}"
            );
        }
        assert_eq!(decimal("32500000"), Some(32_500_000.0));
        assert!(decimal("1e400").unwrap().is_infinite());
    }

    fn ok(text: &str) -> Json {
        match parse(text) {
            Ok(v) => v.value,
            Err(p) => panic!("{text:?}: {p}"),
        }
    }

    fn err(text: &str) -> String {
        match parse(text) {
            Ok(v) => panic!("{text:?} parsed as {v:?}"),
            Err(p) => {
                assert_eq!(p.path, "$");
                p.message
            }
        }
    }

    fn s(text: &str) -> String {
        match ok(text) {
            Json::String(s) => s,
            other => panic!("{other:?}"),
        }
    }

    fn n(text: &str) -> f64 {
        match ok(text) {
            Json::Number(n) => n,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn parses_every_kind_of_value_with_offsets() {
        let v = parse(" {\"a\": [1, true, null],\n \"b\": {\"c\": \"d\"}, \"e\": false} ").unwrap();
        assert_eq!(v.offset, 1);
        let Json::Object(entries) = v.value else {
            panic!()
        };
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].0, "a");
        assert_eq!(entries[0].1.offset, 7);
        let Json::Array(items) = &entries[0].1.value else {
            panic!()
        };
        assert_eq!(
            items.iter().map(|i| i.value.clone()).collect::<Vec<_>>(),
            [Json::Number(1.0), Json::Bool(true), Json::Null]
        );
        assert_eq!(items[1].offset, 11);
        assert_eq!(entries[2].1.value, Json::Bool(false));
        assert_eq!(ok("[]"), Json::Array(vec![]));
        assert_eq!(ok("{ }"), Json::Object(vec![]));
        assert_eq!(ok("\t\r\n null \n"), Json::Null);
    }

    #[test]
    fn decodes_escapes_and_surrogate_pairs() {
        assert_eq!(
            s(r#""\" \\ \/ \b \f \n \r \t""#),
            "\" \\ / \u{8} \u{c} \n \r \t"
        );
        assert_eq!(s(r#""\u0041\u00e9\u4E2D""#), "Aé中");
        assert_eq!(s(r#""\uD83D\uDE00!""#), "😀!");
        assert_eq!(s("\"raw é 中 😀\""), "raw é 中 😀");
        assert_eq!(s(r#""\u0000""#), "\0");
        for lone in [
            r#""\uD83D""#,
            r#""\uD83Dx""#,
            r#""\uD83D\u0041""#,
            r#""\uDE00""#,
        ] {
            assert!(err(lone).contains("half of a character"), "{lone}");
        }
        assert!(err(r#""\x""#).contains("unknown escape"));
        assert!(err(r#""\u12G4""#).contains("four hex digits"));
        assert!(err("\"a\nb\"").contains("control character"));
        assert!(err("\"a\tb\"").contains("control character"));
        assert!(err("\"abc").contains("ends too early"));
        assert!(err("\"abc\\").contains("ends too early"));
    }

    #[test]
    fn numbers_follow_the_json_grammar() {
        assert_eq!(n("0"), 0.0);
        assert_eq!(n("-0"), 0.0);
        assert_eq!(n("42"), 42.0);
        assert_eq!(n("-17"), -17.0);
        assert_eq!(n("3.25"), 3.25);
        assert_eq!(n("-0.5"), -0.5);
        assert_eq!(n("1e3"), 1000.0);
        assert_eq!(n("1E+3"), 1000.0);
        assert_eq!(n("2.5e-3"), 0.0025);
        assert_eq!(n("-1.5E2"), -150.0);
        assert_eq!(n("1000000000000000000000"), 1e21);
        for bad in [
            "01", "-", "-a", "+1", ".5", "1.", "1.e3", "1e", "1e+", "0x10", "NaN", "Infinity",
        ] {
            assert!(
                err(bad).contains("not valid JSON") || err(bad).contains("ends too early"),
                "{bad}: {}",
                err(bad)
            );
        }
        assert!(err("1e400").contains("too large"));
    }

    #[test]
    fn errors_say_what_and_where() {
        assert_eq!(
            err("{\n  \"a\": 1\n  \"b\": 2\n}"),
            "this is not valid JSON: expected \",\" or \"}\", found \"\"\" (line 3, column 3)"
        );
        let malformed = "{\n  \"meta\": {},\n  \"lanes\": [],\n  \"events\": [,]\n}\n";
        let m = err(malformed);
        assert!(m.starts_with("this is not valid JSON"), "{m}");
        assert!(m.contains("(line 4, column 14)"), "{m}");
        assert_eq!(
            err("{\"a\": [1,\n"),
            "the file ends too early (line 2, column 1)"
        );
        assert!(err("[1, 2,]").contains("a comma before \"]\""));
        assert!(err("{\"a\": 1,}").contains("a comma before \"}\""));
        assert!(err("{a: 1}").contains("a key in double quotes"));
        assert!(err("{\"a\" 1}").contains("expected \":\""));
        assert!(err("[tru]").contains("expected a value"));
        assert!(err("'a'").contains("expected a value, found \"'\""));
        // Columns count characters, not bytes.
        assert!(err("[\"é\" x]").contains("column 6"));
    }

    #[test]
    fn nothing_may_follow_the_value() {
        assert!(err("{} {}").contains("more text after the end"));
        assert!(err("[1] x").contains("(line 1, column 5)"));
        assert!(err("nullx").contains("more text"));
        assert_eq!(ok("{}  \n"), Json::Object(vec![]));
    }

    #[test]
    fn empty_input_is_reported() {
        assert_eq!(err(""), "the file is empty");
        assert_eq!(err(" \n\t"), "the file is empty");
    }

    #[test]
    fn nesting_is_limited() {
        let ok_depth = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok_depth).is_ok());
        let too_deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(err(&too_deep).contains("nested more than 128 levels"));
        // Hostile input fails cleanly instead of overflowing the stack.
        assert!(err(&"[{\"a\":".repeat(100_000)).contains("nested"));
    }

    #[test]
    fn duplicate_keys_are_kept_in_order() {
        let Json::Object(entries) = ok(r#"{"a": 1, "b": 2, "a": 3}"#) else {
            panic!()
        };
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "b", "a"]);
        assert_eq!(entries[2].1.value, Json::Number(3.0));
    }

    #[test]
    fn agrees_with_serde_json() {
        // A differential check against the parser this one replaces.
        let cases = [
            r#"{"a": [1, 2.5, -3e2, "x\u00e9\n", true, false, null, {}, []]}"#,
            r#"[1,]"#,
            r#"{"a":1,}"#,
            r#"[01]"#,
            r#"[1.]"#,
            r#"["\uD800"]"#,
            r#"["\q"]"#,
            "[\"\u{1}\"]",
            "[1] 2",
            "",
            "[",
            r#"{"a" "b"}"#,
            r#"[-]"#,
            r#"[1e5, 1E-5, 0.0, -0]"#,
            "\u{feff}[]",
            r#"["\uD834\uDD1E"]"#,
        ];
        for case in cases {
            let ours = parse(case).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(case).is_ok();
            assert_eq!(ours, theirs, "{case:?}");
        }
        let story = crate::model::DEFAULT_STORY_JSON;
        let ours = parse(story).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(story).unwrap();
        assert!(same(&ours.value, &theirs));
    }

    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => Some(*a) == b.as_f64(),
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(&x.value, y))
            }
            (Json::Object(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| b.get(k).is_some_and(|y| same(&v.value, y)))
            }
            _ => false,
        }
    }
}
