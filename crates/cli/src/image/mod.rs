//! The static image (`claims-card render --format svg | png | alt | img`): the card drawn natively,
//! for channels where no script runs (newsletters, RSS, social cards, apps). The same card whatever
//! fonts a machine has: the SVG is laid out with the bundled DejaVu fonts' own widths (text.rs), and resvg draws
//! it with those fonts alone, never the machine's. Every figure of the card (headline, competing,
//! earlier, breakdown) keeps its qualifier, relation, claimant, date, outlet and note, as the plain
//! form gives them, and so do the context lines and notes. The alt text is short (the title and the
//! headline figures) and points to the plain form, published beside the image, for the rest.

mod svg;
mod text;

use claims_card_view::words::LocaleWords;
use resvg::tiny_skia;
use resvg::usvg;

use claims_card_data::dataset::{Dataset, Text};
use claims_card_view::words::Locale;

use claims_card_publish::{headline_figures, PageUrl};
use claims_card_view::markup::escape;
use claims_card_view::words::phrase::ClaimPhrases;

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
    // The title is the SVG's own <title>: its <desc> is the rest of the alt text.
    svg::draw(dataset, options, &alt_text(dataset, options.locale)[1..].join(" "))
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

/// The image's description, short, a sentence a line: the title; the first measure and each party's
/// lead figure in it with who claims it (the card's first view); then that the full figures are in
/// the text beside the image, the plain form, which the image is published with. A description of
/// every figure ran to thousands of characters in one attribute, which a listener cannot move through.
pub fn alt_text(dataset: &Dataset, locale: Locale) -> Vec<String> {
    let words = locale.words();
    let mut lines = vec![sentence(dataset.title.get(locale))];
    if let Some((measure, rows)) = headline_figures(dataset).into_iter().next() {
        lines.push(format!("{}:", (words.measure_names)(measure)));
        for (party, claimants) in rows {
            let party = party.name.get(locale);
            // "Azerbaijan — 192 service members, according to Azerbaijan's Ministry of Defence."
            let said = match claimants.first() {
                Some(lead) => {
                    let phrases = ClaimPhrases::of(lead.current, locale);
                    format!("{}, {}", phrases.figure, phrases.according_to)
                }
                None => words.no_figure.to_owned(),
            };
            lines.push(format!("{party} — {}", sentence(&said)));
        }
    }
    lines.push(words.full_text_beside.to_owned());
    lines
}

/// The texts the alt text says in another language than `locale`, where the dataset has no
/// translation: "the title is in English (translate \"title\" into ru)", one each, for the CLI to warn
/// of (a voice reads the whole attribute in one language). Empty when the alt text is all `locale`'s.
pub fn untranslated(dataset: &Dataset, locale: Locale) -> Vec<String> {
    let mut said = Vec::new();
    let mut check = |what: String, field: &str, text: &Text| {
        let (_, language) = text.get_with_lang(locale);
        let line = format!("{what} is in {} (translate \"{field}\" into {})", language.english_name(), locale.tag());
        if language != locale && !said.contains(&line) {
            said.push(line);
        }
    };
    check("the title".into(), "title", &dataset.title);
    if let Some((_, rows)) = headline_figures(dataset).into_iter().next() {
        for (party, claimants) in &rows {
            check(format!("the party \"{}\"", party.name.original()), "name", &party.name);
            let Some(lead) = claimants.first() else { continue };
            let claim = lead.current;
            check(format!("the claimant \"{}\"", claim.claimant.name.original()), "name", &claim.claimant.name);
            if let Some(hedge) = &claim.hedge {
                check(format!("the hedge of claim \"{}\"", claim.id), "hedge", hedge);
            }
            if let Some(in_words) = &claim.in_words {
                check(format!("the words of claim \"{}\"", claim.id), "in_words", in_words);
            }
        }
    }
    said
}

/// `<img src="…" alt="…" width="…" height="…">`: the image code for channels with no script. The alt
/// attribute carries the title and the headline figures; the plain form beside the image, the rest.
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
