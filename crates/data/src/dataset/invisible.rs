//! Characters that show nothing. A name made only of them passes every length check and leaves an
//! empty label on the card; one of them in front of `=` hides a formula from a spreadsheet guard.

/// True for a character that draws no mark: white space, the Unicode default-ignorable characters
/// (zero-width spaces and joiners, the word joiner, the byte-order mark, variation selectors, soft
/// hyphen, tags) and the letters that fonts draw blank on purpose (the Hangul fillers, the blank
/// Braille pattern).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            // Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties.txt).
            '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}'..='\u{1160}' | '\u{17b4}'..='\u{17b5}'
            | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ffa0}'
            | '\u{fff0}'..='\u{fff8}' | '\u{1bca0}'..='\u{1bca3}' | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0000}'..='\u{e0fff}'
            // Drawn as an empty cell by design; used to fake a blank name.
            | '\u{2800}')
}

/// True when `text` has at least one character a reader can see.
pub fn has_visible(text: &str) -> bool {
    text.chars().any(|c| !is_invisible(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fillers_and_zero_widths_show_nothing() {
        for blank in ["\u{2800}", "\u{3164}", "\u{3164} \u{3164}", "\u{200b}\u{feff}", "\u{115f}\u{1160}", "\u{ffa0}"] {
            assert!(!has_visible(blank), "{blank:?} should count as blank");
        }
    }

    #[test]
    fn names_in_every_script_are_visible() {
        for name in ["Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan", "ㄱ", "\u{3164}A", "—"]
        {
            assert!(has_visible(name), "{name:?} should be visible");
        }
    }
}
