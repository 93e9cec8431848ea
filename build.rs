//! Build script: embeds the default story without its indentation.
//!
//! `public/data/story.json` stays indented for the people who edit it (and for its download
//! link); the copy compiled into the app drops the whitespace between tokens, which is 14 KB of
//! the wasm's memory and 0.3 KB over the wire. Strings are copied unchanged.

use std::{env, fs, path::Path};

const STORY: &str = "public/data/story.json";

fn main() {
    println!("cargo:rerun-if-changed={STORY}");
    let text = fs::read_to_string(STORY).expect("public/data/story.json is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("Cargo sets OUT_DIR")).join("story.json");
    fs::write(out, strip_whitespace(&text)).expect("OUT_DIR is writable");
}

/// The JSON text without whitespace outside strings. Not a validator: a malformed file stays
/// malformed, and the app's own reader reports it.
fn strip_whitespace(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
