//! A card's render key: names the markup that this build of the card makes from one dataset text in
//! one language. The server snippet carries it (`data-render` on its mount); the browser computes it
//! again and, when it matches, keeps the server's markup as it is instead of rendering the same card
//! a second time. The markup is interactive without the wasm (native radios and `<details>`), so a
//! page of twenty snippets costs the wasm twenty comparisons, not twenty renders.
//!
//! loader/embed.js computes the same key, so a page whose cards are all current snippets never
//! downloads the wasm at all. FNV-1a (32 bits): a few lines in Rust and in JS (`Math.imul`), no
//! dependency; nothing here needs a cryptographic hash, as a collision only means an older snippet
//! of the same data and language is kept.

use crate::words::Locale;
use crate::words::LocaleWords;

/// A hash of what decides the markup and its look (build/code_version.rs, run by build.rs): a change
/// there gives every older snippet a different key; a change anywhere else keeps them current.
pub const CODE_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/code-version.txt"));

/// The key of the markup this build renders for `data_text`, the dataset exactly as the snippet's
/// `<script type="application/json">` holds it, in `locale`.
pub fn render_key(locale: Locale, data_text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for part in [CODE_VERSION, locale.words().tag, data_text] {
        // A separator that no part contains (0xff is not in UTF-8), so parts cannot run into each other.
        for byte in part.bytes().chain([0xff]) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    format!("{hash:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_changes_with_the_language_and_every_byte_of_the_data() {
        let key = render_key(Locale::En, r#"{"a":1}"#);
        assert_eq!(key.len(), 8);
        assert_eq!(key, render_key(Locale::En, r#"{"a":1}"#));
        assert_ne!(key, render_key(Locale::Hy, r#"{"a":1}"#));
        assert_ne!(key, render_key(Locale::En, r#"{"a":2}"#));
        assert_ne!(key, render_key(Locale::En, r#"{"a":1} "#));
    }
}
