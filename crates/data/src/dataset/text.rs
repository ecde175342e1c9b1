//! Dataset text in the dataset's own language, with any translations the editors supplied.

use crate::locale::Locale;

/// A piece of the dataset's text: `"Azerbaijan"`, or `{ "en": "Azerbaijan", "ru": "Азербайджан" }`.
/// Always has its text in the dataset's language, so every reader gets something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    original: String,
    /// The dataset's language, the original's: what a form marks as the text's `lang` where a reader's
    /// language has no translation.
    language: Locale,
    translations: Vec<(Locale, String)>,
}

impl Text {
    pub fn new(original: impl Into<String>, language: Locale) -> Self {
        Self { original: original.into(), language, translations: Vec::new() }
    }

    pub(crate) fn with_translations(original: String, language: Locale, translations: Vec<(Locale, String)>) -> Self {
        Self { original, language, translations }
    }

    /// The text in `locale`, or in the dataset's language where there is no translation.
    pub fn get(&self, locale: Locale) -> &str {
        self.translations.iter().find(|(language, _)| *language == locale).map_or(&self.original, |(_, text)| text)
    }

    /// The text in `locale` and the language it is actually in: `locale`'s where translated, else the
    /// dataset's, which a form marks (`lang`) so a reader's voice does not read it as `locale`.
    pub fn get_with_lang(&self, locale: Locale) -> (&str, Locale) {
        match self.translations.iter().find(|(language, _)| *language == locale) {
            Some((language, text)) => (text, *language),
            None => (&self.original, self.language),
        }
    }

    /// Whether a reader in `locale` gets the text in their language.
    pub fn is_translated(&self, locale: Locale) -> bool {
        self.get_with_lang(locale).1 == locale
    }

    /// The text as written in the dataset's language.
    pub fn original(&self) -> &str {
        &self.original
    }
}

/// Reads as its original text, for tests and tools; the card itself always asks `get(locale)`.
impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.original
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.original == *other
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.original == other
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.original)
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.original == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_the_original() {
        let text = Text::with_translations("Azerbaijan".into(), Locale::En, vec![(Locale::Ru, "Азербайджан".into())]);
        assert_eq!(text.get(Locale::Ru), "Азербайджан");
        assert_eq!(text.get(Locale::Hy), "Azerbaijan");
        assert_eq!(text.get(Locale::En), "Azerbaijan");
    }

    #[test]
    fn says_which_language_a_reader_gets() {
        let text = Text::with_translations("Azerbaijan".into(), Locale::En, vec![(Locale::Ru, "Азербайджан".into())]);
        assert_eq!(text.get_with_lang(Locale::Ru), ("Азербайджан", Locale::Ru));
        assert_eq!(text.get_with_lang(Locale::Hy), ("Azerbaijan", Locale::En));
        assert_eq!(text.get_with_lang(Locale::En), ("Azerbaijan", Locale::En));
        assert!(text.is_translated(Locale::Ru) && text.is_translated(Locale::En) && !text.is_translated(Locale::Uk));
        let plain = Text::new("Азербайджан", Locale::Ru);
        assert_eq!(plain.get_with_lang(Locale::En), ("Азербайджан", Locale::Ru));
    }
}
