//! The plain form (`claims-card render --format plain-html`): the card's figures as plain HTML that
//! sanitizers keep (`<h2>`–`<h5>`, `<p>`, `<strong>`, `<em>`, `<ul><li>`, `<a href>`, `<span lang>`:
//! WordPress for authors, Drupal's Basic HTML, DOMPurify, newsletters), with no `<template>`, `<style>`
//! or `<script>` whose text could show as CSS or JSON when a sanitizer strips their tags.
//!
//! With `--src`, the text sits inside `<div data-claims-card data-src="…">`: where `embed.js` runs
//! and the data arrives, the card draws over it in a shadow root (which has no slot, so the text is
//! hidden); where no script runs, readers get the text. Made from the same model and words as the
//! card, so it says what the card says, with nothing folded away: every figure (headline, competing,
//! earlier, breakdown) with its qualifier, whom it is about, its relation label, who claims it, as of
//! when, where it was reported and its note; then the context lines and the notes.
//!
//! For a listener: an outline to move through (title, measure, party: h2, h3, h4 by default, or from
//! the level `--heading-level` names), one list item per
//! claim under the heading of the party whose losses it counts, each led by its relation label; and
//! every text the dataset has not translated into the card's language marked with its own `lang`, so
//! a voice reads it in that language. Where a sanitizer drops headings or `lang` (Drupal keeps no
//! `lang`), the text stays, in the same order.

use claims_card_view::words::LocaleWords;
use std::rc::Rc;

use claims_card_data::dataset::{Claim, ClaimantFigures, Dataset, Measure, Missing, Party, Source, Text};
use claims_card_view::words::phrase::{self, ClaimPhrases};
use claims_card_view::words::{fill, Locale};

use super::PageUrl;
use claims_card_view::heading::HeadingLevel;
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
    plain_html_at(dataset, locale, live_data, refresh, HeadingLevel::default())
}

/// `plain_html` with its title at `heading`'s level (a card in a section headed `<h2>` starts at `<h3>`),
/// and the block carrying `data-heading-level` for the card drawn over it.
pub fn plain_html_at(
    dataset: &Dataset,
    locale: Locale,
    live_data: Option<&PageUrl>,
    refresh: Option<&RefreshAttributes>,
    heading: HeadingLevel,
) -> String {
    let words = locale.words();
    let mut html = String::new();
    html.push_str(&element(heading.title(), &dataset.title, locale));
    if let Some(dek) = &dataset.dek {
        html.push_str(&element("p", dek, locale));
    }
    let mut standing = escape(&phrase::standing_line(dataset, locale));
    if let Some(line) = &dataset.standing_line {
        standing = mark_within(standing, line, locale);
    }
    html.push_str(&format!("<p><em>{standing}</em></p>\n"));
    for (measure, rows) in headline_figures(dataset) {
        let h_measure = heading.measure();
        html.push_str(&format!("<{h_measure}>{}</{h_measure}>\n", escape((words.measure_names)(measure))));
        for (party, claimants) in rows {
            html.push_str(&row(&party, &claimants, locale, heading));
        }
        // A figure covering several parties: under a heading naming them all, as its label does.
        for claim in dataset.joint(measure) {
            let whose = around(&phrase::whose(claim, locale), &party_names(claim), locale);
            let h_party = heading.party();
            html.push_str(&format!(
                "<{h_party}>{whose}</{h_party}>\n<ul>\n<li>{}</li>\n</ul>\n",
                claim_html(claim, locale)
            ));
        }
        let breakdown = breakdown_figures(dataset, measure);
        if !breakdown.is_empty() {
            let h_breakdown = heading.party();
            html.push_str(&format!("<{h_breakdown}>{}</{h_breakdown}>\n", escape(words.breakdown)));
            for (party, claims) in breakdown {
                html.push_str(&element(heading.below(3), &party.name, locale));
                html.push_str("<ul>\n");
                for claim in claims {
                    html.push_str(&format!("<li>{}</li>\n", claim_html(claim, locale)));
                }
                html.push_str("</ul>\n");
            }
        }
    }
    if !dataset.context.is_empty() {
        let h_context = heading.measure();
        html.push_str(&format!("<{h_context}>{}</{h_context}>\n<ul>\n", escape(words.context)));
        for line in &dataset.context {
            let text = mark_within(escape(&phrase::context_line(line, locale)), &line.text, locale);
            html.push_str(&format!("<li>{text}</li>\n"));
        }
        html.push_str("</ul>\n");
    }
    for note in &dataset.notes {
        html.push_str(&element("p", note, locale));
    }
    if let Some(updated) = dataset.updated {
        html.push_str(&format!("<p>{}</p>\n", escape(&fill(words.updated, &[("date", &words.date(updated))]))));
    }
    for correction in &dataset.corrections {
        html.push_str(&format!(
            "<p><strong>{}, {}:</strong> {}</p>\n",
            escape(words.correction),
            escape(&words.date(correction.date)),
            marked(&correction.text, locale)
        ));
    }
    let lang = words.tag;
    match live_data {
        Some(url) => {
            let src = escape(url.as_str());
            let refresh = refresh.map(RefreshAttributes::markup).unwrap_or_default();
            let heading = heading.markup();
            format!("<div data-claims-card data-src=\"{src}\"{refresh}{heading} lang=\"{lang}\">\n{html}</div>\n")
        }
        None => format!("<div lang=\"{lang}\">\n{html}</div>\n"),
    }
}

/// `<h2>Title</h2>`: an element holding one dataset text, with the text's `lang` where the dataset has
/// not translated it into the card's language.
fn element(tag: &str, text: &Text, locale: Locale) -> String {
    let (said, language) = text.get_with_lang(locale);
    let lang = if language == locale { String::new() } else { format!(" lang=\"{}\"", language.tag()) };
    format!("<{tag}{lang}>{}</{tag}>\n", escape(said))
}

/// A dataset text, escaped, in `<span lang>` where the dataset has not translated it into the card's
/// language.
fn marked(text: &Text, locale: Locale) -> String {
    match text.get_with_lang(locale) {
        (said, language) if language == locale => escape(said),
        (said, language) => format!("<span lang=\"{}\">{}</span>", language.tag(), escape(said)),
    }
}

/// `html` (a phrase already escaped) with the untranslated `text` inside it marked with its `lang`.
fn mark_within(html: String, text: &Text, locale: Locale) -> String {
    if text.is_translated(locale) {
        return html;
    }
    html.replacen(&escape(text.get(locale)), &marked(text, locale), 1)
}

/// A phrase of the card's words around dataset texts, escaped, each untranslated text in it marked.
fn around(phrase: &str, texts: &[&Text], locale: Locale) -> String {
    texts.iter().fold(escape(phrase), |html, text| mark_within(html, text, locale))
}

/// The names of the parties a figure covers together.
fn party_names(claim: &Claim) -> Vec<&Text> {
    std::iter::once(&claim.party).chain(claim.with.iter()).map(|party| &party.name).collect()
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

/// `<h4>Azerbaijan</h4>` and a list of its claimants' figures, one item each, led by the label the
/// card gives it, with its claimant, date and outlet, its note, and beneath it the figures it revised.
/// A party no claimant gave a figure for has none on the card: never "not reported", which only a
/// claim can say.
fn row(party: &Party, claimants: &[ClaimantFigures<'_>], locale: Locale, heading: HeadingLevel) -> String {
    let mut html = element(heading.party(), &party.name, locale);
    if claimants.is_empty() {
        html.push_str(&format!("<p>{}</p>\n", escape(locale.words().no_figure)));
        return html;
    }
    html.push_str("<ul>\n");
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
    html.push_str("</ul>\n");
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

/// The claim's phrases as HTML, its outlet linked, the dataset's texts the card's language lacks
/// marked with their own (the claimant, its label, the source's hedge and words, the note).
fn linked_phrases(claim: &Claim, locale: Locale) -> ClaimPhrases {
    let mut phrases = ClaimPhrases::of(claim, locale).escaped();
    phrases.outlet = outlet(&claim.source, locale);
    phrases.according_to = mark_within(phrases.according_to, &claim.claimant.name, locale);
    phrases.relation = phrases.relation.map(|relation| match (&claim.claimant.label, claim.with.is_empty()) {
        (_, false) => around(&phrase::whose(claim, locale), &party_names(claim), locale),
        (Some(label), true) => mark_within(relation, label, locale),
        (None, true) => relation,
    });
    for text in [&claim.hedge, &claim.in_words].into_iter().flatten() {
        phrases.figure = mark_within(phrases.figure, text, locale);
    }
    if let Some(text) = &claim.note {
        phrases.note = Some(marked(text, locale));
    }
    phrases
}

/// ". Civilians included.": the claim's note after its sentence.
fn note(phrases: &ClaimPhrases) -> String {
    phrases.note.as_ref().map(|note| format!(". {note}")).unwrap_or_default()
}

/// The outlet, linked when the data gives a safe link, and the outlets it reached us through; each
/// name marked with its piece's language where that is not the card's.
fn outlet(source: &Source, locale: Locale) -> String {
    let name = match source.language.as_str() {
        language if language == locale.tag() => escape(&source.outlet),
        language => format!("<span lang=\"{}\">{}</span>", escape(language), escape(&source.outlet)),
    };
    let name = match &source.url {
        Some(url) => format!("<a href=\"{}\" rel=\"noopener noreferrer\">{name}</a>", escape(&url.to_string())),
        None => name,
    };
    match &source.via {
        Some(via) => format!("{name} {} {}", escape(locale.words().via), outlet(via, locale)),
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
        assert!(html.contains("<h4>Azerbaijan</h4>\n<ul>\n<li>192 service members, according to"), "{html}");
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

    const COMPETING: &str = include_str!("../../../data/examples/example-competing-claims.json");

    #[test]
    fn an_outline_of_title_measure_and_party() {
        let html = plain_html(&seed(), Locale::En, None, None);
        let headings: Vec<&str> = html.lines().filter(|line| line.starts_with("<h")).map(|line| &line[..3]).collect();
        assert_eq!(headings.first(), Some(&"<h2"), "{html}");
        assert!(html.contains("<h2>Claimed losses in the September 2023 offensive</h2>"), "{html}");
        assert!(html.contains("<h3>Killed</h3>\n<h4>Azerbaijan</h4>"), "{html}");
        assert!(html.contains("<h4>Nagorno-Karabakh</h4>"), "{html}");
        assert!(!html.contains("<strong>Azerbaijan"), "{html}");
    }

    #[test]
    fn each_competing_claim_is_its_own_item_under_its_party_with_its_label() {
        let html = plain_html(&Dataset::from_json(COMPETING).unwrap(), Locale::En, None, None);
        let veldora = html.split("<h4>Veldora</h4>\n<ul>\n").nth(1).expect(&html);
        let items: Vec<&str> =
            veldora.split("\n</ul>").next().unwrap().lines().filter(|l| l.starts_with("<li>")).collect();
        assert!(items.len() >= 2, "{veldora}");
        for item in &items {
            assert!(item.starts_with("<li><em>"), "an item without its label: {item}");
        }
        assert!(items.iter().any(|item| item.starts_with("<li><em>Counter-claim</em>: ")), "{items:?}");
    }

    #[test]
    fn what_the_dataset_has_not_translated_carries_its_own_lang() {
        let html = plain_html(&Dataset::from_json(COMPETING).unwrap(), Locale::Ru, None, None);
        assert!(html.starts_with("<div lang=\"ru\">\n<h2 lang=\"en\">Example: claimed losses"), "{html}");
        assert!(html.contains("<p lang=\"en\">Invented figures"), "{html}");
        // Translated texts take the card's language.
        assert!(html.contains("<h4>Вельдора</h4>"), "{html}");
        assert!(html.contains("министерства обороны Вельдоры"), "{html}");
        assert!(!html.contains("<span lang=\"en\">министерства"), "{html}");
        // The seed is translated throughout: only the outlets' names, as the editor wrote them, are marked.
        let dataset = seed();
        let mut rest = plain_html(&dataset, Locale::Ru, None, None);
        assert!(rest.contains("<span lang=\"en\">Kyiv Independent</span>"), "{rest}");
        for source in dataset.sources() {
            rest = rest.replace(&format!("<span lang=\"en\">{}</span>", escape(&source.outlet)), "");
        }
        assert!(!rest.contains(" lang=\"en\""), "{rest}");
    }
}
