//! Web APIs that both wasm apps use (the reader's card and the workbench), each behind an honest
//! Rust type: the clipboard, and a file saved as a download.

pub mod clipboard;
pub mod download;
