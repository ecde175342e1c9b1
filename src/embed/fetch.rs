//! Fetching a card's live dataset (`<claims-card src="…">`): one GET, no cookies, no referrer,
//! a time limit, and a size limit checked before the body is read.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReferrerPolicy, RequestCredentials, RequestInit, RequestMode, Response, Url};

use crate::dataset::MAX_DOCUMENT_BYTES;

/// A slow network gets this long before the card gives up and offers to try again.
const TIME_LIMIT_MS: u32 = 10_000;

/// An absolute `http(s)` address, resolved against the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataUrl(String);

impl DataUrl {
    /// Resolves `src` against the page's base URL; anything but `http:` and `https:` is refused.
    pub fn resolve(src: &str, base: &str) -> Result<Self, String> {
        let url = Url::new_with_base(src, base).map_err(|_| format!("src: \"{src}\" is not an address"))?;
        match url.protocol().as_str() {
            "http:" | "https:" => Ok(Self(url.href())),
            other => Err(format!("src: only http: and https: addresses are fetched, not {other}")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The response body as text, or why there is none, worded for an editor.
pub async fn fetch_text(url: &DataUrl) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window to fetch from")?;
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_mode(RequestMode::Cors);
    // The card never sends the reader's cookies or the page's address to the data's host.
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_signal(Some(&AbortSignal::timeout_with_u32(TIME_LIMIT_MS)));
    let response = JsFuture::from(window.fetch_with_str_and_init(url.as_str(), &init))
        .await
        .map_err(|error| describe_failure(url, &error))?;
    let response: Response = response.dyn_into().map_err(|_| "the fetch gave no response".to_owned())?;
    if !response.ok() {
        return Err(format!("src: {} answered HTTP {}", url.as_str(), response.status()));
    }
    let declared =
        response.headers().get("content-length").ok().flatten().and_then(|length| length.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|bytes| *bytes > MAX_DOCUMENT_BYTES) {
        return Err(format!("src: the data is {bytes} bytes; the limit is {MAX_DOCUMENT_BYTES} bytes"));
    }
    let text = response.text().map_err(|_| "src: the response has no readable body".to_owned())?;
    let text = JsFuture::from(text).await.map_err(|error| describe_failure(url, &error))?;
    text.as_string().ok_or_else(|| "src: the response is not text".to_owned())
}

fn describe_failure(url: &DataUrl, error: &JsValue) -> String {
    let name = js_sys::Reflect::get(error, &"name".into()).ok().and_then(|name| name.as_string()).unwrap_or_default();
    match name.as_str() {
        "TimeoutError" | "AbortError" => {
            format!("src: {} did not answer within {} seconds", url.as_str(), TIME_LIMIT_MS / 1000)
        }
        _ => format!("src: {} could not be reached (network error, or its server does not allow CORS)", url.as_str()),
    }
}
