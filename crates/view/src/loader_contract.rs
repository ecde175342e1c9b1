//! What the loader (`loader/embed.js`, the one script host pages include) and the card's Rust share,
//! defined once here. The build writes it into the loader (`claims-card loader-contract` prints it as
//! JSON; `scripts/post-build/loader.mjs` puts that in place of `__CONTRACT__`), so the loader never
//! holds a hand-made copy that could drift: which elements are cards, which languages the card
//! speaks and how a `lang` value picks one, the room a card gets before it is drawn, what a card says
//! when its code cannot load, and the code version that render keys start from.
//!
//! Compiled for both targets: the browser side uses the same values where it needs them.

use crate::words::LocaleWords;
use serde_json::{json, Value};

use crate::card::CODE_VERSION;
use crate::words::Locale;

/// The elements that are cards: the custom element, or any element a page marks as one (for pages
/// whose editors cannot add custom elements).
pub const CARD_SELECTOR: &str = "claims-card, [data-claims-card]";

/// The height reserved for a card not yet drawn is `PLACEHOLDER_BASE_HEIGHT + PLACEHOLDER_WIDTH_AREA
/// / width` CSS pixels (the seed card measures about 1,390 px tall at 320 px wide and 930 px at
/// 1,000 px: its text wraps into more lines as it narrows).
pub const PLACEHOLDER_BASE_HEIGHT: f64 = 700.0;
/// See [`PLACEHOLDER_BASE_HEIGHT`].
pub const PLACEHOLDER_WIDTH_AREA: f64 = 220_000.0;
/// Widths below this (a card not laid out yet measures 0) count as this.
pub const PLACEHOLDER_MIN_WIDTH: f64 = 240.0;

/// The room, in whole CSS pixels, reserved for a card `width` pixels wide (as laid out: never NaN)
/// before it is drawn.
pub fn placeholder_height(width: f64) -> u32 {
    // At most 700 + 220000 / 240, about 1,617: the cast cannot overflow.
    (PLACEHOLDER_BASE_HEIGHT + PLACEHOLDER_WIDTH_AREA / width.max(PLACEHOLDER_MIN_WIDTH)).round() as u32
}

/// The card's languages, as `lang` primary subtags, in [`Locale::ALL`]'s order.
pub fn language_tags() -> Vec<&'static str> {
    Locale::ALL.iter().map(|locale| locale.tag()).collect()
}

/// The language a card speaks for the `lang` that applies to it (its own, else its nearest
/// ancestor's, else none): [`Locale::from_tag`], or the default (English) for any other language.
pub fn card_locale(lang: Option<&str>) -> Locale {
    lang.and_then(Locale::from_tag).unwrap_or_default()
}

/// What a card shows, in its language, when the card's code (the wasm or its JS glue) cannot load.
pub fn load_failed_message(locale: Locale) -> &'static str {
    locale.words().graphic_load_failed
}

/// The contract as the loader reads it: `const CONTRACT = {…};`.
pub fn to_json() -> Value {
    let load_failed: serde_json::Map<String, Value> =
        Locale::ALL.iter().map(|locale| (locale.tag().to_owned(), load_failed_message(*locale).into())).collect();
    json!({
        "codeVersion": CODE_VERSION,
        "cardSelector": CARD_SELECTOR,
        "languages": language_tags(),
        "defaultLanguage": Locale::default().tag(),
        "placeholder": {
            "baseHeight": PLACEHOLDER_BASE_HEIGHT,
            "widthArea": PLACEHOLDER_WIDTH_AREA,
            "minWidth": PLACEHOLDER_MIN_WIDTH,
        },
        "loadFailed": load_failed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_holds_rusts_own_values() {
        let contract = to_json();
        assert_eq!(contract["codeVersion"], CODE_VERSION);
        assert_eq!(contract["cardSelector"], CARD_SELECTOR);
        assert_eq!(contract["languages"], json!(["en", "hy", "az", "ru", "uk"]));
        assert_eq!(contract["defaultLanguage"], "en");
        for locale in Locale::ALL {
            assert_eq!(contract["loadFailed"][locale.tag()], locale.words().graphic_load_failed);
        }
        assert_eq!(contract["loadFailed"]["en"], "This graphic could not be loaded.");
        assert_eq!(contract["placeholder"]["baseHeight"], 700.0);
    }

    #[test]
    fn every_language_tag_picks_its_own_locale() {
        for (tag, locale) in language_tags().into_iter().zip(Locale::ALL) {
            assert_eq!(card_locale(Some(tag)), locale);
        }
        assert_eq!(card_locale(Some("ru-RU")), Locale::Ru);
        assert_eq!(card_locale(Some("de")), Locale::En);
        assert_eq!(card_locale(None), Locale::En);
    }

    #[test]
    fn the_placeholder_is_taller_on_narrow_cards() {
        assert_eq!(placeholder_height(320.0), 1388);
        assert_eq!(placeholder_height(1000.0), 920);
        assert_eq!(placeholder_height(0.0), placeholder_height(PLACEHOLDER_MIN_WIDTH));
        assert_eq!(placeholder_height(240.0), 1617);
    }
}
