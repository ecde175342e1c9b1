//! Links that may be put in front of a reader: `http:` and `https:` only.

use std::fmt;

/// An absolute `http:` or `https:` URL with a host and no spaces or control characters.
/// Anything else (`javascript:`, `data:`, relative paths) cannot be built, so it can never become a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeUrl(String);

/// Longer links are almost certainly not a source citation.
const MAX_URL_LENGTH: usize = 2000;

impl SafeUrl {
    pub fn parse(text: &str) -> Result<Self, String> {
        let lower = text.to_ascii_lowercase();
        let rest = if let Some(rest) = lower.strip_prefix("https://") {
            rest
        } else if let Some(rest) = lower.strip_prefix("http://") {
            rest
        } else {
            return Err("must start with https:// or http://".into());
        };
        if text.chars().count() > MAX_URL_LENGTH {
            return Err(format!("is longer than {MAX_URL_LENGTH} characters"));
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("must not contain spaces or control characters".into());
        }
        if text.chars().any(|c| matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')) {
            return Err("must not contain quotes, angle brackets or backslashes (percent-encode them)".into());
        }
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.is_empty() || host.starts_with(':') {
            return Err("has no host name".into());
        }
        // "https://trusted.example@evil.example/" shows one site and opens another.
        if host.contains('@') {
            return Err("must not contain a user name before the host (the @ sign)".into());
        }
        Ok(Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_links() {
        assert!(SafeUrl::parse("https://example.org/report?id=1#top").is_ok());
        assert!(SafeUrl::parse("HTTP://EXAMPLE.ORG").is_ok());
    }

    #[test]
    fn refuses_everything_else() {
        for text in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "//example.org/x",
            "/relative",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/\nx",
            "ftp://example.org",
            "https://kyiv-independent.com@evil.example/",
            "https://example.org/\"><svg/onload=alert(1)>",
        ] {
            assert!(SafeUrl::parse(text).is_err(), "{text} was accepted");
        }
    }
}
