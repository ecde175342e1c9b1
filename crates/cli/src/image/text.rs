//! The bundled fonts and the widths of text set in them, so the image can wrap its own lines: an SVG
//! has no line breaking, and the layout must not depend on the fonts of the machine that draws it.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// DejaVu Sans (Bitstream Vera licence, fonts/LICENSE-DejaVu.txt): Latin, Cyrillic and Armenian.
pub const REGULAR: &[u8] = include_bytes!("../../../../fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../../../fonts/DejaVuSans-Bold.ttf");
/// The family name the SVG asks for: the only one in the image's font database.
pub const FAMILY: &str = "DejaVu Sans";

/// The font database resvg draws with: the bundled fonts and nothing of the machine's.
pub fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            database.load_font_data(REGULAR.to_vec());
            database.load_font_data(BOLD.to_vec());
            database.set_sans_serif_family(FAMILY);
            Arc::new(database)
        })
        .clone()
}

/// How a run of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Face {
    pub size: f32,
    pub bold: bool,
}

impl Face {
    pub const fn regular(size: f32) -> Self {
        Self { size, bold: false }
    }

    pub const fn bold(size: f32) -> Self {
        Self { size, bold: true }
    }
}

/// The width of `text` set in `face`, in pixels: the sum of its glyphs' advances. Shaping adds
/// kerning, a pixel or two a line; the layout leaves more room than that.
pub fn width(text: &str, face: Face) -> f32 {
    let data = if face.bold { BOLD } else { REGULAR };
    let Ok(font) = FontRef::new(data) else {
        return text.chars().count() as f32 * face.size * 0.6;
    };
    let charmap = font.charmap();
    let metrics = font.glyph_metrics(Size::new(face.size), LocationRef::default());
    text.chars()
        .map(|ch| {
            charmap
                .map(ch)
                .and_then(|glyph| metrics.advance_width(glyph))
                // A character the font lacks: drawn as its box, about as wide as a letter.
                .unwrap_or(face.size * 0.6)
        })
        .sum()
}

/// Whether the bundled fonts draw every character of `text` (tests: no language of the card falls back
/// to a box).
pub fn covers(text: &str) -> bool {
    [REGULAR, BOLD].iter().all(|data| {
        let Ok(font) = FontRef::new(data) else { return false };
        let charmap = font.charmap();
        text.chars().filter(|ch| !ch.is_whitespace()).all(|ch| charmap.map(ch).is_some())
    })
}

/// `text` broken at spaces into lines no wider than `max_width`; a word wider than a line is broken
/// between its letters.
pub fn wrap(text: &str, face: Face, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if width(&candidate, face) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if width(word, face) <= max_width {
            line = word.to_owned();
            continue;
        }
        for ch in word.chars() {
            let mut longer = line.clone();
            longer.push(ch);
            if !line.is_empty() && width(&longer, face) > max_width {
                lines.push(std::mem::take(&mut line));
                longer = ch.to_string();
            }
            line = longer;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider() {
        let face = Face::regular(16.0);
        assert!(width("at least 200", face) > width("200", face));
        assert!(width("200", Face::bold(16.0)) > width("200", face) * 0.99);
        assert!(width("W", face) > 8.0 && width("W", face) < 20.0);
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let face = Face::regular(14.0);
        let text = "according to the authorities of the self-proclaimed Nagorno-Karabakh Republic";
        let lines = wrap(text, face, 200.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|line| width(line, face) <= 200.0));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn the_fonts_cover_every_script_of_the_card() {
        assert!(covers("Ադրբեջան Азербайджан Azərbaycan Səhiyyə Nazirliyi ğışçöü Україна ї є"));
    }
}
