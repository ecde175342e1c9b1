//! Addresses written into the snippet: where the card's files live (`--asset-base`) and where its
//! live data lives (`--src`). Each is an `http(s)` URL or a path, and safe inside an attribute.

use crate::dataset::SafeUrl;

/// An `http(s)` URL or a site path (`/data/card.json`, `./x.json`), without quotes, spaces or angle
/// brackets, so it can only ever be an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageUrl(String);

impl PageUrl {
    pub fn parse(text: &str) -> Result<Self, String> {
        let is_path =
            text.starts_with('/') && !text.starts_with("//") || text.starts_with("./") || text.starts_with("../");
        if !is_path {
            SafeUrl::parse(text).map_err(|reason| format!("{reason} (or is a path such as /claims-card/)"))?;
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')) {
            return Err("must not contain spaces, quotes or angle brackets".into());
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The folder `embed.js` is served from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetBase(String);

impl AssetBase {
    pub fn parse(text: &str) -> Result<Self, String> {
        let url = PageUrl::parse(text).map_err(|reason| format!("--asset-base {reason}"))?;
        let mut base = url.0;
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(Self(base))
    }

    /// The folder, ending in `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn embed_script_url(&self) -> String {
        format!("{}embed.js", self.0)
    }
}

impl Default for AssetBase {
    /// Beside the page: right for the demo, and for pages served with the card's files.
    fn default() -> Self {
        Self("./".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_web_urls_and_paths() {
        assert_eq!(
            AssetBase::parse("https://cdn.example.org/cc").unwrap().embed_script_url(),
            "https://cdn.example.org/cc/embed.js"
        );
        assert_eq!(AssetBase::parse("/static/cc/").unwrap().embed_script_url(), "/static/cc/embed.js");
        assert_eq!(AssetBase::default().embed_script_url(), "./embed.js");
        assert!(PageUrl::parse("/data/card.json").is_ok());
    }

    #[test]
    fn refuses_unsafe_addresses() {
        for text in
            ["javascript:alert(1)//", "//evil.example/", "https://x.org/\"onload=\"x", "cdn.example.org", "data:,x"]
        {
            assert!(AssetBase::parse(text).is_err(), "{text} was accepted");
            assert!(PageUrl::parse(text).is_err(), "{text} was accepted");
        }
    }
}
