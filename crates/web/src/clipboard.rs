//! The clipboard: `navigator.clipboard.writeText`, where the browser has it and lets the page use
//! it; else the text is shown selected (`select`), for the reader to copy with Ctrl+C or ⌘C.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlTextAreaElement;
use yew::NodeRef;

#[wasm_bindgen]
extern "C" {
    /// Throws where `navigator.clipboard` is missing (an insecure page, an old browser): `Err`.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text_promise(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Copies `text`; false where the browser has no clipboard for the page or refused it.
pub async fn write_text(text: &str) -> bool {
    match write_text_promise(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Focuses the text field and selects all its text.
pub fn select(field: &NodeRef) {
    if let Some(field) = field.cast::<HtmlTextAreaElement>() {
        let _ = field.focus();
        field.select();
    }
}
