//! The Content-Security-Policy sources a host page needs for the card (`claims-card csp`).
//!
//! - `script-src`: the folder `embed.js` comes from (it imports the JS glue from the same folder) and
//!   `'wasm-unsafe-eval'` (compiling WebAssembly; no `'unsafe-eval'`, no `'unsafe-inline'`).
//! - `connect-src`: the same folder (the wasm is fetched) and each live dataset (`src`).
//! - `style-src`: only for the server-rendered snippet, whose declarative shadow root carries the
//!   card's CSS in a `<style>` element, which is inline CSS to a CSP: its SHA-256 hash allows exactly
//!   that text. Client-rendered cards are styled by a constructed stylesheet, which `style-src` does
//!   not govern, so they need no `style-src` at all.
//!
//! - A page holding the card in a frame (`render --format iframe`) needs only `frame-src` for the
//!   asset folder and the hash of the script pasted with the iframe ([`frame_policy`]).
//!
//! The hash is made with the `sha2` and `base64` crates, checked below against the published test
//! vectors and in the browser by `tests/browser/csp.test.mjs`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::card::STYLE_ELEMENT_TEXT;

use super::frame::PARENT_SCRIPT;
use super::{AssetBase, PageUrl};

/// What the page holds, and so what its policy must allow.
#[derive(Debug, Clone, Default)]
pub struct CspOptions {
    /// Where `embed.js` is served from.
    pub asset_base: AssetBase,
    /// Every live dataset a card on the page fetches (`src`).
    pub live_data: Vec<PageUrl>,
    /// False when the page only has client-rendered cards (`<div data-claims-card>`, or
    /// `<claims-card>` without the snippet's `<template>`): then no `style-src` is needed.
    pub snippet_style: bool,
}

/// The CSP source that allows exactly the snippet's `<style>` text: `'sha256-…'`.
pub fn style_hash() -> String {
    format!("'sha256-{}'", base64(&sha256(STYLE_ELEMENT_TEXT.as_bytes())))
}

/// The CSP source that allows exactly the script pasted with the iframe: `'sha256-…'`.
pub fn parent_script_hash() -> String {
    format!("'sha256-{}'", base64(&sha256(PARENT_SCRIPT.as_bytes())))
}

/// What a page holding the card in a frame needs: `frame-src <asset folder>; script-src 'sha256-…'`.
pub fn frame_policy(asset_base: &AssetBase) -> String {
    format!("frame-src {}; script-src {}", source_of(asset_base.as_str()), parent_script_hash())
}

/// The directives the card needs, each with its sources, in the order they are printed.
pub fn directives(options: &CspOptions) -> Vec<(&'static str, Vec<String>)> {
    let assets = source_of(options.asset_base.as_str());
    let mut connect = vec![assets.clone()];
    for url in &options.live_data {
        let source = source_of(url.as_str());
        if !connect.contains(&source) {
            connect.push(source);
        }
    }
    let mut directives = vec![("script-src", vec![assets, "'wasm-unsafe-eval'".to_owned()]), ("connect-src", connect)];
    if options.snippet_style {
        directives.push(("style-src", vec![style_hash()]));
    }
    directives
}

/// The directives as one `Content-Security-Policy` value: `script-src …; connect-src …; style-src …`.
pub fn policy(options: &CspOptions) -> String {
    directives(options)
        .into_iter()
        .map(|(name, sources)| format!("{name} {}", sources.join(" ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A CSP source expression for an address the snippet names: an absolute `http(s)` URL becomes
/// itself without query or fragment (a path ending in `/` allows the whole folder), with the two
/// characters that would end a directive (`;` and `,`) percent-encoded, which CSP decodes before
/// matching; a path on the page's own site becomes `'self'`.
fn source_of(address: &str) -> String {
    if !address.contains("://") {
        return "'self'".to_owned();
    }
    let end = address.find(['?', '#']).unwrap_or(address.len());
    address[..end].replace(';', "%3B").replace(',', "%2C")
}

/// SHA-256 (FIPS 180-4).
fn sha256(message: &[u8]) -> [u8; 32] {
    Sha256::digest(message).into()
}

/// Standard base64 with padding (RFC 4648, section 4), as CSP hash sources are written.
fn base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    #[test]
    fn sha256_matches_the_published_vectors() {
        assert_eq!(hex(&sha256(b"")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hex(&sha256(b"abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(
            hex(&sha256(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            hex(&sha256(&[b'a'; 1_000_000])),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
        // Lengths around the padding boundary (55, 56 and 64 bytes).
        assert_eq!(hex(&sha256(&[b'a'; 55])), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
        assert_eq!(hex(&sha256(&[b'a'; 56])), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
        assert_eq!(hex(&sha256(&[b'a'; 64])), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    }

    #[test]
    fn base64_matches_rfc_4648() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (text, encoded) in cases {
            assert_eq!(base64(text.as_bytes()), encoded);
        }
        assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    }

    #[test]
    fn the_style_hash_is_a_csp_hash_source() {
        let hash = style_hash();
        assert!(hash.starts_with("'sha256-") && hash.ends_with("='"), "{hash}");
        assert_eq!(hash.len(), "'sha256-".len() + 44 + 1);
    }

    #[test]
    fn a_page_with_the_snippet_and_live_data_needs_three_directives() {
        let options = CspOptions {
            asset_base: AssetBase::parse("https://cdn.example.org/claims-card").unwrap(),
            live_data: vec![
                PageUrl::parse("https://data.example.org/nk.json?v=2#top").unwrap(),
                PageUrl::parse("https://cdn.example.org/claims-card/").unwrap(),
            ],
            snippet_style: true,
        };
        assert_eq!(
            policy(&options),
            format!(
                "script-src https://cdn.example.org/claims-card/ 'wasm-unsafe-eval'; \
                 connect-src https://cdn.example.org/claims-card/ https://data.example.org/nk.json; \
                 style-src {}",
                style_hash()
            )
        );
    }

    #[test]
    fn client_rendered_cards_need_no_style_source_and_paths_are_self() {
        let options = CspOptions {
            asset_base: AssetBase::default(),
            live_data: vec![PageUrl::parse("/data/nk.json").unwrap()],
            snippet_style: false,
        };
        assert_eq!(policy(&options), "script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'");
    }

    #[test]
    fn separators_cannot_end_a_directive_early() {
        assert_eq!(source_of("https://x.org/a;b,c/"), "https://x.org/a%3Bb%2Cc/");
    }
}
