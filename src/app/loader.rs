//! Loads the story: the one compiled into the app, or another file on this site named by the
//! `data` parameter.
//!
//! The built-in story was checked when the app was built and is stored in a compact binary
//! form ([`crate::model::compact`]); only a `?data=` file goes through the JSON reader and the
//! validator, whose code the release build fetches then (see [`super::split::read_story`]).

use super::split;
use crate::model::{self, Problem, Story, StoryIndex};
use crate::url_state::{data_source, DataParamError};
use leptos::prelude::window;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, RequestMode, Response};

/// A story ready to show: checked, with its events placed in time.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The story.
    pub story: Story,
    /// Its events in time order.
    pub index: StoryIndex,
}

impl Loaded {
    fn new(story: Story) -> Loaded {
        let index = StoryIndex::new(&story);
        Loaded { story, index }
    }
}

/// Why no story can be shown.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The `data` parameter is not allowed.
    #[error(transparent)]
    DataParam(#[from] DataParamError),
    /// The file could not be fetched.
    #[error("The story file \"{address}\" could not be loaded: {reason}")]
    Fetch {
        /// What was asked for.
        address: String,
        /// What went wrong, in plain words.
        reason: String,
    },
    /// The code that reads story files could not be fetched (release build, offline).
    #[error("The part of the explainer that reads story files could not be loaded. Check the connection, then reload the page.")]
    ReaderNotLoaded,
    /// The file was read but is not a valid story.
    #[error("The story file \"{address}\" has {} problem{}.", problems.len(), if problems.len() == 1 { "" } else { "s" })]
    Invalid {
        /// Where the file came from.
        address: String,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// The story compiled into the app.
pub fn embedded() -> Result<Loaded, LoadError> {
    // `build.rs` wrote these bytes from a checked story, so this fails only if the build did.
    model::decode_default()
        .map(Loaded::new)
        .ok_or_else(|| LoadError::Invalid {
            address: "built-in story".into(),
            problems: vec![Problem::new("$", "the built-in story is damaged")],
        })
}

/// Fetches, parses and checks the story named by a `data` parameter.
pub async fn from_data_param(param: &str, origin: &str) -> Result<Loaded, LoadError> {
    let address = data_source(param, origin)?;
    // Fetch the reader's code while the file downloads.
    split::preload_story_reader();
    let text = fetch_text(&address)
        .await
        .map_err(|reason| LoadError::Fetch {
            address: address.clone(),
            reason,
        })?;
    split::read_story(&text)
        .await
        .map_err(|split::NotLoaded| LoadError::ReaderNotLoaded)?
        .map(Loaded::new)
        .map_err(|problems| LoadError::Invalid { address, problems })
}

/// Fetches a same-origin file as text. `mode: same-origin` makes the browser refuse a redirect
/// to another site as well.
async fn fetch_text(address: &str) -> Result<String, String> {
    let init = RequestInit::new();
    init.set_mode(RequestMode::SameOrigin);
    let response = JsFuture::from(window().fetch_with_str_and_init(address, &init))
        .await
        .map_err(|_| {
            "the browser could not fetch it (it may be on another site, or offline)".to_string()
        })?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| "unexpected response".to_string())?;
    if !response.ok() {
        return Err(match response.status() {
            404 => "there is no file at this address (404)".to_string(),
            status => format!("the server answered with status {status}"),
        });
    }
    let text = response.text().map_err(describe)?;
    let text = JsFuture::from(text).await.map_err(describe)?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_string())
}

fn describe(err: JsValue) -> String {
    err.as_string()
        .unwrap_or_else(|| "the file could not be read".to_string())
}
