//! Caveats do not vanish outside the interactive card: the plain form and the static image each carry
//! every figure the card shows (headline, competing with its relation label, earlier, breakdown) with
//! its claimant, date and outlet, every claim's note, every context line and every note, worded by
//! the one phrase builder. The alt text is short (title and headline figures) and points to the plain
//! form beside the image, which carries the rest. Checked against the dataset itself, not against the forms'
//! own lists, so a figure a form leaves out fails here.

mod common;

use std::path::Path;

use claims_card_cli::image::{self, ImageOptions};
use claims_card_data::dataset::Dataset;
use claims_card_publish::plain_html;
use claims_card_view::words::phrase::{self, ClaimPhrases};
use claims_card_view::words::{Locale, LocaleWords};
use resvg::usvg::roxmltree;

fn example() -> Dataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/examples/example-competing-claims.json");
    Dataset::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn unspaced(text: &str) -> String {
    text.split_whitespace().collect()
}

use common::plain_text;

/// What the image draws, without spaces: a line may break anywhere between words, and a long word
/// between its letters.
fn drawn(dataset: &Dataset, locale: Locale, width: u32) -> String {
    let svg = image::card_svg(dataset, &ImageOptions { locale, width, ..ImageOptions::default() }).svg;
    let document = roxmltree::Document::parse(&svg).unwrap();
    let text: String = document
        .descendants()
        .filter(|node| node.is_text() && node.parent().is_some_and(|parent| parent.has_tag_name("tspan")))
        .filter_map(|node| node.text())
        .collect();
    unspaced(&text)
}

/// What every form must carry: each phrase the card's figures and caveats are worded with.
struct Expected {
    /// The plain form's sentences: "Counter-claim: about 3,000 soldiers, according to …".
    sentences: Vec<String>,
    /// The image's: the figure, its relation label, its attribution line.
    drawn: Vec<String>,
    /// Notes, context lines, dataset notes: the same words in every form.
    caveats: Vec<String>,
}

fn expected(dataset: &Dataset, locale: Locale) -> Expected {
    let mut expected = Expected { sentences: Vec::new(), drawn: Vec::new(), caveats: Vec::new() };
    for measure in dataset.measures() {
        for party in dataset.parties() {
            // Each claim's phrases, and whether the card lists it as an earlier figure.
            let mut all = Vec::new();
            if let Some(row) = dataset.row(party, measure) {
                for figures in std::iter::once(row.lead).chain(row.competing) {
                    all.push((ClaimPhrases::of(figures.current, locale), false));
                    all.extend(figures.earlier.iter().map(|earlier| (ClaimPhrases::of(earlier, locale), true)));
                }
            }
            all.extend(dataset.breakdown(party, measure).map(|claim| (ClaimPhrases::of(claim, locale), false)));
            for (phrases, earlier) in all {
                if earlier {
                    expected.sentences.push(phrases.earlier(locale));
                    expected.drawn.push(phrases.earlier(locale));
                } else {
                    expected.sentences.push(phrases.labelled());
                    expected.drawn.push(phrases.figure.clone());
                    expected.drawn.push(phrases.attribution());
                    expected.drawn.extend(phrases.relation);
                }
                expected.caveats.extend(phrases.note);
            }
        }
    }
    expected.caveats.extend(dataset.context.iter().map(|line| phrase::context_line(line, locale)));
    expected.caveats.extend(dataset.notes.iter().map(|note| note.get(locale).to_owned()));
    expected
}

fn datasets() -> [(&'static str, Dataset); 2] {
    [("seed", common::seed()), ("competing claims", example())]
}

const LOCALES: [Locale; 2] = [Locale::En, Locale::Ru];

#[test]
fn the_plain_form_carries_every_figure_and_caveat() {
    for (name, dataset) in datasets() {
        for locale in LOCALES {
            let text = plain_text(&plain_html(&dataset, locale, None, None));
            let expected = expected(&dataset, locale);
            for phrase in expected.sentences.iter().chain(&expected.caveats) {
                assert!(
                    text.contains(&squeeze(phrase)),
                    "{name} {locale:?}: {phrase:?} not in the plain form:\n{text}"
                );
            }
        }
    }
}

#[test]
fn the_image_draws_every_figure_and_caveat() {
    for (name, dataset) in datasets() {
        for locale in LOCALES {
            for width in [280, 640, 1200] {
                let drawn = drawn(&dataset, locale, width);
                let expected = expected(&dataset, locale);
                for phrase in expected.drawn.iter().chain(&expected.caveats) {
                    assert!(
                        drawn.contains(&unspaced(phrase)),
                        "{name} {locale:?} at {width}px: {phrase:?} not drawn:\n{drawn}"
                    );
                }
            }
        }
    }
}

/// A listener cannot move inside an alt attribute: it is short, in every language, the title and each
/// party's lead figure with who claims it, then where the rest is.
#[test]
fn the_alt_text_is_short_and_points_to_the_full_text() {
    for (name, dataset) in datasets() {
        for locale in Locale::ALL {
            let lines = image::alt_text(&dataset, locale);
            let alt = lines.join(" ");
            assert!(alt.starts_with(dataset.title.get(locale)), "{name} {locale:?}: {alt}");
            let (_, rows) = claims_card_publish::headline_figures(&dataset).into_iter().next().unwrap();
            for (party, claimants) in rows {
                let lead = ClaimPhrases::of(claimants[0].current, locale);
                let said = format!("{} — {}, {}", party.name.get(locale), lead.figure, lead.according_to);
                assert!(alt.contains(&said), "{name} {locale:?}: {said:?} not in the alt text:\n{alt}");
            }
            assert_eq!(lines.last().map(String::as_str), Some(locale.words().full_text_beside), "{name} {locale:?}");
            if name == "seed" {
                assert!(alt.chars().count() < 400, "{name} {locale:?}: {} characters: {alt}", alt.chars().count());
            }
        }
    }
}

/// The words themselves, as an editor reads them, for what the forms left out before: breakdown,
/// note, relation label, earlier figure.
#[test]
fn the_forms_read_the_caveats_in_english_and_russian() {
    let seed = common::seed();
    let example = example();
    // (dataset, language, as the plain form says it, as the image draws it)
    for (dataset, locale, said, drawn_as) in [
        (&seed, Locale::En, "180 soldiers, according to", "180 soldiers"),
        (&seed, Locale::En, "Civilians included.", "Civilians included."),
        (&seed, Locale::Ru, "180 солдат, по данным", "180 солдат"),
        (&seed, Locale::Ru, "Включая мирных жителей.", "Включая мирных жителей."),
        (&example, Locale::En, "Counter-claim: about 3,000 soldiers", "Counter-claim about 3,000 soldiers"),
        (
            &example,
            Locale::En,
            "Earlier: 300 soldiers, reported by 2 June 2031",
            "Earlier: 300 soldiers, reported by 2 June 2031",
        ),
        (&example, Locale::Ru, "Встречное заявление: около 3 000 солдат", "Встречное заявление около 3 000 солдат"),
        (&example, Locale::Ru, "Ранее: 300 солдат", "Ранее: 300 солдат"),
    ] {
        let plain = plain_text(&plain_html(dataset, locale, None, None));
        let drawn = drawn(dataset, locale, 640);
        assert!(plain.contains(said), "{locale:?}: {said:?} not in the plain form:\n{plain}");
        assert!(drawn.contains(&unspaced(drawn_as)), "{locale:?}: {drawn_as:?} not drawn:\n{drawn}");
    }
}
