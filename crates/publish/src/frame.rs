//! The card in a frame of its own, for pages that cannot hold the snippet: `frame.html` on the asset
//! host shows one card chosen by its query (`loader/frame.js`). Three forms point at it:
//!
//! - the editors' iframe ([`iframe_snippet`]): a sandboxed `<iframe>` and a few lines of script that
//!   grow it to the card's height, trusting only that iframe's own window ([`PARENT_SCRIPT`]);
//! - AMP's `<amp-iframe resizable>` ([`amp_snippet`]), which frame.html tells its size with AMP's
//!   `embed-size` message;
//! - an oEmbed document ([`oembed_document`]) whose `html` is the iframe form, for CMSs that embed by URL.

use crate::{AddressProblem, AmpNeedsHttps, AssetBase, PageUrl};
use claims_card_view::markup::escape;
use claims_card_view::refresh::RefreshAttributes;
use claims_card_view::words::Locale;
use claims_card_view::words::LocaleWords;

/// What frame.html's page asks the browser for the frame: scripts (frame.js, embed.js, the wasm), a
/// link opened by a reader in a new tab that is not sandboxed in turn. No `allow-same-origin`: the
/// frame's document has an opaque origin, so it can reach no storage and no page of the asset host.
pub const SANDBOX: &str = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

/// The attribute that marks the iframe a snippet pastes, so its script can tell it from every other
/// iframe on the page (an ad's, say).
pub const FRAME_MARK: &str = "data-claims-card-frame";

/// The script pasted after the iframe: it grows that iframe, and only that one, to the height its card
/// reports. Its iframe is the last one marked [`FRAME_MARK`] before the script in the page, wherever a
/// CMS moved them (a `<br>` or a `<p>` put between them): never an unmarked iframe, so with its own
/// iframe gone it grows nothing. A message counts only when it comes from that iframe's own window
/// (`event.source`, which no other frame can forge) and, as `event.origin`, from the asset host the
/// iframe was pointed at, or `"null"` when the iframe is sandboxed without `allow-same-origin` (then
/// every document in it has an opaque origin and no other origin is possible). The height must be a
/// number of pixels between 1 and 100,000. The text is the same for every card, so one CSP hash
/// allows it (`csp::frame_policy`).
pub const PARENT_SCRIPT: &str = r#"(()=>{const s=document.currentScript,f=[...document.querySelectorAll("iframe[data-claims-card-frame]")].filter(f=>f.compareDocumentPosition(s)&Node.DOCUMENT_POSITION_FOLLOWING).pop();if(!f)return;const o=new URL(f.src).origin;addEventListener("message",(e)=>{const d=e.data,h=d&&d.type==="claims-card:height"?Number(d.height):0;if(e.source!==f.contentWindow||!(e.origin===o||e.origin==="null"&&f.hasAttribute("sandbox")&&!f.sandbox.contains("allow-same-origin"))||!(h>=1&&h<=1e5))return;f.style.height=Math.ceil(h)+"px"})})()"#;

/// How the frame is embedded.
#[derive(Debug, Clone)]
pub struct FrameOptions {
    /// Where frame.html is served (with embed.js): an absolute `http(s)` folder.
    pub asset_base: FrameBase,
    /// The dataset the frame's card fetches; `None` asks for the seed in the address (`?seed`): a
    /// frame without either shows an error card, never the seed unasked.
    pub live_data: Option<DataAddress>,
    /// How often the frame's card re-reads `live_data` (`refresh`, `stale-after` in the frame's
    /// address, which frame.js puts on the card): with no data's address, not written.
    pub refresh: Option<RefreshAttributes>,
    pub locale: Locale,
    /// `light` or `dark`; `None` follows the reader.
    pub theme: Option<Theme>,
    /// The iframe's `title`, what a screen reader announces for it.
    pub title: String,
    /// The height the iframe has before its card reports one, in CSS pixels; for AMP, with `width`,
    /// the ratio of its first layout.
    pub height: u32,
    /// The width the oEmbed document and AMP's ratio name (the iframe itself is as wide as its column).
    pub width: u32,
}

/// The card's colour scheme, pinned (`theme` on the card).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn as_str(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// The asset folder as a frame needs it: an absolute `http(s)` URL, since the frame's address is
/// pasted into pages on other sites (a path would point into each of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameBase(AssetBase);

impl FrameBase {
    pub fn parse(text: &str) -> Result<Self, AddressProblem> {
        let base = AssetBase::parse(text)?;
        if base.absolute().is_none() {
            return Err(AddressProblem::NotAbsolute { text: text.to_owned() });
        }
        Ok(Self(base))
    }

    /// True for `https:`, which AMP requires of an `amp-iframe`.
    pub fn is_https(&self) -> bool {
        self.0.absolute().is_some_and(|url| url.scheme() == "https")
    }

    /// `https://cdn.example.org/claims-card/frame.html`.
    pub fn frame_url(&self) -> String {
        format!("{}frame.html", self.0.as_str())
    }
}

/// A dataset address for a frame: absolute `http(s)`, since the frame resolves it on the asset host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataAddress(PageUrl);

impl DataAddress {
    pub fn parse(text: &str) -> Result<Self, AddressProblem> {
        let url = PageUrl::parse(text)?;
        if url.absolute().is_none() {
            return Err(AddressProblem::NotAbsolute { text: text.to_owned() });
        }
        Ok(Self(url))
    }
}

/// The origins whose data frames of this build show (`frame-data-origins.json`, which the build also
/// writes into frame.js): `"self"` is the asset host's own.
const DATA_ORIGINS_FILE: &str = include_str!("../../../frame-data-origins.json");

/// Why frame.html will refuse the options' data address, if it will: its origin is neither the asset
/// host's (`"self"`) nor one that `frame-data-origins.json` lists. The editor hears it now, not from an
/// error card on the published page.
pub fn refused_data_origin(options: &FrameOptions) -> Option<RefusedDataOrigin> {
    let src = options.live_data.as_ref()?.0.absolute()?;
    let frame = options.asset_base.0.absolute()?;
    let listed: Vec<String> = serde_json::from_str::<serde_json::Value>(DATA_ORIGINS_FILE)
        .ok()
        .and_then(|config| config.get("origins").cloned())
        .and_then(|origins| serde_json::from_value(origins).ok())
        .unwrap_or_default();
    let origin = src.origin().ascii_serialization();
    let shown = listed.iter().any(|allowed| match allowed.as_str() {
        "self" => src.origin() == frame.origin(),
        other => *other == origin,
    });
    (!shown).then_some(RefusedDataOrigin { origin, listed })
}

/// A data address whose origin frames of this release do not show (`refused_data_origin`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedDataOrigin {
    pub origin: String,
    /// The origins frame-data-origins.json lists; `"self"` is the asset host.
    pub listed: Vec<String>,
}

impl std::fmt::Display for RefusedDataOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let listed: Vec<&str> =
            self.listed.iter().map(|allowed| if allowed == "self" { "the asset host" } else { allowed }).collect();
        write!(
            f,
            "frames of this release show data only from {} (frame-data-origins.json), not {}: this frame would \
             show an error card. Publish the data there, or add its origin to the file and build.",
            listed.join(", "),
            self.origin
        )
    }
}

/// frame.html's address for these options: `…/frame.html?src=…&refresh=…&stale-after=…&lang=…&theme=…`
/// (`?seed&…` with no data's address), every value percent-encoded (not yet escaped for an attribute).
pub fn frame_address(options: &FrameOptions) -> String {
    let mut query = Vec::new();
    if let Some(DataAddress(url)) = &options.live_data {
        query.push(format!("src={}", percent_encode(url.as_str())));
        if let Some(refresh) = &options.refresh {
            query.push(format!("refresh={}", percent_encode(refresh.refresh())));
            if let Some(stale_after) = refresh.stale_after() {
                query.push(format!("stale-after={}", percent_encode(stale_after)));
            }
        }
    } else {
        // frame.html shows the seed only when asked: without src or seed it is an error card.
        query.push("seed".to_owned());
    }
    query.push(format!("lang={}", options.locale.tag()));
    if let Some(theme) = options.theme {
        query.push(format!("theme={}", theme.as_str()));
    }
    format!("{}?{}", options.asset_base.frame_url(), query.join("&"))
}

/// The editors' iframe form: the iframe and its script in one `<div>`, to paste where the card goes.
pub fn iframe_snippet(options: &FrameOptions) -> String {
    let FrameOptions { title, height, .. } = options;
    format!(
        "<div class=\"claims-card-frame\">\
         <iframe {FRAME_MARK} src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" frameborder=\"0\" loading=\"lazy\" \
         sandbox=\"{SANDBOX}\" referrerpolicy=\"no-referrer\"></iframe>\
         <script>{PARENT_SCRIPT}</script>\
         </div>\n",
        src = escape(&frame_address(options)),
        title = escape(title),
    )
}

/// The AMP form: `<amp-iframe resizable>` with the overflow button AMP shows when it cannot grow the
/// frame at once (the reader's tap then grows it). AMP requires an `https` frame.
pub fn amp_snippet(options: &FrameOptions) -> Result<String, AmpNeedsHttps> {
    if !options.asset_base.is_https() {
        return Err(AmpNeedsHttps);
    }
    let FrameOptions { title, height, width, .. } = options;
    let show = escape(options.locale.words().show_whole_graphic);
    Ok(format!(
        "<amp-iframe src=\"{src}\" title=\"{title}\" width=\"{width}\" height=\"{height}\" layout=\"responsive\" \
         sandbox=\"{SANDBOX}\" resizable frameborder=\"0\">\
         <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{show}\">{show}</div>\
         </amp-iframe>\n",
        src = escape(&frame_address(options)),
        title = escape(title),
    ))
}

/// The oEmbed document (oembed.com, type `rich`) to publish beside the dataset: its `html` is the
/// iframe form; `width` and `height` the size it asks for.
pub fn oembed_document(options: &FrameOptions) -> String {
    let document = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "claims-card",
        "title": options.title,
        "html": iframe_snippet(options).trim_end(),
        "width": options.width,
        "height": options.height,
    });
    format!("{document:#}\n")
}

/// `encodeURIComponent`, stricter: every byte but ASCII letters, digits and `-_.~` is `%XX`, so the
/// value cannot end its query parameter, its attribute or its URL.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_leaves_only_unreserved_characters() {
        assert_eq!(
            percent_encode("https://d.org/a b?x=1&y=\"2\"#z"),
            "https%3A%2F%2Fd.org%2Fa%20b%3Fx%3D1%26y%3D%222%22%23z"
        );
        assert_eq!(percent_encode("é"), "%C3%A9");
    }
}
