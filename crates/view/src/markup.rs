//! Text written into markup the card makes by hand: the snippet's attributes, the plain form, the
//! iframe, AMP and image forms, the static image's SVG and the embed code. (The card's own markup is
//! Yew's, which escapes for itself.) One function for HTML text, HTML attributes and XML alike, so
//! data is shown, never parsed, wherever it lands.

/// `text` with every character that could start or end markup written as a reference: `&`, `<`, `>`,
/// `"` and `'` (as `&#39;`, which HTML, XML and CMS sanitizers all read). Tabs and line breaks become
/// spaces and other control characters are dropped: XML cannot hold them, and in HTML they are errors.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            ch if ch.is_control() => {}
            ch => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_data_is_shown_never_parsed() {
        assert_eq!(escape("<a href='x'>\"&\"</a>\u{1}"), "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
        assert_eq!(escape("a&copy;b"), "a&amp;copy;b");
        assert_eq!(escape("two\nlines"), "two lines");
        assert_eq!(escape("Ադրբեջան · Азербайджан"), "Ադրբեջան · Азербайджан");
    }
}
