//! The browser side (wasm only): finds every card on the page, renders it, and follows the page as
//! cards are added and removed. One wasm instance serves every card; `embed/embed.js` loads it once,
//! when the first card needs rendering. (embed.js itself keeps current server cards, and marks every
//! card with the page's colour scheme.)
//!
//! - `host`: the `<claims-card>` element and its shadow root, behind honest Rust types.
//! - `page`: the page's cards, found at start and followed with a `MutationObserver`.
//! - `client`: a card the browser draws, and where its data comes from.
//! - `dom`: the card's `Html` built with the DOM's own constructors.
//! - `fetch`: the live dataset named by `src`.

mod client;
mod dom;
mod fetch;
mod host;
mod page;

use wasm_bindgen::prelude::*;

/// Runs once, when `embed.js` has instantiated the wasm.
#[wasm_bindgen(start)]
pub fn start() {
    page::mount_all_and_follow();
}
