//! The loader's own address, for the embed code: the loader (`loader/embed.js`) records it as the
//! value of `globalThis[Symbol.for("claims-card.started")]`, the mark it sets once per page
//! before it starts the wasm.

/// The loader's URL, or `None` if the page started the wasm some other way.
pub fn loader_url() -> Option<String> {
    let key = js_sys::Symbol::for_("claims-card.started");
    js_sys::Reflect::get(&js_sys::global(), &key).ok()?.as_string()
}
