//! Addresses written into the snippet: where the card's files live (`--asset-base`) and where its
//! live data lives (`--src`). Each is an `http(s)` URL or a path on the page's own site, and safe
//! inside an attribute.
//!
//! Each is read once, with the WHATWG URL standard (the `url` crate), as the browser that loads the
//! page will read it: a path is resolved against a stand-in page, and a value that the browser would
//! send to another host (`//evil.example/`, `/\evil.example/`, `https:evil.example`) is refused. A
//! reading by hand took `/\host/` for a path on the site, where browsers load it from `host`.

use url::{Host, Url};

use crate::AddressProblem;

/// The stand-in page a path is resolved against: a host no real address can have (`.invalid` is
/// reserved, RFC 2606), so a path that leaves it names another host.
const STAND_IN_PAGE: &str = "https://page.invalid/story/";

/// An `http(s)` URL or a site path (`/data/card.json`, `./x.json`), without quotes, spaces or angle
/// brackets, so it can only ever be an address, and one the browser reads as the editor means it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageUrl {
    /// As the editor wrote it: what the snippet prints.
    text: String,
    /// `None` for a path on the page's own site.
    absolute: Option<Url>,
}

impl PageUrl {
    /// Reads `text`, or says why it is refused.
    pub fn parse(text: &str) -> Result<Self, AddressProblem> {
        let absolute = read(text)?;
        if text.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')) {
            return Err(AddressProblem::Unquotable);
        }
        if text.contains('\\') {
            return Err(AddressProblem::Backslash);
        }
        Ok(Self { text: text.to_owned(), absolute })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The address as the URL standard reads it, for an absolute one; `None` for a site path.
    pub fn absolute(&self) -> Option<&Url> {
        self.absolute.as_ref()
    }
}

/// The URL standard's reading of `text`: an absolute `http(s)` URL with a host and no user name, or
/// a path (`/…`, `./…`, `../…`) that stays on the page's own site.
fn read(text: &str) -> Result<Option<Url>, AddressProblem> {
    let is_path = text.starts_with('/') || text.starts_with("./") || text.starts_with("../");
    if !is_path {
        let lower = text.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            return Err(AddressProblem::NotWeb);
        }
        // The standard skips any slashes after `https://` and takes what follows for the host:
        // "https:///evil.example/" shows no host and loads one.
        let after_scheme = &text[text.find("://").map_or(0, |at| at + 3)..];
        if after_scheme.starts_with(['/', '\\']) {
            return Err(AddressProblem::NoHost);
        }
        let url = Url::parse(text).map_err(|error| AddressProblem::Unreadable(error.to_string()))?;
        if !matches!(url.host(), Some(Host::Domain(_) | Host::Ipv4(_) | Host::Ipv6(_))) {
            return Err(AddressProblem::NoHost);
        }
        // "https://trusted.example@evil.example/" shows one site and opens another.
        if !url.username().is_empty() || url.password().is_some() {
            return Err(AddressProblem::UserName);
        }
        return Ok(Some(url));
    }
    let page = Url::parse(STAND_IN_PAGE).expect("the stand-in page is an address");
    let url = page.join(text).map_err(|error| AddressProblem::Unreadable(error.to_string()))?;
    if url.origin() != page.origin() {
        let host = url.host_str().unwrap_or_default().to_owned();
        return Err(AddressProblem::OffSite { text: text.to_owned(), host });
    }
    Ok(None)
}

/// The folder `embed.js` is served from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetBase(PageUrl);

impl AssetBase {
    pub fn parse(text: &str) -> Result<Self, AddressProblem> {
        let folder = if text.ends_with('/') { text.to_owned() } else { format!("{text}/") };
        Ok(Self(PageUrl::parse(&folder)?))
    }

    /// The folder, ending in `/`.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The folder as the URL standard reads it; `None` for a folder on the page's own site.
    pub fn absolute(&self) -> Option<&Url> {
        self.0.absolute()
    }

    pub fn embed_script_url(&self) -> String {
        format!("{}embed.js", self.as_str())
    }
}

impl Default for AssetBase {
    /// Beside the page: right for the demo, and for pages served with the card's files.
    fn default() -> Self {
        Self(PageUrl { text: "./".into(), absolute: None })
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
        assert_eq!(AssetBase::parse("../cc").unwrap().embed_script_url(), "../cc/embed.js");
        assert_eq!(AssetBase::default().embed_script_url(), "./embed.js");
        assert!(PageUrl::parse("/data/card.json").is_ok());
        // Printed as written, not as the standard would re-write it.
        assert_eq!(
            PageUrl::parse("HTTPS://Data.Example.org/a.json?x=1&y=2").unwrap().as_str(),
            "HTTPS://Data.Example.org/a.json?x=1&y=2"
        );
        // Percent-encoded slashes stay in the path: no browser turns them into a host.
        assert!(PageUrl::parse("/%2F%2Fevil.example/x.json").unwrap().absolute().is_none());
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

    #[test]
    fn refuses_what_a_browser_reads_as_another_host() {
        for text in [
            "/\\evil.example/",
            "\\\\evil.example/",
            "/\\/evil.example/",
            "//evil.example/",
            "///evil.example/",
            "https:evil.example/",
            "https:/evil.example/",
            "http:\\\\evil.example\\",
            "/\t/evil.example/",
            "/\n/evil.example/",
            "./\\/evil.example",
            "https://trusted.example@evil.example/",
            "https://trusted.example%40evil.example/",
            "javascript:alert(1)",
            "data:text/javascript,alert(1)",
            "https://",
            "https:///x",
        ] {
            assert!(AssetBase::parse(text).is_err(), "{text} was accepted");
            assert!(PageUrl::parse(text).is_err(), "{text} was accepted");
        }
        let error = AssetBase::parse("/\\evil.example/").unwrap_err();
        assert_eq!(error, AddressProblem::OffSite { text: "/\\evil.example/".into(), host: "evil.example".into() });
        assert!(error.to_string().contains("\"evil.example\""), "{error}");
    }

    #[test]
    fn a_long_refused_value_is_not_echoed_whole() {
        let text = format!("//evil.example/{}", "a".repeat(100_000));
        let error = AssetBase::parse(&text).unwrap_err().to_string();
        assert!(error.len() < 400, "{} characters", error.len());
    }
}
