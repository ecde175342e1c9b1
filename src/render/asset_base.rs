//! Where a page loads the card's files from, as given to `claims-card render --asset-base`.

use crate::dataset::SafeUrl;

/// An `http(s)` URL or a path (`/assets/claims-card/`, `./`) ending in `/`, safe to put in an attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetBase(String);

impl AssetBase {
    pub fn parse(text: &str) -> Result<Self, String> {
        let is_path =
            text.starts_with('/') && !text.starts_with("//") || text.starts_with("./") || text.starts_with("../");
        if !is_path {
            SafeUrl::parse(text)
                .map_err(|reason| format!("--asset-base {reason} (or is a path such as /claims-card/)"))?;
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')) {
            return Err("--asset-base must not contain spaces, quotes or angle brackets".into());
        }
        let mut base = text.to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(Self(base))
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
    }

    #[test]
    fn refuses_unsafe_bases() {
        for text in
            ["javascript:alert(1)//", "//evil.example/", "https://x.org/\"onload=\"x", "cdn.example.org", "data:,x"]
        {
            assert!(AssetBase::parse(text).is_err(), "{text} was accepted");
        }
    }
}
