//! The languages the card speaks: a leaf that every other module may use.
//!
//! It lives apart from `words` (the card's vocabulary) so that `dataset` can check a document's
//! `language` and translations without depending on how the card words things.

/// A language the card speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Locale {
    #[default]
    En,
    /// Armenian.
    Hy,
    /// Azerbaijani (Latin script).
    Az,
    Ru,
    Uk,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Hy, Locale::Az, Locale::Ru, Locale::Uk];

    /// Picks a language from a `lang` value such as `en-GB` or `az-Latn-AZ`; unknown languages get `None`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Self::ALL.into_iter().find(|locale| locale.tag() == primary)
    }

    /// The language whose code is exactly `code` (`"ru"`, not `"ru-RU"` or `"RU"`): how a dataset names
    /// its languages.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|locale| locale.tag() == code)
    }

    /// The BCP 47 language code: `en`, `hy`, `az`, `ru`, `uk`.
    /// The language's name in English, as the schema's descriptions and the workbench (an editor's
    /// tool, in English) call it.
    pub fn english_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Hy => "Armenian",
            Locale::Az => "Azerbaijani (Latin script)",
            Locale::Ru => "Russian",
            Locale::Uk => "Ukrainian",
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Hy => "hy",
            Locale::Az => "az",
            Locale::Ru => "ru",
            Locale::Uk => "uk",
        }
    }
}

/// Which grammatical number a count takes ("1 civilian", "10 civilians"; Russian and Ukrainian
/// also have a form for 2–4 and one for 5–20).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Locale {
    /// The plural category of a whole number, after CLDR's rules for each language.
    pub fn plural(self, n: u64) -> Plural {
        match self {
            Locale::En | Locale::Az if n == 1 => Plural::One,
            // Armenian counts 0 and 1 as one.
            Locale::Hy if n <= 1 => Plural::One,
            Locale::En | Locale::Az | Locale::Hy => Plural::Other,
            Locale::Ru | Locale::Uk => match (n % 10, n % 100) {
                (1, rest) if rest != 11 => Plural::One,
                (2..=4, rest) if !(12..=14).contains(&rest) => Plural::Few,
                _ => Plural::Many,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_choose_a_locale() {
        assert_eq!(Locale::from_tag("en"), Some(Locale::En));
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("EN_us"), Some(Locale::En));
        assert_eq!(Locale::from_tag("az-Latn-AZ"), Some(Locale::Az));
        assert_eq!(Locale::from_tag("hy"), Some(Locale::Hy));
        assert_eq!(Locale::from_tag("ru-RU"), Some(Locale::Ru));
        assert_eq!(Locale::from_tag("uk"), Some(Locale::Uk));
        assert_eq!(Locale::from_tag("xx"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn a_dataset_names_a_language_by_its_exact_code() {
        assert_eq!(Locale::from_code("ru"), Some(Locale::Ru));
        assert_eq!(Locale::from_code("ru-RU"), None);
        assert_eq!(Locale::from_code("RU"), None);
    }
}
