//! claims-card, the reader's app: the wasm that Trunk builds (index.html) and the loader
//! (`loader/embed.js`) starts. It finds every card on the page, mounts a Yew app for each one that
//! needs rendering, and follows the page as cards are added and removed. One wasm instance serves
//! every card; the loader (`loader/embed.js`) starts it once, when the first card needs rendering,
//! and keeps current server cards itself, without it.
//!
//! Each Web API the card touches lives in one small module with an honest Rust type, so no
//! `JsValue` or `Closure` appears outside them:
//! - `host`: the `<claims-card>` element: its state, events, data, language and shadow root.
//! - `stylesheet`: the card's stylesheet, constructed once and adopted by every shadow root.
//! - `observer`: the page's `MutationObserver`, disconnected when dropped.
//! - `fetch`: the live dataset named by `src`, read as a stream up to the size limit.
//! - `live`: a live card's re-reads of `src` while it is on screen (`data-refresh`).
//! - `seen`: whether two renders of a card look the same to a reader.
//! - `reader_place`: where the reader is in a card (open sources, focus, scroll), carried from the
//!   server's markup to the app's render that replaces it.
//! - `schedule`: tasks and frames (gloo timers and frames, `scheduler.postTask`).
//! - `loader`: the loader's own URL, for the embed code.
//! - `asked`: the loader's channel for a reader's click on a kept card (`readerAsked`, exported).
//!
//! The rest is plain Rust on top of them:
//! - `app`: the Yew app a card runs (its data, a live fetch, "Try again").
//! - `data`: where a card's data comes from (the page's JSON, the seed, `src`), read once per page.
//! - `page`: the page's cards (one `Page`), each mounted once and released when it leaves the page.
//! - `pacing`: how many cards each task mounts, and when the next task runs: a pure function of the
//!   times the page measured, tested natively.
//!
//! The card itself (components, words, render key) is the `claims-card-view` crate, the data it shows
//! `claims-card-data`, and what a reader takes away `claims-card-export`: this crate only puts them
//! on a page.

mod app;
mod asked;
mod data;
mod fetch;
mod host;
mod live;
mod loader;
mod observer;
mod pacing;
mod page;
mod reader_place;
mod schedule;
mod seen;
mod stylesheet;

use wasm_bindgen::prelude::*;

/// Runs once, when the loader has instantiated the wasm.
#[wasm_bindgen(start)]
pub fn start() {
    page::mount_all_and_follow();
}

/// Talc in place of Rust's default wasm allocator (dlmalloc): the same job in less code.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
