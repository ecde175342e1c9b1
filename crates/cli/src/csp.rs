//! The Content-Security-Policy sources a host page needs for the card (`claims-card csp`).
//!
//! - `script-src`: this release's loader (`embed.js` and its pinned twin) and the JS glue it imports,
//!   each by its exact address, and `'wasm-unsafe-eval'` (compiling WebAssembly; no `'unsafe-eval'`,
//!   no `'unsafe-inline'`).
//! - `connect-src`: this release's wasm, by its exact address, and each live dataset (`src`).
//!
//! Exact files, not the asset folder: the folder also holds the workbench and frame.js, which an
//! injected `<script>` could otherwise load into an article. The names come from the release's
//! `release.json` ([`ReleaseFiles`]); a site that follows the stable `embed.js` across releases, whose
//! glue and wasm names change with each, asks for the folder instead ([`AssetSources::WholeFolder`]).
//! - `style-src`: only for the server-rendered snippet, whose declarative shadow root carries the
//!   card's CSS in a `<style>` element, which is inline CSS to a CSP: its SHA-256 hash allows exactly
//!   that text. Client-rendered cards are styled by a constructed stylesheet, which `style-src` does
//!   not govern, so they need no `style-src` at all.
//!
//! - A page holding the card in a frame (`render --format iframe`) needs only `frame-src` for
//!   `frame.html` and the hash of the script pasted with the iframe ([`frame_policy`]).
//!
//! The hash is made with the `sha2` and `base64` crates, checked below against the published test
//! vectors and in the browser by `tests/browser/csp.test.mjs`.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};
use url::{Position, Url};

use claims_card_view::card::STYLE_ELEMENT_TEXT;

use claims_card_publish::frame::PARENT_SCRIPT;
use claims_card_publish::{AssetBase, PageUrl};

/// The files of one release a page loads, as `release.json` names them (scripts/post-build/release.mjs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseFiles {
    /// `embed.js`, the stable-named loader.
    pub loader: String,
    /// `embed-<hash>.js`, its immutable twin for pages that pin the release.
    pub pinned: String,
    /// `claims-card-<hash>.js`, the JS glue the loader imports.
    pub glue: String,
    /// `claims-card-<hash>_bg.wasm`.
    pub wasm: String,
}

impl ReleaseFiles {
    /// Reads `release.json`'s text. Each name must be a plain file name, so it can only name a file
    /// in the asset folder and cannot end a CSP directive.
    pub fn from_manifest(json: &str) -> Result<Self, String> {
        let manifest: serde_json::Value =
            serde_json::from_str(json).map_err(|error| format!("is not release.json: {error}"))?;
        let name = |field: &str| -> Result<String, String> {
            let name = manifest.get(field).and_then(serde_json::Value::as_str).unwrap_or_default();
            let plain = !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                && !name.starts_with('.');
            if !plain {
                return Err(format!("has no file name in \"{field}\" (a release.json of this release's build has)"));
            }
            Ok(name.to_owned())
        };
        Ok(Self { loader: name("latest")?, pinned: name("pinned")?, glue: name("glue")?, wasm: name("wasm")? })
    }
}

/// What of the asset folder the policy allows.
#[derive(Debug, Clone, Default)]
pub enum AssetSources {
    /// The folder and everything in it (`--whole-folder`): for sites that follow the stable
    /// `embed.js` across releases.
    #[default]
    WholeFolder,
    /// Exactly this release's loader, glue and wasm.
    Files(ReleaseFiles),
}

/// What the page holds, and so what its policy must allow.
#[derive(Debug, Clone, Default)]
pub struct CspOptions {
    /// Where `embed.js` is served from.
    pub asset_base: AssetBase,
    /// Which files there the page may load.
    pub assets: AssetSources,
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

/// What a page holding the card in a frame needs: `frame-src <asset folder>frame.html; script-src
/// 'sha256-…'`, or the folder itself with `whole_folder`.
pub fn frame_policy(asset_base: &AssetBase, whole_folder: bool) -> String {
    let frame = if whole_folder { folder_source(asset_base) } else { file_source(asset_base, "frame.html") };
    format!("frame-src {frame}; script-src {}", parent_script_hash())
}

/// The directives the card needs, each with its sources, in the order they are printed.
pub fn directives(options: &CspOptions) -> Vec<(&'static str, Vec<String>)> {
    let base = &options.asset_base;
    let (mut script, mut connect) = match &options.assets {
        AssetSources::WholeFolder => (vec![folder_source(base)], vec![folder_source(base)]),
        AssetSources::Files(files) => (
            [&files.loader, &files.pinned, &files.glue].map(|name| file_source(base, name)).to_vec(),
            vec![file_source(base, &files.wasm)],
        ),
    };
    // A folder on the page's own site is 'self', however many of its files are named.
    script.dedup();
    script.push("'wasm-unsafe-eval'".to_owned());
    for url in &options.live_data {
        let source = source_of(url);
        if !connect.contains(&source) {
            connect.push(source);
        }
    }
    let mut directives = vec![("script-src", script), ("connect-src", connect)];
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
/// itself as the URL standard reads it, without query or fragment (a path ending in `/` allows the
/// whole folder), with the two characters that would end a directive (`;` and `,`) percent-encoded,
/// which CSP decodes before matching; a path on the page's own site becomes `'self'` (a CSP source
/// cannot name a path without its host).
fn source_of(address: &PageUrl) -> String {
    address.absolute().map_or_else(|| "'self'".to_owned(), url_source)
}

fn url_source(url: &Url) -> String {
    url[..Position::AfterPath].replace(';', "%3B").replace(',', "%2C")
}

/// The asset folder as a CSP source: it and everything in it.
fn folder_source(base: &AssetBase) -> String {
    file_source(base, "")
}

/// One file of the asset folder as a CSP source (`name` a plain file name, see [`ReleaseFiles`]).
fn file_source(base: &AssetBase, name: &str) -> String {
    match base.absolute().and_then(|folder| folder.join(name).ok()) {
        Some(file) => url_source(&file),
        None => "'self'".to_owned(),
    }
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

    fn release() -> ReleaseFiles {
        ReleaseFiles::from_manifest(
            r#"{ "version": "0.1.0", "latest": "embed.js", "pinned": "embed-00112233.js",
                 "glue": "claims-card-ab12.js", "wasm": "claims-card-ab12_bg.wasm", "files": [] }"#,
        )
        .unwrap()
    }

    #[test]
    fn a_page_with_the_snippet_and_live_data_needs_three_directives_naming_exact_files() {
        let options = CspOptions {
            asset_base: AssetBase::parse("https://cdn.example.org/claims-card").unwrap(),
            assets: AssetSources::Files(release()),
            live_data: vec![
                PageUrl::parse("https://data.example.org/nk.json?v=2#top").unwrap(),
                PageUrl::parse("https://data.example.org/nk.json").unwrap(),
            ],
            snippet_style: true,
        };
        let cdn = "https://cdn.example.org/claims-card";
        assert_eq!(
            policy(&options),
            format!(
                "script-src {cdn}/embed.js {cdn}/embed-00112233.js {cdn}/claims-card-ab12.js 'wasm-unsafe-eval'; \
                 connect-src {cdn}/claims-card-ab12_bg.wasm https://data.example.org/nk.json; \
                 style-src {}",
                style_hash()
            )
        );
    }

    #[test]
    fn the_whole_folder_when_asked_for() {
        let options = CspOptions {
            asset_base: AssetBase::parse("https://cdn.example.org/claims-card").unwrap(),
            assets: AssetSources::WholeFolder,
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
        for assets in [AssetSources::WholeFolder, AssetSources::Files(release())] {
            let options = CspOptions {
                asset_base: AssetBase::default(),
                assets,
                live_data: vec![PageUrl::parse("/data/nk.json").unwrap()],
                snippet_style: false,
            };
            assert_eq!(policy(&options), "script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'");
        }
    }

    #[test]
    fn a_frame_needs_frame_html_only() {
        let base = AssetBase::parse("https://cdn.example.org/cc/").unwrap();
        let hash = parent_script_hash();
        assert_eq!(
            frame_policy(&base, false),
            format!("frame-src https://cdn.example.org/cc/frame.html; script-src {hash}")
        );
        assert_eq!(frame_policy(&base, true), format!("frame-src https://cdn.example.org/cc/; script-src {hash}"));
    }

    #[test]
    fn release_names_must_be_plain_file_names() {
        for bad in ["https://evil.example/x.js", "../x.js", "a.js; script-src *", "", ".hidden.js"] {
            let json =
                serde_json::json!({ "latest": "embed.js", "pinned": "embed-1.js", "glue": bad, "wasm": "w.wasm" });
            let error = ReleaseFiles::from_manifest(&json.to_string()).unwrap_err();
            assert!(error.contains("\"glue\""), "{bad}: {error}");
        }
        assert!(ReleaseFiles::from_manifest("not json").is_err());
    }

    #[test]
    fn separators_cannot_end_a_directive_early() {
        assert_eq!(source_of(&PageUrl::parse("https://x.org/a;b,c/").unwrap()), "https://x.org/a%3Bb%2Cc/");
    }
}
