//! Fetching a card's live dataset (`<claims-card src="…">`): one GET through gloo-net, no cookies,
//! no referrer, a time limit, and a size limit that holds whatever the server declares: the body is
//! read as a stream and the read stops at the limit, so a server that sends no Content-Length (or
//! a wrong one) cannot fill the reader's tab.

use gloo::net::http::{Request, Response};
use gloo::net::Error;
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortSignal, ReadableStreamDefaultReader, ReadableStreamReadResult, ReferrerPolicy, RequestCache,
    RequestCredentials, RequestMode, Url,
};

use claims_card_data::dataset::{shortened, MAX_DOCUMENT_BYTES};

/// A slow network gets this long (the whole response, body included) before the card gives up and
/// offers to try again.
const TIME_LIMIT_MS: u32 = 10_000;

/// What frame.html puts in `src` in place of an address its site does not publish data from
/// (loader/frame.js, `REFUSED_SRC`): the card says so, fetches nothing and never repeats the address.
const REFUSED_SRC: &str = "unpublished:";

/// What frame.html puts in `src` when its address names no data (loader/frame.js, `NO_SRC`),
/// followed by the parameter the editor seems to have meant instead, if any: the card says it
/// expected `src`, never shows the seed in its place.
const NO_SRC: &str = "no-src:";

/// The mistaken parameters the error card names back (loader/frame.js, `MISNAMED`); any other is
/// "a parameter", so nothing a forged link writes reaches the card.
const MISNAMED: [&str; 7] = ["data", "data-src", "url", "dataset", "json", "file", "href"];

/// The most of an address an error message repeats: a page may hand the card 100,000 characters.
const SHOWN_CHARS: usize = 120;

/// An absolute `http(s)` address, resolved against the page; `seed` when it is the demo dataset's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataUrl(String, bool);

impl DataUrl {
    /// Resolves `src` against the page's base URL; anything but `http:` and `https:` is refused.
    pub fn resolve(src: &str, base: &str) -> Result<Self, String> {
        if src == REFUSED_SRC {
            return Err("src: not an address this site publishes data from: this frame shows data only from \
                        the sites its release names (README, frames)"
                .into());
        }
        if let Some(meant) = src.strip_prefix(NO_SRC) {
            return Err(no_src(meant));
        }
        let url = Url::new_with_base(src, base).map_err(|_| format!("src: \"{}\" is not an address", shown(src)))?;
        match url.protocol().as_str() {
            "http:" | "https:" => Ok(Self(url.href(), false)),
            other => Err(format!("src: only http: and https: addresses are fetched, not {}", shown(other))),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The same address, as the demo dataset's (`data-seed`).
    pub fn into_seed(self) -> Self {
        Self(self.0, true)
    }

    pub fn is_seed(&self) -> bool {
        self.1
    }

    /// The address as error messages repeat it: at most [`SHOWN_CHARS`] characters.
    pub fn shown(&self) -> String {
        shown(&self.0)
    }
}

/// Why a frame shows nothing, naming the `src` it expected and the misnamed parameter it found.
fn no_src(meant: &str) -> String {
    let found = match meant {
        "" => "no src=".to_owned(),
        name if MISNAMED.contains(&name) => format!("{name}= where it expected src="),
        _ => "a parameter it does not read where it expected src=".to_owned(),
    };
    format!("src: this frame's address has {found}: write ?src=https://…/data.json (or ?seed for the demo dataset)")
}

fn shown(text: &str) -> String {
    shortened(text, SHOWN_CHARS)
}

/// How a read may use the browser's HTTP cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cached {
    /// As the data's host says (the card's first read).
    AsServed,
    /// Always asks the host, conditionally where the cache holds the file (`If-None-Match`,
    /// `If-Modified-Since`): a live card's re-read, which an unchanged file answers with a 304. The
    /// browser adds those headers itself, so a cross-origin read needs no preflight for them.
    Revalidate,
}

/// The response body as text, or why there is none, worded for an editor.
pub async fn fetch_text(url: &DataUrl, cached: Cached) -> Result<String, String> {
    let response = Request::get(url.as_str())
        .cache(match cached {
            Cached::AsServed => RequestCache::Default,
            Cached::Revalidate => RequestCache::NoCache,
        })
        .mode(RequestMode::Cors)
        // The card never sends the reader's cookies or the page's address to the data's host.
        .credentials(RequestCredentials::Omit)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .abort_signal(Some(&AbortSignal::timeout_with_u32(TIME_LIMIT_MS)))
        .send()
        .await
        .map_err(|error| match error {
            Error::JsError(error) => describe_failure(url, &error.name),
            _ => describe_failure(url, ""),
        })?;
    if !response.ok() {
        return Err(format!("src: {} answered HTTP {}", url.shown(), response.status()));
    }
    let declared = response.headers().get("content-length").and_then(|length| length.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|bytes| *bytes > MAX_DOCUMENT_BYTES) {
        return Err(too_large(&bytes.to_string()));
    }
    let body = read_body(&response, url).await?;
    // As `Response.text()` decodes: UTF-8, a byte-order mark dropped, bad bytes replaced.
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&body);
    Ok(String::from_utf8_lossy(body).into_owned())
}

/// A card's first read of its data. A failure to read the demo dataset names the attribute that
/// asked for it (`data-seed`), not `src`, which the page did not write.
pub async fn first_read(url: &DataUrl) -> Result<String, String> {
    let read = fetch_text(url, Cached::AsServed).await;
    read.map_err(|reason| if url.is_seed() { reason.replacen("src:", "data-seed:", 1) } else { reason })
}

/// Reads the body chunk by chunk; past `MAX_DOCUMENT_BYTES` the stream is cancelled and the rest is
/// never downloaded.
async fn read_body(response: &Response, url: &DataUrl) -> Result<Vec<u8>, String> {
    let no_body = || "src: the response has no readable body".to_owned();
    let stream = response.body().ok_or_else(no_body)?;
    let reader: ReadableStreamDefaultReader = stream.get_reader().dyn_into().map_err(|_| no_body())?;
    let mut body = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|error| describe_failure(url, &error_name(&error)))?;
        let chunk: ReadableStreamReadResult = chunk.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Ok(body);
        }
        let bytes: Uint8Array = chunk.get_value().dyn_into().map_err(|_| no_body())?;
        if body.len() + bytes.length() as usize > MAX_DOCUMENT_BYTES {
            // Stops the download; what the server sends after this is never read.
            let _ = reader.cancel();
            return Err(too_large(&format!("over {MAX_DOCUMENT_BYTES}")));
        }
        body.extend_from_slice(&bytes.to_vec());
    }
}

fn too_large(bytes: &str) -> String {
    format!("src: the data is {bytes} bytes; the limit is {MAX_DOCUMENT_BYTES} bytes")
}

/// The `name` of what a promise rejected with ("TimeoutError"), or "".
fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into()).ok().and_then(|name| name.as_string()).unwrap_or_default()
}

/// `name`: the JavaScript error's name, which tells a time-out from a network failure.
fn describe_failure(url: &DataUrl, name: &str) -> String {
    match name {
        "TimeoutError" | "AbortError" => {
            format!("src: {} did not answer within {} seconds", url.shown(), TIME_LIMIT_MS / 1000)
        }
        _ => format!("src: {} could not be reached (network error, or its server does not allow CORS)", url.shown()),
    }
}
