//! The paste-ready snippet: the `<claims-card>` element holding the card's HTML in a declarative
//! shadow root (visible and styled with no script), the dataset itself (so the browser renders the
//! same data), and the script tag that makes it interactive.
//!
//! Its every byte decides what a pasted card looks like, so this file is part of the render key
//! (crates/view/build/code_version.rs); the rest of this crate is not.

use claims_card_view::words::LocaleWords;
use std::rc::Rc;

use yew::LocalServerRenderer;

use claims_card_data::dataset::Dataset;
use claims_card_view::card::{render_key, Card, CardProps, STYLE_ELEMENT_TEXT};
use claims_card_view::heading::HeadingLevel;
use claims_card_view::markup::escape;
use claims_card_view::refresh::RefreshAttributes;
use claims_card_view::words::Locale;

use crate::{AssetBase, PageUrl};

/// The card's markup alone, exactly as the browser's first render of the same props.
#[cfg(not(target_arch = "wasm32"))]
pub fn card_html(dataset: Rc<Dataset>, locale: Locale) -> String {
    card_html_at(dataset, locale, HeadingLevel::default())
}

/// `card_html` with its title at `heading`'s level.
#[cfg(not(target_arch = "wasm32"))]
pub fn card_html_at(dataset: Rc<Dataset>, locale: Locale, heading: HeadingLevel) -> String {
    futures::executor::block_on(render_card_html(dataset, locale, heading))
}

/// `card_html_at`, awaited: the workbench's wasm cannot block, so it renders with this.
pub async fn render_card_html(dataset: Rc<Dataset>, locale: Locale, heading: HeadingLevel) -> String {
    let props = CardProps { dataset, locale, initial_measure: None, notice: None, live: None, heading };
    // No hydration markers: the browser replaces this markup with its own identical render (README).
    LocalServerRenderer::<Card>::with_props(props).hydratable(false).render().await
}

/// How the snippet is made.
#[derive(Debug, Clone, Default)]
pub struct SnippetOptions {
    pub locale: Locale,
    pub asset_base: AssetBase,
    /// Where the card fetches its current data on load, replacing the pasted snapshot (`src`).
    pub live_data: Option<PageUrl>,
    /// How often the card re-reads `live_data` while on screen (`data-refresh`, `data-stale-after`):
    /// written only with it, since a card without `src` has nothing to re-read.
    pub refresh: Option<RefreshAttributes>,
    /// The level of the card's title (`data-heading-level`), which the markup is rendered at and the
    /// reader's browser renders at again if it takes the card over.
    pub heading: HeadingLevel,
}

/// The whole snippet for a newsroom to paste. `dataset_json` must be the text `dataset` was read from.
#[cfg(not(target_arch = "wasm32"))]
pub fn snippet(dataset: Rc<Dataset>, dataset_json: &str, options: &SnippetOptions) -> String {
    let card = card_html_at(dataset, options.locale, options.heading);
    snippet_around(&card, dataset_json, options)
}

/// The snippet around the card's markup (`render_card_html` of the same dataset and language): the
/// one place its bytes are put together, natively and in the workbench alike.
pub fn snippet_around(card: &str, dataset_json: &str, options: &SnippetOptions) -> String {
    let data = script_safe_json(dataset_json);
    // The browser keeps this markup as it is when it would render the same (card/render_key.rs).
    let key = render_key(options.locale, &data);
    let lang = options.locale.words().tag;
    let script = escape(&options.asset_base.embed_script_url());
    let src = match &options.live_data {
        Some(url) => {
            let refresh = options.refresh.as_ref().map(RefreshAttributes::markup).unwrap_or_default();
            format!(" src=\"{}\"{refresh}", escape(url.as_str()))
        }
        None => String::new(),
    };
    let heading = options.heading.markup();
    format!(
        "<claims-card lang=\"{lang}\"{heading}{src}>\
         <template shadowrootmode=\"open\"><style>{STYLE_ELEMENT_TEXT}</style><div class=\"mount\" data-render=\"{key}\">{card}</div></template>\
         <script type=\"application/json\"><!--{data}--></script>\
         </claims-card>\n\
         <script type=\"module\" src=\"{script}\"></script>\n"
    )
}

/// Minified JSON (one line) that cannot end its `<script>` element, or the `<!--` comment the
/// snippet wraps it in, early: every `<` becomes `\u003c` and every `>` `\u003e`, which JSON reads
/// back as the same characters.
fn script_safe_json(json: &str) -> String {
    let minified = serde_json::from_str::<serde_json::Value>(json)
        .map(|value| value.to_string())
        .unwrap_or_else(|_| json.to_owned());
    minified.replace('<', "\\u003c").replace('>', "\\u003e")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_card_says_how_often_it_re_reads_its_data_after_its_src() {
        let live = SnippetOptions {
            live_data: Some(PageUrl::parse("https://data.example.org/nk.json").unwrap()),
            refresh: Some(RefreshAttributes::published("5m", Some("30m")).unwrap()),
            ..SnippetOptions::default()
        };
        let snippet = snippet_around("", "{}", &live);
        assert!(
            snippet.starts_with(
                "<claims-card lang=\"en\" src=\"https://data.example.org/nk.json\" data-refresh=\"5m\" \
                 data-stale-after=\"30m\"><template"
            ),
            "{snippet}"
        );
        // The render key names the markup, which the refresh does not change.
        let still = SnippetOptions { refresh: None, ..live };
        assert_eq!(
            snippet.split_once("<template").unwrap().1,
            snippet_around("", "{}", &still).split_once("<template").unwrap().1
        );
    }

    #[test]
    fn data_cannot_close_its_script_element() {
        let safe = script_safe_json(r#"{"title": "</script><script>alert(1)</script><!--"}"#);
        assert!(!safe.contains('<') && !safe.contains('>'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["title"], "</script><script>alert(1)</script><!--");
    }

    #[test]
    fn the_comments_around_the_css_and_the_data_end_only_where_they_should() {
        // A sanitizer that keeps comments ends one at its first `-->` (WordPress) and matches it on
        // one line (Drupal): past either, the rest of the CSS or JSON would be text on the page.
        let css = &STYLE_ELEMENT_TEXT[4..STYLE_ELEMENT_TEXT.len() - 3];
        assert!(!css.contains("-->") && !css.contains("<!--") && !css.contains('\n'));
        let safe = script_safe_json(r#"{"note": "a-->b\nc --!> d"}"#);
        assert!(!safe.contains("-->") && !safe.contains("--!>") && !safe.contains('\n'), "{safe}");
    }
}
