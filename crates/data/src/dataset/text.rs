//! Dataset text in the dataset's own language, with any translations the editors supplied.

use crate::locale::Locale;

/// A piece of the dataset's text: `"Azerbaijan"`, or `{ "en": "Azerbaijan", "ru": "Азербайджан" }`.
/// Always has its text in the dataset's language, so every reader gets something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    original: String,
    translations: Vec<(Locale, String)>,
}

impl Text {
    pub fn new(original: impl Into<String>) -> Self {
        Self { original: original.into(), translations: Vec::new() }
    }

    pub(crate) fn with_translations(original: String, translations: Vec<(Locale, String)>) -> Self {
        Self { original, translations }
    }

    /// The text in `locale`, or in the dataset's language where there is no translation.
    pub fn get(&self, locale: Locale) -> &str {
        self.translations.iter().find(|(language, _)| *language == locale).map_or(&self.original, |(_, text)| text)
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
        let text = Text::with_translations("Azerbaijan".into(), vec![(Locale::Ru, "Азербайджан".into())]);
        assert_eq!(text.get(Locale::Ru), "Азербайджан");
        assert_eq!(text.get(Locale::Hy), "Azerbaijan");
        assert_eq!(text.get(Locale::En), "Azerbaijan");
    }
}
