//! "Copy embed code": the code a reader pastes to show this card on a page of their own.
//!
//! The client-rendered form: the card's element with its data and language, and the loader's
//! script tag, which renders it wherever the loader runs. (The server-rendered snippet needs the
//! native renderer, which the browser does not carry.) The data is the text the card was given,
//! made safe inside its `<script>` and the `<!--` `-->` around it: `<` and `>` become `\u003c` and
//! `\u003e`, and line breaks (JSON whitespace outside strings) spaces, which JSON reads back alike.

use claims_card_view::heading::HeadingLevel;
use claims_card_view::markup::escape;
use claims_card_view::refresh::RefreshAttributes;
use claims_card_view::words::Locale;

/// The embed code for a card of `data` in `locale`, loaded by the loader at `loader_url`, fetching
/// its live data from `live_data` if it has any.
pub fn embed_code(data: &str, locale: Locale, live_data: Option<&str>, loader_url: &str) -> String {
    live_embed_code(data, locale, live_data, None, HeadingLevel::default(), loader_url)
}

/// `embed_code` for a card that re-reads its live data as `refresh` says (the workbench's choice):
/// written only with `live_data`, since a card without `src` has nothing to re-read; and with its
/// title at `heading`'s level in the page's outline.
pub fn live_embed_code(
    data: &str,
    locale: Locale,
    live_data: Option<&str>,
    refresh: Option<&RefreshAttributes>,
    heading: HeadingLevel,
    loader_url: &str,
) -> String {
    let data = data.trim().replace('<', "\\u003c").replace('>', "\\u003e").replace(['\r', '\n'], " ");
    let lang = locale.tag();
    let refresh = refresh.map(RefreshAttributes::markup).unwrap_or_default();
    let src = live_data.map(|url| format!(" src=\"{}\"{refresh}", escape(url))).unwrap_or_default();
    let loader = escape(loader_url);
    let heading = heading.markup();
    format!(
        "<claims-card lang=\"{lang}\"{heading}{src}><script type=\"application/json\"><!--{data}--></script></claims-card>\n\
         <script type=\"module\" src=\"{loader}\"></script>\n"
    )
}
