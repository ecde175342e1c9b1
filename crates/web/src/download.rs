//! A file made in the reader's browser, saved as a download: a `Blob`, its object URL and a
//! temporary `<a download>` clicked once, the URL revoked a moment later. No request is made.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a file named `name`, of type `mime`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "cannot make the file")?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make the file's address")?;
    let document = web_sys::window().and_then(|window| window.document()).ok_or("no document")?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok())
        .ok_or("cannot make the download link")?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has started the download from the URL by the time this runs.
    Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
