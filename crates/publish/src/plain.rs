//! The plain form (`claims-card render --format plain-html`): the card's figures as plain HTML that
//! sanitizers keep (`<p>`, `<strong>`, `<em>`, `<ul><li>`, `<a href>`: WordPress for authors,
//! Drupal's Basic HTML, DOMPurify, newsletters), with no `<template>`, `<style>` or `<script>` whose
//! text could show as CSS or JSON when a sanitizer strips their tags.
//!
//! With `--src`, the text sits inside `<div data-claims-card data-src="…">`: where `embed.js` runs
//! and the data arrives, the card draws over it in a shadow root (which has no slot, so the text is
//! hidden); where no script runs, readers get the text. Made from the same model and words as the
//! card, so it says what the card says, with nothing folded away: every figure (headline, competing,
//! earlier, breakdown) with its qualifier, whom it is about, its relation label, who claims it, as of
//! when, where it was reported and its note; then the context lines and the notes. Nested lists,
//! since every sanitizer keeps `<ul><li>`.

use claims_card_view::words::LocaleWords;
use std::rc::Rc;

use claims_card_data::dataset::{Claim, ClaimantFigures, Dataset, Measure, Missing, Party, Source};
use claims_card_view::words::phrase::{self, ClaimPhrases};
use claims_card_view::words::{fill, Locale, Words};

use super::PageUrl;
use claims_card_view::markup::escape;
use claims_card_view::refresh::RefreshAttributes;

/// The plain form's HTML. `live_data`: the dataset's published address, which makes the block a card
/// wherever `embed.js` runs; without it the block is text only (a card needs data it can read).
/// `refresh`: how often that card re-reads it (data- attributes, which sanitizers keep with `data-src`).
pub fn plain_html(
    dataset: &Dataset,
    locale: Locale,
    live_data: Option<&PageUrl>,
    refresh: Option<&RefreshAttributes>,
) -> String {
    let words = locale.words();
    let mut html = String::new();
    html.push_str(&format!("<p><strong>{}</strong></p>\n", escape(dataset.title.get(locale))));
    if let Some(dek) = &dataset.dek {
        html.push_str(&format!("<p>{}</p>\n", escape(dek.get(locale))));
    }
    html.push_str(&format!("<p><em>{}</em></p>\n", escape(&phrase::standing_line(dataset, locale))));
    for (measure, rows) in headline_figures(dataset) {
        html.push_str(&format!("<p><strong>{}</strong></p>\n<ul>\n", escape((words.measure_names)(measure))));
        for (party, claimants) in rows {
            html.push_str(&row(&party, &claimants, locale));
        }
        html.push_str("</ul>\n");
        let joint: Vec<_> = dataset.joint(measure).collect();
        if !joint.is_empty() {
            html.push_str("<ul>\n");
            for claim in joint {
                html.push_str(&format!("<li>{}</li>\n", claim_html(claim, locale)));
            }
            html.push_str("</ul>\n");
        }
        let breakdown = breakdown_figures(dataset, measure);
        if !breakdown.is_empty() {
            html.push_str(&format!("<p><em>{}</em></p>\n<ul>\n", escape(words.breakdown)));
            for (party, claims) in breakdown {
                html.push_str(&format!("<li><strong>{}</strong>\n<ul>\n", escape(party.name.get(locale))));
                for claim in claims {
                    html.push_str(&format!("<li>{}</li>\n", claim_html(claim, locale)));
                }
                html.push_str("</ul>\n</li>\n");
            }
            html.push_str("</ul>\n");
        }
    }
    if !dataset.context.is_empty() {
        html.push_str(&format!("<p><strong>{}</strong></p>\n<ul>\n", escape(words.context)));
        for line in &dataset.context {
            html.push_str(&format!("<li>{}</li>\n", escape(&phrase::context_line(line, locale))));
        }
        html.push_str("</ul>\n");
    }
    for note in &dataset.notes {
        html.push_str(&format!("<p>{}</p>\n", escape(note.get(locale))));
    }
    if let Some(updated) = dataset.updated {
        html.push_str(&format!("<p>{}</p>\n", escape(&fill(words.updated, &[("date", &words.date(updated))]))));
    }
    for correction in &dataset.corrections {
        html.push_str(&format!(
            "<p><strong>{}, {}:</strong> {}</p>\n",
            escape(words.correction),
            escape(&words.date(correction.date)),
            escape(correction.text.get(locale))
        ));
    }
    let lang = words.tag;
    match live_data {
        Some(url) => {
            let src = escape(url.as_str());
            let refresh = refresh.map(RefreshAttributes::markup).unwrap_or_default();
            format!("<div data-claims-card data-src=\"{src}\"{refresh} lang=\"{lang}\">\n{html}</div>\n")
        }
        None => format!("<div lang=\"{lang}\">\n{html}</div>\n"),
    }
}

/// A party and each claimant's headline figures about its losses for one measure, the lead first (as
/// the card's row shows them), each with the earlier figures it revised: none when no claimant gave one.
pub type HeadlineRow<'a> = (Rc<Party>, Vec<ClaimantFigures<'a>>);

/// Per measure (in the card's order) and party (in the dataset's), every claimant's headline figures:
/// what the card's comparison rows show. A party with none is left out where the dataset says so
/// (`missing: leave_out`), or has figures only in the breakdown, as on the card.
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
                    let claimants = row.map(|row| std::iter::once(row.lead).chain(row.competing).collect());
                    (party.clone(), claimants.unwrap_or_default())
                })
                // As on the card: a party with no row is left out where the editor says so, and where its
                // only figures are in the breakdown (the card has figures for it there).
                .filter(|(party, claimants): &(Rc<Party>, Vec<_>)| {
                    !claimants.is_empty()
                        || (dataset.missing_for(party) != Missing::LeaveOut && !dataset.has_figures(party, measure))
                })
                .collect();
            (measure, rows)
        })
        .collect()
}

/// A party and its breakdown figures for one measure.
pub type BreakdownRow<'a> = (Rc<Party>, Vec<&'a Rc<Claim>>);

/// Each party's breakdown figures for a measure, as the card's breakdown lists them: grouped by
/// claimant in the order the dataset first gives each. Parties with none are left out, as on the card.
pub fn breakdown_figures(dataset: &Dataset, measure: Measure) -> Vec<BreakdownRow<'_>> {
    dataset
        .parties()
        .iter()
        .filter_map(|party| {
            let mut by_claimant: Vec<Vec<&Rc<Claim>>> = Vec::new();
            for claim in dataset.breakdown(party, measure) {
                match by_claimant.iter_mut().find(|group| group[0].claimant.id == claim.claimant.id) {
                    Some(group) => group.push(claim),
                    None => by_claimant.push(vec![claim]),
                }
            }
            let claims: Vec<_> = by_claimant.into_iter().flatten().collect();
            (!claims.is_empty()).then(|| (party.clone(), claims))
        })
        .collect()
}

/// "<li><strong>Azerbaijan</strong>" and a list of its claimants' figures, each labelled as the card
/// labels it, with its claimant, date and outlet, its note, and beneath it the figures it revised. A
/// party no claimant gave a figure for has none on the card: never "not reported", which only a
/// claim can say.
fn row(party: &Party, claimants: &[ClaimantFigures<'_>], locale: Locale) -> String {
    let words = locale.words();
    let party_name = format!("<strong>{}</strong>", escape(party.name.get(locale)));
    if claimants.is_empty() {
        return format!("<li>{party_name}: {}</li>\n", escape(words.no_figure));
    }
    let mut html = format!("<li>{party_name}\n<ul>\n");
    for figures in claimants {
        html.push_str(&format!("<li>{}", current_html(figures, locale)));
        if !figures.earlier.is_empty() {
            html.push_str("\n<ul>\n");
            for earlier in &figures.earlier {
                let phrases = linked_phrases(earlier, locale);
                html.push_str(&format!("<li>{}{}</li>\n", phrases.earlier(locale), note(&phrases)));
            }
            html.push_str("</ul>\n");
        }
        html.push_str("</li>\n");
    }
    html.push_str("</ul>\n</li>\n");
    html
}

/// A claimant's current figure as `claim_html` gives it, with its change since the newest figure it
/// revised.
fn current_html(figures: &ClaimantFigures<'_>, locale: Locale) -> String {
    let mut phrases = linked_phrases(figures.current, locale);
    phrases.history = phrase::history(figures.current, &figures.earlier, locale).map(|text| escape(&text));
    labelled_html(phrases)
}

/// "<em>Counter-claim</em>: about 3,000 soldiers, according to … (reported by …, <a>Outlet</a>). Note."
fn claim_html(claim: &Claim, locale: Locale) -> String {
    labelled_html(linked_phrases(claim, locale))
}

fn labelled_html(mut phrases: ClaimPhrases) -> String {
    let label = match phrases.relation.take() {
        Some(relation) => format!("<em>{relation}</em>: "),
        None => String::new(),
    };
    format!("{label}{}{}", phrases.sentence(), note(&phrases))
}

/// The claim's phrases as HTML, its outlet linked.
fn linked_phrases(claim: &Claim, locale: Locale) -> ClaimPhrases {
    let mut phrases = ClaimPhrases::of(claim, locale).escaped();
    phrases.outlet = outlet(&claim.source, locale.words());
    phrases
}

/// ". Civilians included.": the claim's note after its sentence.
fn note(phrases: &ClaimPhrases) -> String {
    phrases.note.as_ref().map(|note| format!(". {note}")).unwrap_or_default()
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
        let html = plain_html(&seed(), Locale::En, None, None);
        assert!(
            html.contains("<li><strong>Azerbaijan</strong>\n<ul>\n<li>192 service members, according to"),
            "{html}"
        );
        assert!(html.contains("at least 200 people, according to"), "{html}");
        assert!(html.contains("reported by"), "{html}");
        for forbidden in ["<template", "<style", "<script", "{", "data-claims-card"] {
            assert!(!html.contains(forbidden), "{forbidden} in {html}");
        }
    }

    #[test]
    fn with_live_data_it_is_a_card_that_names_its_data() {
        let url = PageUrl::parse("https://data.example.org/a.json?x=1&y=2").unwrap();
        let html = plain_html(&seed(), Locale::Ru, Some(&url), None);
        assert!(
            html.starts_with(
                "<div data-claims-card data-src=\"https://data.example.org/a.json?x=1&amp;y=2\" lang=\"ru\">"
            ),
            "{html}"
        );
        assert!(html.contains("по данным"), "{html}");
    }

    #[test]
    fn a_live_block_says_how_often_it_re_reads_its_data() {
        let url = PageUrl::parse("https://data.example.org/a.json").unwrap();
        let refresh = RefreshAttributes::published("5m", Some("30m")).unwrap();
        let html = plain_html(&seed(), Locale::En, Some(&url), Some(&refresh));
        assert!(
            html.starts_with(
                "<div data-claims-card data-src=\"https://data.example.org/a.json\" data-refresh=\"5m\" \
                 data-stale-after=\"30m\" lang=\"en\">"
            ),
            "{html}"
        );
    }

    #[test]
    fn markup_in_the_data_is_text() {
        let json = SEED_JSON.replacen("\"en\":\"Claimed losses", "\"en\":\"<b>bold</b> & Claimed losses", 1);
        assert_ne!(json, SEED_JSON);
        let html = plain_html(&Dataset::from_json(&json).unwrap(), Locale::En, None, None);
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; "), "{html}");
    }
}
