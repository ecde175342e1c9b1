//! The card's headings: its title at the level the host page's outline needs, the measure shown one
//! level below it, each party one below that. A card in an article under its `<h1>` keeps the default
//! (title `<h2>`); a card in a section headed `<h2>` says `data-heading-level="3"` on its element, or
//! the command line's `--heading-level 3`, so a listener moving by heading finds it inside that
//! section, not beside it. Defined once here for the card, the plain form, the command line and the
//! reader's browser.

use std::fmt;

/// The card element's attribute naming its title's heading level: 2 when absent.
pub const HEADING_LEVEL_ATTRIBUTE: &str = "data-heading-level";

/// The level of the card's title: 1 to 4, so that its parties' headings (two below) are still HTML's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl Default for HeadingLevel {
    fn default() -> Self {
        Self(2)
    }
}

const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

impl HeadingLevel {
    /// The levels a title may take.
    pub const LEVELS: std::ops::RangeInclusive<u8> = 1..=4;

    pub fn new(level: u8) -> Option<Self> {
        Self::LEVELS.contains(&level).then_some(Self(level))
    }

    /// Reads the attribute as the page wrote it; a refused value is an error naming the attribute and
    /// what to write instead (the card then keeps the default).
    pub fn read(value: &str) -> Result<Self, String> {
        value.trim().parse().ok().and_then(Self::new).ok_or_else(|| {
            format!("{HEADING_LEVEL_ATTRIBUTE}=\"{value}\": write 1, 2, 3 or 4, the level of the card's title")
        })
    }

    pub fn level(self) -> u8 {
        self.0
    }

    /// The title's element name ("h2").
    pub fn title(self) -> &'static str {
        self.below(0)
    }

    /// The measure's, one level below the title.
    pub fn measure(self) -> &'static str {
        self.below(1)
    }

    /// A party's, two levels below the title.
    pub fn party(self) -> &'static str {
        self.below(2)
    }

    /// The element name `levels` below the title's, at most `h6` (the plain form's breakdown puts its
    /// parties three below).
    pub fn below(self, levels: u8) -> &'static str {
        TAGS[usize::from(self.0 - 1 + levels).min(TAGS.len() - 1)]
    }

    /// The attribute as a published card's element carries it (` data-heading-level="3"`); nothing
    /// for the default, so older snippets and new ones read the same.
    pub fn markup(self) -> String {
        if self == Self::default() {
            String::new()
        } else {
            format!(" {HEADING_LEVEL_ATTRIBUTE}=\"{}\"", self.0)
        }
    }
}

impl fmt::Display for HeadingLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_at_level_three_has_its_measure_at_four_and_its_parties_at_five() {
        let level = HeadingLevel::read("3").unwrap();
        assert_eq!((level.title(), level.measure(), level.party()), ("h3", "h4", "h5"));
        assert_eq!(level.markup(), " data-heading-level=\"3\"");
        let default = HeadingLevel::default();
        assert_eq!((default.title(), default.measure(), default.party()), ("h2", "h3", "h4"));
        assert_eq!(default.markup(), "");
        assert_eq!(HeadingLevel::read(" 1 ").unwrap().party(), "h3");
        assert_eq!(HeadingLevel::read("4").unwrap().party(), "h6");
        assert_eq!(HeadingLevel::read("4").unwrap().below(3), "h6");
    }

    #[test]
    fn a_level_that_leaves_the_parties_no_heading_is_refused_naming_the_attribute() {
        for value in ["0", "5", "6", "h3", "", "2.5", "-1"] {
            let problem = HeadingLevel::read(value).unwrap_err();
            assert!(problem.starts_with(&format!("data-heading-level=\"{value}\": write 1, 2, 3 or 4")), "{problem}");
        }
    }
}
