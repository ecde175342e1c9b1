//! claims-card: a comparison card of the losses each side claims in a conflict.
//!
//! The pipeline, one module per step:
//! data file → [`dataset`] (validated model) → [`card`] (Yew markup, with [`words`] for each
//! language) → [`render`] (server-rendered snippet, native) or `browser` (wasm: finds the cards on
//! a page and runs each as a Yew app). `builder` (wasm, feature `builder`) is the newsroom's workbench,
//! builder.html: a form for the format, the live card and the snippet made in the editor's browser. [`format`] is the published format's serde types, which
//! [`dataset`] validates; [`export`] is the data a reader downloads (CSV); [`locale`] names the languages, and every step may use it. What the
//! loader script shares with the Rust code is in [`loader_contract`], written into the loader at
//! build time.

pub mod card;
pub mod dataset;
pub mod export;
pub mod format;
pub mod loader_contract;
pub mod locale;
pub mod markup;
pub mod words;

// The dataset as an editor is making it in the workbench: native too, so its edits are tested natively.
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod draft;
// The snippet is made natively (`claims-card render`) and, by the same code, in the workbench's wasm.
#[cfg(any(not(target_arch = "wasm32"), feature = "builder"))]
pub mod render;

// The reader's wasm, and the workbench's (`--features builder`, builder.html): one or the other.
#[cfg(all(target_arch = "wasm32", not(feature = "builder")))]
mod browser;
// The Web APIs both wasm builds use (clipboard, downloads).
#[cfg(all(target_arch = "wasm32", feature = "builder"))]
mod builder;
#[cfg(target_arch = "wasm32")]
mod web;

/// Talc in place of Rust's default wasm allocator (dlmalloc): the same job in less code.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
