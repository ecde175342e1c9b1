//! The static image (`claims-card render --format svg | png | alt | img`): the card drawn natively,
//! for channels where no script runs (newsletters, RSS, social cards, apps). The same card whatever
//! fonts a machine has: the SVG is laid out with the bundled DejaVu fonts' own widths (text.rs), and resvg draws
//! it with those fonts alone, never the machine's. Every figure of the card (headline, competing,
//! earlier, breakdown) keeps its qualifier, relation, claimant, date, outlet and note, as the plain
//! form gives them, and so do the context lines and notes: the alt text says all of it in words,
//! for readers who cannot see the image.

mod svg;
mod text;

use claims_card_view::words::LocaleWords;
use resvg::tiny_skia;
use resvg::usvg;

use claims_card_data::dataset::Dataset;
use claims_card_view::words::Locale;

use claims_card_publish::{breakdown_figures, headline_figures, PageUrl};
use claims_card_view::markup::escape;
use claims_card_view::words::phrase::{self, ClaimPhrases};

pub use text::covers as fonts_cover;

/// The colour scheme the image is drawn in: the card's light or dark.
pub use claims_card_publish::frame::Theme;

/// How the image is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ImageOptions {
    pub locale: Locale,
    pub theme: Theme,
    /// In CSS pixels; the height follows from the content.
    pub width: u32,
    /// Device pixels per CSS pixel in the PNG (2 for sharp text on high-density screens).
    pub scale: f32,
}

impl Default for ImageOptions {
    fn default() -> Self {
        Self { locale: Locale::default(), theme: Theme::Light, width: DEFAULT_WIDTH, scale: 1.0 }
    }
}

pub const DEFAULT_WIDTH: u32 = 640;
/// Narrower than a phone's column the figures cannot stand beside their words; wider than a desktop
/// page's nothing gains.
pub const WIDTHS: std::ops::RangeInclusive<u32> = 280..=2400;
pub const SCALES: std::ops::RangeInclusive<f32> = 1.0..=4.0;

/// The card as an SVG document, with its size in CSS pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// The card as SVG: text in the bundled font's family, every figure and attribution as text.
pub fn card_svg(dataset: &Dataset, options: &ImageOptions) -> Drawing {
    svg::draw(dataset, options, &alt_text(dataset, options.locale).join(" "))
}

/// The card as PNG bytes, `width × scale` pixels wide: the same bytes whatever fonts the machine has
/// (debug and release builds give the same bytes too).
pub fn card_png(dataset: &Dataset, options: &ImageOptions) -> Result<Vec<u8>, String> {
    png_from_svg(&card_svg(dataset, options).svg, options.scale)
}

/// Draws an SVG of the card (as `card_svg` makes it) with the bundled fonts only.
pub fn png_from_svg(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let options = usvg::Options { fontdb: text::fonts(), font_family: text::FAMILY.to_owned(), ..Default::default() };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|error| format!("the image's SVG: {error}"))?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or("the image is too large to draw")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the image is too large to draw")?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| format!("encoding the PNG: {error}"))
}

/// The image's description, a sentence a line so it reads (and can be checked) in parts: the title,
/// the dek, the note that the figures are claims; per measure, a line naming it, then one line per
/// figure (headline, competing, earlier and breakdown) with its party, relation, claimant, date,
/// outlet and note, as the plain form words them; then the context lines and the dataset's notes.
pub fn alt_text(dataset: &Dataset, locale: Locale) -> Vec<String> {
    let words = locale.words();
    let mut lines = vec![sentence(dataset.title.get(locale))];
    if let Some(dek) = &dataset.dek {
        lines.push(sentence(dek.get(locale)));
    }
    lines.push(sentence(&phrase::standing_line(dataset, locale)));
    // "Azerbaijan — Own figure: 192 service members, according to … (…). Note."
    let claim_line = |party: &str, phrases: &ClaimPhrases, text: String| {
        let note = phrases.note.as_deref().map(|note| format!(" {}", sentence(note))).unwrap_or_default();
        format!("{party} — {}{note}", sentence(&text))
    };
    for (measure, rows) in headline_figures(dataset) {
        let measure_name = (words.measure_names)(measure);
        lines.push(sentence(measure_name));
        for (party, claimants) in rows {
            let party = party.name.get(locale);
            if claimants.is_empty() {
                lines.push(format!("{party} — {}", sentence(words.no_figure)));
            }
            for figures in claimants {
                let phrases = ClaimPhrases::of_current(figures.current, &figures.earlier, locale);
                lines.push(claim_line(party, &phrases, phrases.labelled()));
                for earlier in figures.earlier {
                    let phrases = ClaimPhrases::of(earlier, locale);
                    lines.push(claim_line(party, &phrases, phrases.earlier(locale)));
                }
            }
        }
        // A figure covering several parties: its label names them all.
        for claim in dataset.joint(measure) {
            let phrases = ClaimPhrases::of(claim, locale);
            let note = phrases.note.as_deref().map(|note| format!(" {}", sentence(note))).unwrap_or_default();
            lines.push(format!("{}{note}", sentence(&phrases.labelled())));
        }
        let breakdown = breakdown_figures(dataset, measure);
        if !breakdown.is_empty() {
            lines.push(sentence(&format!("{measure_name} — {}", words.breakdown)));
        }
        for (party, claims) in breakdown {
            for claim in claims {
                let phrases = ClaimPhrases::of(claim, locale);
                lines.push(claim_line(party.name.get(locale), &phrases, phrases.labelled()));
            }
        }
    }
    if !dataset.context.is_empty() {
        lines.push(sentence(words.context));
        lines.extend(dataset.context.iter().map(|line| sentence(&phrase::context_line(line, locale))));
    }
    lines.extend(dataset.notes.iter().map(|note| sentence(note.get(locale))));
    lines
}

/// `<img src="…" alt="…" width="…" height="…">`: the image code for channels with no script. The alt
/// attribute carries every figure and attribution.
pub fn img_tag(dataset: &Dataset, options: &ImageOptions, image_url: &PageUrl) -> String {
    let drawing = card_svg(dataset, options);
    format!(
        "<img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\">\n",
        escape(image_url.as_str()),
        escape(&alt_text(dataset, options.locale).join(" ")),
        drawing.width,
        drawing.height
    )
}

/// Text that ends as a sentence does, so lines read one after another.
fn sentence(text: &str) -> String {
    let text = text.trim();
    match text.chars().last() {
        Some('.' | '!' | '?' | '…' | ':' | ';' | '։') | None => text.to_owned(),
        Some(_) => format!("{text}."),
    }
}
