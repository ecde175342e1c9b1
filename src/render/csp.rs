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
//! The hash is computed here rather than with a crate: SHA-256 and base64 are a few dozen lines,
//! checked below against the published test vectors and in the browser by `tests/browser/csp.test.mjs`.

use crate::card::STYLE;

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
    format!("'sha256-{}'", base64(&sha256(STYLE.as_bytes())))
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
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut state: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    // Padding: a 1 bit, zeros to 56 bytes mod 64, then the length in bits as a big-endian u64.
    let mut padded = message.to_vec();
    padded.push(0x80);
    while padded.len() % 64 != 56 {
        padded.push(0);
    }
    padded.extend_from_slice(&((message.len() as u64).wrapping_mul(8)).to_be_bytes());
    for block in padded.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (word, bytes) in w.iter_mut().zip(block.chunks_exact(4)) {
            *word = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        }
        for t in 16..64 {
            let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
            let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = state;
        for t in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let choice = (e & f) ^ (!e & g);
            let t1 = h.wrapping_add(s1).wrapping_add(choice).wrapping_add(K[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let majority = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(majority);
            (h, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
        }
        for (word, add) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *word = word.wrapping_add(add);
        }
    }
    let mut digest = [0u8; 32];
    for (bytes, word) in digest.chunks_exact_mut(4).zip(state) {
        bytes.copy_from_slice(&word.to_be_bytes());
    }
    digest
}

/// Standard base64 with padding (RFC 4648, section 4), as CSP hash sources are written.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |group, (i, byte)| group | (u32::from(*byte) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((group >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
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
