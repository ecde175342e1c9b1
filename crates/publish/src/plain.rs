//! The plain form (`claims-card render --format plain-html`): the card's figures as plain HTML that
//! sanitizers keep (`<p>`, `<strong>`, `<em>`, `<ul><li>`, `<a href>`: WordPress for authors,
//! Drupal's Basic HTML, DOMPurify, newsletters), with no `<template>`, `<style>` or `<script>` whose
//! text could show as CSS or JSON when a sanitizer strips their tags.
//!
//! With `--src`, the text sits inside `<div data-claims-card data-src="…">`: where `embed.js` runs
//! and the data arrives, the card draws over it in a shadow root (which has no slot, so the text is
//! hidden); where no script runs, readers get the text. Made from the same model and words as the
//! card, so it says what the card says: each headline figure with its qualifier, whom it is about,
//! who claims it, as of when, and where it was reported.

use claims_card_view::words::LocaleWords;
use std::rc::Rc;

use claims_card_data::dataset::{Claim, Dataset, Measure, Missing, Party, Source};
use claims_card_view::words::phrase::{self, ClaimPhrases};
use claims_card_view::words::{Locale, Words};

use super::PageUrl;
use claims_card_view::markup::escape;

/// The plain form's HTML. `live_data`: the dataset's published address, which makes the block a card
/// wherever `embed.js` runs; without it the block is text only (a card needs data it can read).
pub fn plain_html(dataset: &Dataset, locale: Locale, live_data: Option<&PageUrl>) -> String {
    let words = locale.words();
    let mut html = String::new();
    html.push_str(&format!("<p><strong>{}</strong></p>\n", escape(dataset.title.get(locale))));
    if let Some(dek) = &dataset.dek {
        html.push_str(&format!("<p>{}</p>\n", escape(dek.get(locale))));
    }
    html.push_str(&format!("<p><em>{}</em></p>\n", escape(phrase::standing_line(dataset, locale))));
    for (measure, rows) in headline_figures(dataset) {
        html.push_str(&format!("<p><strong>{}</strong></p>\n<ul>\n", escape((words.measure_names)(measure))));
        for (party, claims) in rows {
            html.push_str(&format!("<li>{}</li>\n", row(&party, &claims, locale)));
        }
        html.push_str("</ul>\n");
    }
    for note in &dataset.notes {
        html.push_str(&format!("<p>{}</p>\n", escape(note.get(locale))));
    }
    let lang = words.tag;
    match live_data {
        Some(url) => {
            let src = escape(url.as_str());
            format!("<div data-claims-card data-src=\"{src}\" lang=\"{lang}\">\n{html}</div>\n")
        }
        None => format!("<div lang=\"{lang}\">\n{html}</div>\n"),
    }
}

/// A party and the current headline figure of each claimant about its losses for one measure, the
/// lead first (as the card's row shows them): none when no claimant gave one.
pub type HeadlineRow<'a> = (Rc<Party>, Vec<&'a Rc<Claim>>);

/// Per measure (in the card's order) and party (in the dataset's), every claimant's current headline
/// figure: what the card's comparison rows show. A party with none is left out where the dataset
/// says so (`missing: leave_out`), as on the card.
pub fn headline_figures(dataset: &Dataset) -> Vec<(Measure, Vec<HeadlineRow<'_>>)> {
    dataset
        .measures()
        .into_iter()
        .map(|measure| {
            let rows = dataset
                .parties()
                .iter()
                .map(|party| {
                    let row = dataset.row(party, measure);
                    let claims = row.map(|row| {
                        std::iter::once(row.lead).chain(row.competing).map(|figures| figures.current).collect()
                    });
                    (party.clone(), claims.unwrap_or_default())
                })
                .filter(|(_, claims): &(Rc<Party>, Vec<_>)| !claims.is_empty() || dataset.missing != Missing::LeaveOut)
                .collect();
            (measure, rows)
        })
        .collect()
}

/// "<strong>Azerbaijan</strong>: at least 192 soldiers, according to Azerbaijan's Health Ministry
/// (reported by 27 September 2023, APA via Kyiv Independent)", then each competing claim the same
/// way, so every figure names its claimant. A party no claimant gave a figure for has none on the
/// card: never "not reported", which only a claim can say.
fn row(party: &Party, claims: &[&Rc<Claim>], locale: Locale) -> String {
    let words = locale.words();
    let party_name = format!("<strong>{}</strong>", escape(party.name.get(locale)));
    if claims.is_empty() {
        return format!("{party_name}: {}", escape(words.no_figure));
    }
    let figures: Vec<String> = claims.iter().map(|claim| figure(claim, locale)).collect();
    format!("{party_name}: {}", figures.join("; "))
}

fn figure(claim: &Claim, locale: Locale) -> String {
    let phrases = ClaimPhrases::of(claim, locale);
    format!(
        "{}, {} ({}, {})",
        escape(&phrases.figure),
        escape(&phrases.according_to),
        escape(&phrases.as_of),
        outlet(&claim.source, locale.words())
    )
}

/// The outlet, linked when the data gives a safe link, and the outlets it reached us through.
fn outlet(source: &Source, words: &Words) -> String {
    let name = match &source.url {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(&url.to_string()),
            escape(&source.outlet)
        ),
        None => escape(&source.outlet),
    };
    match &source.via {
        Some(via) => format!("{name} {} {}", escape(words.via), outlet(via, words)),
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claims_card_data::dataset::SEED_JSON;

    fn seed() -> Dataset {
        Dataset::from_json(SEED_JSON).unwrap()
    }

    #[test]
    fn every_headline_figure_reads_with_its_claimant_date_and_outlet() {
        let html = plain_html(&seed(), Locale::En, None);
        assert!(html.contains("<li><strong>Azerbaijan</strong>: 192 service members, according to"), "{html}");
        assert!(html.contains("at least 200 people, according to"), "{html}");
        assert!(html.contains("reported by"), "{html}");
        for forbidden in ["<template", "<style", "<script", "{", "data-claims-card"] {
            assert!(!html.contains(forbidden), "{forbidden} in {html}");
        }
    }

    #[test]
    fn with_live_data_it_is_a_card_that_names_its_data() {
        let url = PageUrl::parse("https://data.example.org/a.json?x=1&y=2").unwrap();
        let html = plain_html(&seed(), Locale::Ru, Some(&url));
        assert!(
            html.starts_with(
                "<div data-claims-card data-src=\"https://data.example.org/a.json?x=1&amp;y=2\" lang=\"ru\">"
            ),
            "{html}"
        );
        assert!(html.contains("по данным"), "{html}");
    }

    #[test]
    fn markup_in_the_data_is_text() {
        let json = SEED_JSON.replacen("\"en\":\"Claimed losses", "\"en\":\"<b>bold</b> & Claimed losses", 1);
        assert_ne!(json, SEED_JSON);
        let html = plain_html(&Dataset::from_json(&json).unwrap(), Locale::En, None);
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; "), "{html}");
    }
}
