//! What the loader (`loader/embed.js`) tells the wasm, through marks on the global object that it
//! sets once per page before it starts the wasm (symbols: page markup cannot write them):
//! - `Symbol.for("claims-card.started")`: the loader's own address, for the embed code;
//! - `Symbol.for("claims-card.current")`: the loader's test of whether a pasted card is current,
//!   the one place that decides it (the loader keeps such cards without the wasm).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// The loader's URL, or `None` if the page started the wasm some other way.
pub fn loader_url() -> Option<String> {
    let key = js_sys::Symbol::for_("claims-card.started");
    js_sys::Reflect::get(&js_sys::global(), &key).ok()?.as_string()
}

/// True when the loader keeps this card's server markup as it is: the markup is what this release
/// renders, from the card's own data, with no live data to fetch. Without the loader's test (a page
/// that started the wasm some other way), no card is: the wasm renders each.
pub fn is_current(host: &Element) -> bool {
    let key = js_sys::Symbol::for_("claims-card.current");
    let Ok(test) = js_sys::Reflect::get(&js_sys::global(), &key) else { return false };
    let Ok(test) = test.dyn_into::<js_sys::Function>() else { return false };
    test.call1(&JsValue::NULL, host).is_ok_and(|answer| answer.as_bool() == Some(true))
}
