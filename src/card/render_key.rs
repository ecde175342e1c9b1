//! A card's render key: names the markup that this build of the card makes from one dataset text in
//! one language. The server snippet carries it (`data-render` on its mount); the browser computes it
//! again and, when it matches, keeps the server's markup as it is instead of rendering the same card
//! a second time. The markup is interactive without the wasm (native radios and `<details>`), so a
//! page of twenty snippets costs the wasm twenty comparisons, not twenty renders.
//!
//! FNV-1a (64 bits): a few lines, no dependency, and nothing here needs a cryptographic hash: a
//! collision only means a stale snippet is kept, and the inputs come from the same page.

use crate::words::Locale;

/// A hash of every source file and the lockfile, made by build.rs: any change to the code that makes
/// the markup (or to a dependency) gives every older snippet a different key.
const CODE_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/code-version.txt"));

/// The key of the markup this build renders for `data_text`, the dataset exactly as the snippet's
/// `<script type="application/json">` holds it, in `locale`.
pub fn render_key(locale: Locale, data_text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [CODE_VERSION, locale.words().tag, data_text] {
        // A separator that no part contains (0xff is not in UTF-8), so parts cannot run into each other.
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_changes_with_the_language_and_every_byte_of_the_data() {
        let key = render_key(Locale::En, r#"{"a":1}"#);
        assert_eq!(key.len(), 16);
        assert_eq!(key, render_key(Locale::En, r#"{"a":1}"#));
        assert_ne!(key, render_key(Locale::Hy, r#"{"a":1}"#));
        assert_ne!(key, render_key(Locale::En, r#"{"a":2}"#));
        assert_ne!(key, render_key(Locale::En, r#"{"a":1} "#));
    }
}
