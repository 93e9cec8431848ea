//! Fetching a story file named by the `data` parameter (gloo-net).

use gloo_net::http::Request;
use web_sys::RequestMode;

/// Fetches a same-origin file as text. `mode: same-origin` makes the browser refuse a redirect
/// to another site as well. The error is said in plain words for the error page.
pub async fn fetch_text(address: &str) -> Result<String, String> {
    let response = Request::get(address)
        .mode(RequestMode::SameOrigin)
        .send()
        .await
        .map_err(|_| {
            "the browser could not fetch it (it may be on another site, or offline)".to_string()
        })?;
    if !response.ok() {
        return Err(match response.status() {
            404 => "there is no file at this address (404)".to_string(),
            status => format!("the server answered with status {status}"),
        });
    }
    response
        .text()
        .await
        .map_err(|_| "the file could not be read as text".to_string())
}
