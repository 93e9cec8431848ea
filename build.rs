//! Build script: checks the default story and compiles it into the app in a compact form.
//!
//! `public/data/story.json` is read and checked with the app's own reader and validator (the
//! model modules are compiled into this script too). A file with problems fails the build
//! with every problem listed, so a broken story never ships. The checked story is written to
//! `OUT_DIR/story.bin` in postcard's binary form (serde), which the app decodes without any JSON
//! code: the JSON reader is only loaded for other stories (`?data=`).
//!
//! `OUT_DIR/story.json` is the file without the whitespace between tokens (strings copied
//! unchanged), for the tests that build stories from the default one.

use std::{env, fs, path::Path};

/// The model's modules that reading, checking and encoding a story need. None of them uses
/// Leptos or the browser.
#[path = "src/model"]
// Not all of the model is used here; and clippy spares the names of the library's public API
// (`Zone::from_utc`) but not of a build script's private modules.
#[allow(dead_code, clippy::wrong_self_convention)]
mod model {
    pub mod date;
    pub mod load;
    pub mod story;
    pub mod validate;
}

const STORY: &str = "public/data/story.json";

fn main() {
    println!("cargo:rerun-if-changed={STORY}");
    println!("cargo:rerun-if-changed=src/model");
    let text = fs::read_to_string(STORY).expect("public/data/story.json is readable");
    let story = match model::load::parse_story(&text) {
        Ok(story) => story,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            panic!(
                "{STORY} has {} problem(s):\n{}",
                problems.len(),
                list.join("\n")
            );
        }
    };
    let out = Path::new(&env::var("OUT_DIR").expect("Cargo sets OUT_DIR")).to_owned();
    let bytes = postcard::to_allocvec(&story).expect("a checked story serializes");
    fs::write(out.join("story.bin"), bytes).expect("OUT_DIR is writable");
    let part = postcard::to_allocvec(&story.first_view_part()).expect("a checked story serializes");
    fs::write(out.join("story-first-view.bin"), part).expect("OUT_DIR is writable");
    fs::write(out.join("story.json"), strip_whitespace(&text)).expect("OUT_DIR is writable");
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
