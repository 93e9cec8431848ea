//! Loads the story: the one compiled into the app, or another file on this site named by the
//! `data` parameter.
//!
//! The built-in story was checked when the app was built and is stored in postcard's binary
//! form ([`crate::model::decode_default`]); only a `?data=` file goes through the JSON reader
//! and the validator, whose code the release build fetches then (see [`views::read_story`]).

use super::views;
use crate::model::{self, Problem, Story};
use crate::platform::fetch::fetch_text;
use crate::url_state::{data_source, DataParamError};
use thiserror::Error;

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

impl LoadError {
    /// What went wrong, in the page's language (the `Display` form is the English, for logs
    /// and tests). The browser's reason for a failed fetch is not in it: see [`Self::reason`].
    pub fn said(&self) -> String {
        use crate::i18n::{errors::errors, fill};
        let e = errors();
        match self {
            LoadError::DataParam(DataParamError::OtherOrigin(site, allowed)) => {
                fill(e.other_origin, &[("site", site), ("allowed", allowed)])
            }
            LoadError::DataParam(DataParamError::NotAnAddress(param)) => {
                fill(e.not_address, &[("param", param)])
            }
            LoadError::Fetch { address, .. } => fill(e.fetch, &[("address", address)]),
            LoadError::ReaderNotLoaded => e.reader.to_string(),
            LoadError::Invalid { address, problems } if problems.len() == 1 => {
                fill(e.invalid_one, &[("address", address)])
            }
            LoadError::Invalid { address, problems } => fill(
                e.invalid_many,
                &[("address", address), ("count", &problems.len().to_string())],
            ),
        }
    }

    /// Why a fetch failed, in English in every edition, to follow [`Self::said`], marked
    /// `lang="en"` by the error page.
    pub fn reason(&self) -> Option<&str> {
        match self {
            LoadError::Fetch { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// Keeps a loaded story for the page's lifetime: it never changes, and every view reads it.
fn keep(story: Story) -> &'static Story {
    Box::leak(Box::new(story))
}

/// The story compiled into the app.
pub fn embedded() -> Result<&'static Story, LoadError> {
    // `build.rs` wrote these bytes from a checked story, so this fails only if the build did.
    // The first view's part: the later views read the whole (`model::whole`).
    model::first_view_default().ok_or_else(|| LoadError::Invalid {
        address: "built-in story".into(),
        problems: vec![Problem::new("$", "the built-in story is damaged")],
    })
}

/// Fetches, parses and checks the story named by a `data` parameter.
pub async fn from_data_param(param: &str, origin: &str) -> Result<&'static Story, LoadError> {
    let address = data_source(param, origin)?;
    views::read_story_file(address).await
}

/// Fetches the story file at `address` and reads and checks it ([`model::parse_story`]). In
/// the release build this is the code of the reader's chunk (see `views`).
pub async fn fetch_and_read(address: String) -> Result<&'static Story, LoadError> {
    let text = fetch_text(&address)
        .await
        .map_err(|reason| LoadError::Fetch {
            address: address.clone(),
            reason,
        })?;
    model::parse_story(&text)
        .map(keep)
        .map_err(|problems| LoadError::Invalid { address, problems })
}
