//! The static image (`render --format svg|png|alt|img`) against the card's own figures: every headline
//! figure, lead and competing, with its qualifier, claimant, date and outlet, as the words and the plain
//! form give them; the note that the figures are claims; markup in the data as text, never as SVG;
//! the PNG the same bytes every time; the alt text short: the title and the headline figures.

mod common;

use claims_card_view::words::LocaleWords;
use std::path::Path;
use std::process::Command;

use claims_card_cli::image::{self, ImageOptions, Theme};
use claims_card_data::dataset::Dataset;
use claims_card_publish::{headline_figures, plain_html, PageUrl};
use claims_card_view::words::phrase::{self, ClaimPhrases};
use claims_card_view::words::Locale;
use resvg::usvg::roxmltree;

fn example() -> Dataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/examples/example-competing-claims.json");
    Dataset::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn options(locale: Locale, width: u32) -> ImageOptions {
    ImageOptions { locale, width, ..ImageOptions::default() }
}

fn unspaced(text: &str) -> String {
    text.split_whitespace().collect()
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text the image draws, line after line: each `<text>` element's characters, as an XML parser
/// reads them (entities decoded).
fn drawn_text(svg: &str) -> String {
    let document = roxmltree::Document::parse(svg).unwrap_or_else(|error| panic!("{error}\n{svg}"));
    let lines: Vec<String> = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .map(|node| {
            node.descendants().filter(|child| child.is_text()).filter_map(|child| child.text()).collect::<String>()
        })
        .collect();
    squeeze(&lines.join(" "))
}

/// Every headline figure of `dataset` is drawn with what it counts, then who claims it, as of when and
/// where it was reported, in the card's words.
fn assert_every_figure_drawn(dataset: &Dataset, locale: Locale, width: u32) {
    let words = locale.words();
    // Compared without spaces: a word wider than the line is broken between its letters.
    let drawn = unspaced(&drawn_text(&image::card_svg(dataset, &options(locale, width)).svg));
    let standing = phrase::standing_line(dataset, locale);
    assert!(drawn.contains(&unspaced(&standing)), "{locale:?}: no standing line in {drawn}");
    let mut figures = 0;
    for (measure, rows) in headline_figures(dataset) {
        assert!(drawn.contains(&unspaced((words.measure_names)(measure))), "{measure:?} in {drawn}");
        for (party, claims) in rows {
            assert!(drawn.contains(&unspaced(party.name.get(locale))), "{locale:?}: party in {drawn}");
            if claims.is_empty() {
                assert!(drawn.contains(&unspaced(words.no_figure)), "{locale:?}: no-figure line in {drawn}");
            }
            for claim in claims.iter().map(|figures| figures.current) {
                let figure = format!(
                    "{} {} · {} · {}",
                    phrase::figure(claim, locale),
                    words.according_to(claim.claimant.name.get(locale)),
                    words.as_of(claim.as_of),
                    phrase::outlet_chain(&claim.source, words)
                );
                assert!(drawn.contains(&unspaced(&figure)), "{locale:?} at {width}px: {figure:?} not in\n{drawn}");
                figures += 1;
            }
        }
    }
    assert!(figures >= 1, "no figures drawn");
}

#[test]
fn the_seed_image_draws_every_headline_figure_with_its_attribution() {
    for locale in Locale::ALL {
        for width in [280, 360, 640, 1200] {
            assert_every_figure_drawn(&common::seed(), locale, width);
        }
    }
}

#[test]
fn the_competing_claims_image_draws_every_claimant_s_figure() {
    let dataset = example();
    let competing: usize = headline_figures(&dataset)
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(_, claims)| claims.len().saturating_sub(1)))
        .sum();
    assert!(competing >= 4, "the example has competing claims: {competing}");
    for locale in Locale::ALL {
        for width in [280, 640] {
            assert_every_figure_drawn(&dataset, locale, width);
        }
    }
}

#[test]
fn the_seed_numbers_are_the_card_s() {
    // The figures as the seed gives them, not only as the words make them.
    let drawn = drawn_text(&image::card_svg(&common::seed(), &options(Locale::En, 640)).svg);
    for expected in ["192 service members", "at least 200 people", "about 511 service members", "at least 400 people"] {
        assert!(drawn.contains(expected), "{expected} not in {drawn}");
    }
    assert!(drawn.contains("according to Azerbaijan's Health Ministry · reported by 27 September 2023"), "{drawn}");
}

#[test]
fn markup_in_hostile_data_is_text_never_svg() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/hostile");
    let mut read = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let Ok(dataset) = Dataset::from_json(&std::fs::read_to_string(&path).unwrap()) else { continue };
        read += 1;
        for locale in [Locale::En, Locale::Ru] {
            let svg = image::card_svg(&dataset, &options(locale, 360)).svg;
            let document = roxmltree::Document::parse(&svg).unwrap_or_else(|error| panic!("{path:?}: {error}"));
            for node in document.descendants().filter(|node| node.is_element()) {
                let name = node.tag_name().name();
                assert!(
                    ["svg", "title", "desc", "rect", "text", "tspan"].contains(&name),
                    "{path:?}: <{name}> in the image"
                );
                for attribute in node.attributes() {
                    assert!(!attribute.name().starts_with("on"), "{path:?}: {} on <{name}>", attribute.name());
                }
            }
            let drawn = drawn_text(&svg);
            assert!(unspaced(&drawn).contains(&unspaced(dataset.title.get(locale))), "{path:?}: title not text");
            assert_every_figure_drawn(&dataset, locale, 360);
            // The PNG draws it too: resvg reads the same document.
            image::png_from_svg(&svg, 1.0).unwrap();
        }
    }
    assert!(read >= 3, "only {read} hostile documents read");
}

/// The PNG's width and height from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn the_png_is_the_same_bytes_every_time_at_the_width_asked() {
    let seed = common::seed();
    for (locale, theme, width, scale) in [
        (Locale::En, Theme::Light, 640, 1.0),
        (Locale::Hy, Theme::Dark, 360, 2.0),
        (Locale::Ru, Theme::Light, 1200, 1.0),
    ] {
        let options = ImageOptions { locale, theme, width, scale };
        let first = image::card_png(&seed, &options).unwrap();
        let second = image::card_png(&seed, &options).unwrap();
        assert!(first == second, "{locale:?} {width}px: two renders differ");
        let drawing = image::card_svg(&seed, &options);
        assert_eq!(png_size(&first), ((width as f32 * scale) as u32, (drawing.height as f32 * scale) as u32));
        assert!(drawing.height > 400 && drawing.height < 4000, "{}", drawing.height);
    }
}

#[test]
fn the_fonts_draw_every_language_of_the_card() {
    for dataset in [common::seed(), example()] {
        for locale in Locale::ALL {
            let drawn = drawn_text(&image::card_svg(&dataset, &options(locale, 640)).svg);
            assert!(image::fonts_cover(&drawn), "{locale:?}: a character the bundled fonts lack in {drawn}");
        }
    }
}

/// The alt text names the card and its headline figures, whose losses and who claims them; the full
/// figures are in the plain form beside the image.
#[test]
fn the_alt_text_gives_the_title_and_each_partys_lead_figure() {
    for dataset in [common::seed(), example()] {
        for locale in Locale::ALL {
            let lines = image::alt_text(&dataset, locale);
            let alt = lines.join(" ");
            assert!(alt.contains(dataset.title.get(locale)), "{alt}");
            let (_, rows) = headline_figures(&dataset).into_iter().next().unwrap();
            for (party, claimants) in rows {
                assert!(alt.contains(party.name.get(locale)), "{alt}");
                let lead = ClaimPhrases::of(claimants[0].current, locale);
                assert!(alt.contains(&format!("{}, {}", lead.figure, lead.according_to)), "{locale:?}: {alt}");
            }
            // The SVG carries it too, for screen readers that read an inline SVG: the title as its
            // <title>, the rest as its <desc>.
            let svg = image::card_svg(&dataset, &options(locale, 640)).svg;
            let document = roxmltree::Document::parse(&svg).unwrap();
            let text_of = |tag: &str| document.descendants().find(|node| node.has_tag_name(tag)).unwrap().text();
            assert_eq!(text_of("title"), Some(dataset.title.get(locale)));
            assert_eq!(text_of("desc"), Some(lines[1..].join(" ").as_str()));
        }
    }
}

#[test]
fn the_img_tag_names_the_image_and_escapes_its_alt() {
    let url = PageUrl::parse("https://img.example.org/card.png?v=1&lang=en").unwrap();
    let tag = image::img_tag(&common::seed(), &options(Locale::En, 640), &url);
    assert!(tag.starts_with("<img src=\"https://img.example.org/card.png?v=1&amp;lang=en\" alt=\""), "{tag}");
    assert!(tag.contains("at least 200 people, according to"), "{tag}");
    assert!(tag.contains("\" width=\"640\" height=\""), "{tag}");
    let hostile = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("tests/corpus/hostile/03-svg-onload-breaking-out-of-attributes.json");
    let dataset = Dataset::from_json(&std::fs::read_to_string(hostile).unwrap()).unwrap();
    let tag = image::img_tag(&dataset, &options(Locale::En, 640), &url);
    let alt = tag.split(" alt=\"").nth(1).unwrap().split("\" width=").next().unwrap();
    assert!(!alt.contains('"') && !alt.contains('<') && !alt.contains('>'), "{alt}");
    assert!(alt.contains("&quot;&gt;&lt;svg onload"), "{alt}");
}

#[test]
fn the_command_writes_a_png_of_the_width_asked() {
    let output = Command::new(env!("CARGO_BIN_EXE_claims-card"))
        .args(["render", "--format", "png", "--width", "360", "--lang", "hy", "--theme", "dark"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(png_size(&output.stdout).0, 360);
    let output = Command::new(env!("CARGO_BIN_EXE_claims-card"))
        .args(["render", "--format", "svg", "--width", "100"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_claims-card")).args(["render", "--format", "alt"]).output().unwrap();
    let alt = String::from_utf8(output.stdout).unwrap();
    assert!(alt.contains("at least 200 people, according to the authorities"), "{alt}");
}

/// Every claim of the example of every case, of the seed's news-feed item and of the datasets written
/// from real reports, in every language: the image draws its figure (period, central estimate and words
/// included) with its attribution, and the plain form published beside it says it with its label.
#[test]
fn the_image_and_the_plain_form_beside_it_carry_every_claim_of_every_case() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    for path in [
        "examples/example-every-case.json",
        "news-feed-named-dead.json",
        "reported/karabakh-war-2020.json",
        "reported/russia-named-dead-2024-12.json",
        "reported/russia-losses-series-2024.json",
    ] {
        let dataset = Dataset::from_json(&std::fs::read_to_string(data.join(path)).unwrap()).unwrap();
        for locale in Locale::ALL {
            let drawn = unspaced(&drawn_text(&image::card_svg(&dataset, &options(locale, 640)).svg));
            let plain = common::plain_text(&plain_html(&dataset, locale, None, None));
            for claim in dataset.claims() {
                let phrases = ClaimPhrases::of(claim, locale);
                let figure = unspaced(&phrase::counted(claim, locale));
                assert!(drawn.contains(&figure), "{path} {locale:?}: the image lacks {figure:?}");
                assert!(drawn.contains(&unspaced(&phrase::number(claim, locale))), "{path} {locale:?} {}", claim.id);
                let said = squeeze(&phrases.figure);
                assert!(plain.contains(&said), "{path} {locale:?}: the plain form lacks {said:?}");
                if let Some(label) = &phrases.relation {
                    assert!(plain.contains(&squeeze(label)), "{path} {locale:?}: the plain form lacks {label:?}");
                }
            }
        }
    }
}

/// A running count's chart in the image: a step line per claimant (never one joining two), the first
/// and last day under it, and whose each line is; a count of three reports stays words.
#[test]
fn the_image_draws_a_running_count_as_the_card_does() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let read = |path: &str| Dataset::from_json(&std::fs::read_to_string(data.join(path)).unwrap()).unwrap();
    let daily = image::card_svg(&read("examples/example-daily-series.json"), &options(Locale::En, 640)).svg;
    assert_eq!(daily.matches("<path d=\"M").count(), 2, "a line per claimant");
    assert!(daily.contains("stroke-dasharray=\"6 3\""), "the second line is dashed");
    let drawn = drawn_text(&daily);
    assert!(drawn.contains("1 January 2031 – 31 December 2033"), "{drawn}");
    assert!(
        drawn.contains("Castria's army: Earliest here 12,302, 1 January 2031; Latest 347,967, 31 December 2033"),
        "{drawn}"
    );
    let every = image::card_svg(&read("examples/example-every-case.json"), &options(Locale::En, 640)).svg;
    assert_eq!(every.matches("<path d=\"M").count(), 0);
    assert!(drawn_text(&every).contains("+7,500 since 31 August 2031"));
}
