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
//!
//! Each edition has its story file: `story.bin` is the build's own edition (the Chinese one
//! with the `zh-hans` feature); every edition is also written under its name
//! (`story.zh-hans.bin`…), for the pre-renderer and the native tests, which render them all.

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

/// The editions' story files, by the name of their edition.
const STORIES: [(&str, &str); 2] = [
    ("en", "public/data/story.json"),
    ("zh-hans", "public/data/story.zh-Hans.json"),
];

fn main() {
    println!("cargo:rerun-if-changed=src/model");
    let out = Path::new(&env::var("OUT_DIR").expect("Cargo sets OUT_DIR")).to_owned();
    let own = if env::var_os("CARGO_FEATURE_ZH_HANS").is_some() {
        "zh-hans"
    } else {
        "en"
    };
    for (edition, file) in STORIES {
        println!("cargo:rerun-if-changed={file}");
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let story = match model::load::parse_story(&text) {
            Ok(story) => story,
            Err(problems) => {
                let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
                panic!(
                    "{file} has {} problem(s):\n{}",
                    problems.len(),
                    list.join("\n")
                );
            }
        };
        let bytes = postcard::to_allocvec(&story).expect("a checked story serializes");
        let part =
            postcard::to_allocvec(&story.first_view_part()).expect("a checked story serializes");
        let json = strip_whitespace(&text);
        let write = |name: &str, bytes: &[u8]| {
            fs::write(out.join(name), bytes).expect("OUT_DIR is writable")
        };
        write(&format!("story.{edition}.bin"), &bytes);
        write(&format!("story-first-view.{edition}.bin"), &part);
        write(&format!("story.{edition}.json"), json.as_bytes());
        if edition == own {
            write("story.bin", &bytes);
            write("story-first-view.bin", &part);
            write("story.json", json.as_bytes());
        }
    }
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
