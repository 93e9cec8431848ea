//! Writes the built-in story into the release build's page: `prerender DIST [EDITION]` reads
//! `DIST/index.html` as Trunk built it and writes it back with the story's content in it (see
//! the library's `prerender` module), in the edition's language (`en`, the default, or
//! `zh-hans`), and its style sheets written into it. Run by `scripts/build-release` after
//! each Trunk build.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST (the folder with the built index.html)");
        return std::process::ExitCode::from(2);
    };
    let edition = std::env::args().nth(2).unwrap_or_else(|| "en".into());
    let Some(lang) = rednote_explainer::i18n::Lang::ALL
        .into_iter()
        .find(|l| l.edition() == edition)
    else {
        eprintln!("prerender: no edition \"{edition}\" (en, zh-hans)");
        return std::process::ExitCode::from(2);
    };
    let path = dist.join("index.html");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|template| {
            use rednote_explainer::prerender::{inline_style_sheets, write_edition_page};
            let page = write_edition_page(&template, lang).map_err(|e| e.to_string())?;
            // The style sheets, by the names of their files: their addresses start with the
            // edition's public URL (`/zh-hans/style-….css` is in `dist/zh-hans`).
            inline_style_sheets(&page, |href| {
                let name = href.rsplit('/').next().unwrap_or(href);
                std::fs::read_to_string(dist.join(name)).map_err(|e| e.to_string())
            })
            .map_err(|e| e.to_string())
        })
        .and_then(|page| std::fs::write(&path, page).map_err(|e| e.to_string()));
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            std::process::ExitCode::FAILURE
        }
    }
}

// The pre-renderer is native code; for wasm32 (the lints of every target) it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
