//! Writes the built-in story into the release build's page: `prerender DIST` reads
//! `DIST/index.html` as Trunk built it and writes it back with the story's content in it (see
//! the library's `prerender` module). Run by `scripts/build-release` after Trunk.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST (the folder with the built index.html)");
        return std::process::ExitCode::from(2);
    };
    let path = dist.join("index.html");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|template| {
            rednote_explainer::prerender::write_default_page(&template).map_err(|e| e.to_string())
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
