//! The card as a screen reader hears it, in the server's markup (the browser's first render is the
//! same): every claim says whose losses it counts; no two source disclosures share a name and none
//! is only a date; a range is said in words; separators are never read; the outline is title,
//! measure, party; no capitals made by CSS.

mod common;

use std::fs;
use std::rc::Rc;

use claims_card_data::dataset::{Dataset, Measure};
use claims_card_publish::{card_html, card_html_at, plain_html_at, snippet, PageUrl, SnippetOptions};
use claims_card_view::card::STYLE;
use claims_card_view::heading::HeadingLevel;
use claims_card_view::words::{Locale, LocaleWords};

fn dataset(path: &str) -> Dataset {
    let path = format!("{}/data/{path}", env!("CARGO_MANIFEST_DIR"));
    common::read_text(&fs::read_to_string(path).expect("the dataset exists"))
}

/// What a listener hears of every `<tag …>` whose class list is `class` (any, when empty), each
/// to its first `</tag>` (none of these nest in themselves).
fn texts_of(html: &str, tag: &str, class: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let tag_end = start + rest[start..].find('>').expect("the tag ends");
        let end = start + rest[start..].find(&close).expect("the element ends");
        let named = rest[start + open.len()..].starts_with([' ', '>']);
        if named && (class.is_empty() || rest[start..tag_end].contains(&format!(r#"class="{class}""#))) {
            // An element's aria-label is what it is named, in place of its text.
            let label = rest[start..tag_end].split(r#"aria-label=""#).nth(1).and_then(|label| label.split('"').next());
            found.push(match label {
                Some(label) => common::visible_text(label),
                None => heard(&rest[start..end]),
            });
        }
        rest = &rest[start + open.len()..];
    }
    found
}

/// What a listener hears of some markup: its text, hidden text included, `aria-hidden` text left out.
fn heard(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find(r#"aria-hidden="true""#) {
        let tag_start = rest[..start].rfind('<').expect("in a tag");
        text.push_str(&rest[..tag_start]);
        let name: String = rest[tag_start + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let end = start + rest[start..].find(&format!("</{name}>")).expect("the element ends") + name.len() + 3;
        rest = &rest[end..];
    }
    text.push_str(rest);
    common::visible_text(
        &text.replace(r#"<span class="visually-hidden">"#, "<span>").replace(r#"<span class="pause">"#, "<span>"),
    )
}

#[test]
fn every_claim_names_whose_losses_it_counts() {
    let dataset = dataset("examples/example-competing-claims.json");
    let card = card_html(Rc::new(dataset.clone()), Locale::En);
    let panel = common::panel(&card, "killed");
    let claims = texts_of(panel, "li", "claim");
    assert!(claims.len() >= 6, "{claims:?}");
    for claim in &claims {
        let party =
            dataset.parties().iter().find(|party| claim.starts_with(&format!("{}:", party.name.get(Locale::En))));
        assert!(party.is_some(), "a claim heard without its party: {claim}");
    }
    assert!(
        claims.iter().any(|claim| claim.starts_with("Rusk: Counter-claim, according to Veldora's defence ministry")),
        "{claims:?}"
    );
}

#[test]
fn no_two_disclosures_share_a_name_and_none_is_only_a_date() {
    for path in ["seed.json", "examples/example-competing-claims.json", "examples/example-every-case.json"] {
        for locale in [Locale::En, Locale::Ru] {
            let card = card_html(Rc::new(dataset(path)), locale);
            // Each measure's panel is what a listener hears at once (the others are hidden).
            for measure in ["killed", "wounded"] {
                if !card.contains(&format!(r#"<section data-measure="{measure}""#)) {
                    continue;
                }
                let names = texts_of(common::panel(&card, measure), "summary", "");
                // A source's disclosure names whose figure it is and who claims it; the breakdown's
                // names its measure.
                let words = locale.words();
                let according_to = words.according_to("").trim().to_owned();
                let measure_name = (words.measure_names)(Measure::from_key(measure).unwrap());
                for name in &names {
                    assert!(
                        name.contains(&according_to) || name.ends_with(&format!(": {measure_name}")),
                        "{path}: a name without its figure: {name}"
                    );
                }
                let mut unique = names.clone();
                unique.sort();
                unique.dedup();
                assert_eq!(unique.len(), names.len(), "{path} {locale:?} {measure}: names repeat: {names:#?}");
            }
        }
    }
}

#[test]
fn a_range_is_said_in_words_a_spaced_number_ungrouped_and_separators_not_at_all() {
    let card = card_html(Rc::new(dataset("examples/example-competing-claims.json")), Locale::En);
    let heard = heard(common::panel(&card, "killed"));
    assert!(heard.contains("900 to 1,400 soldiers"), "{heard}");
    assert!(!heard.contains("900–1,400"), "{heard}");
    assert!(!heard.contains('·'), "{heard}");
    let russian = heard_of(&card_html(Rc::new(dataset("examples/example-competing-claims.json")), Locale::Ru));
    assert!(russian.contains("от 900 до 1400"), "{russian}");
    // A number grouped by a space is heard ungrouped: eSpeak NG reads "1 150" as two numbers.
    assert!(russian.contains("около 1150 солдат") && !russian.contains("1\u{a0}150 солдат"), "{russian}");
    assert!(russian.contains("Источник: около 3000 солдат (Руск)"), "{russian}");
    // English groups with a comma, which every voice reads as one number: heard as shown.
    assert!(heard.contains("about 1,150 soldiers"), "{heard}");
}

fn heard_of(card: &str) -> String {
    heard(common::panel(card, "killed"))
}

#[test]
fn the_outline_is_title_measure_party() {
    let card = card_html(Rc::new(dataset("examples/example-competing-claims.json")), Locale::En);
    assert_eq!(texts_of(&card, "h2", ""), ["Example: claimed losses in a fictional war between Veldora and Rusk"]);
    let measures = texts_of(&card, "h3", "panel-title");
    assert_eq!(measures, ["Killed", "Wounded"]);
    let killed = texts_of(common::panel(&card, "killed"), "h4", "");
    assert_eq!(killed[..3], ["Rusk", "Veldora", "Marren Lake peacekeeping force"]);
    // CSS capitals reach the accessibility tree as capitals: small capitals do not.
    assert!(!STYLE.contains("uppercase"));
}

#[test]
fn a_card_in_a_section_headed_h2_starts_its_outline_at_h3() {
    let dataset = Rc::new(dataset("examples/example-competing-claims.json"));
    let level = HeadingLevel::read("3").unwrap();
    let card = card_html_at(dataset.clone(), Locale::En, level);
    assert!(texts_of(&card, "h2", "").is_empty(), "nothing is left at h2");
    assert_eq!(texts_of(&card, "h3", "title"), ["Example: claimed losses in a fictional war between Veldora and Rusk"]);
    assert_eq!(texts_of(&card, "h4", "panel-title"), ["Killed", "Wounded"]);
    assert_eq!(texts_of(common::panel(&card, "killed"), "h5", "who")[..2], ["Rusk", "Veldora"]);
    assert_eq!(
        texts_of(&card, "h4", "section-title"),
        texts_of(&card_html(dataset.clone(), Locale::En), "h3", "section-title")
    );
    assert!(!texts_of(&card, "h5", "breakdown-name").is_empty());
    // The plain form follows, with its breakdown's parties one further down, and tells the card drawn
    // over it the same level.
    let url = PageUrl::parse("https://data.example.org/a.json").unwrap();
    let plain = plain_html_at(&dataset, Locale::En, Some(&url), None, level);
    assert!(
        plain
            .starts_with("<div data-claims-card data-src=\"https://data.example.org/a.json\" data-heading-level=\"3\""),
        "{plain}"
    );
    assert!(
        plain.contains("<h3>Example: claimed losses") && plain.contains("<h4>Killed</h4>\n<h5>Rusk</h5>"),
        "{plain}"
    );
    assert!(!plain.contains("<h2") && plain.contains("<h6>"), "{plain}");
    // And the snippet's element says so, for the browser that takes the card over.
    let options = SnippetOptions { heading: level, ..SnippetOptions::default() };
    let pasted = snippet(
        dataset.clone(),
        &fs::read_to_string(format!("{}/data/examples/example-competing-claims.json", env!("CARGO_MANIFEST_DIR")))
            .unwrap(),
        &options,
    );
    assert!(pasted.starts_with("<claims-card lang=\"en\" data-heading-level=\"3\">"), "{pasted}");
    assert_eq!(card_html_at(dataset.clone(), Locale::En, HeadingLevel::default()), card_html(dataset, Locale::En));
}

#[test]
fn text_a_language_lacks_is_marked_with_its_own() {
    // The seed is written in English and translated in part: a Russian card marks what stays English.
    let dataset = dataset("examples/example-competing-claims.json");
    let russian = card_html(Rc::new(dataset.clone()), Locale::Ru);
    let title = dataset.title.get_with_lang(Locale::Ru);
    if title.1 != Locale::Ru {
        assert!(russian.contains(&format!(r#"lang="{}""#, title.1.tag())), "the untranslated title is not marked");
    }
    for party in dataset.parties() {
        let (name, language) = party.name.get_with_lang(Locale::Ru);
        let marked = russian.contains(&format!(r#"<span lang="{}" class="party">{name}</span>"#, language.tag()));
        assert_eq!(marked, language != Locale::Ru, "{name}");
    }
    // A card in the dataset's own language marks nothing.
    assert!(!card_html(Rc::new(dataset), Locale::En).contains(r#"lang="en" class"#));
}

#[test]
fn quotes_are_marked_with_the_pieces_language_and_names_with_the_editors() {
    let path = format!("{}/data/examples/example-competing-claims.json", env!("CARGO_MANIFEST_DIR"));
    let mut json: serde_json::Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    // The first source's piece is in Russian; the rest are the dataset's English.
    json["sources"][0]["language"] = "ru".into();
    let first_source = json["sources"][0]["id"].as_str().unwrap().to_owned();
    let dataset = Rc::new(common::read_text(&json.to_string()));
    let from_first = dataset.claims().iter().filter(|claim| claim.source.id == first_source).count();
    assert!(from_first > 0 && from_first < dataset.claims().len());
    let quotes = |html: &str, lang: &str| html.matches(&format!(r#"<blockquote lang="{lang}" class="quote">"#)).count();
    let english = card_html(dataset.clone(), Locale::En);
    assert_eq!(quotes(&english, "ru"), from_first, "a Russian quote in an English card");
    assert_eq!(english.matches(r#"<blockquote class="quote">"#).count(), dataset.claims().len() - from_first);
    let russian = card_html(dataset.clone(), Locale::Ru);
    assert_eq!(russian.matches(r#"<blockquote class="quote">"#).count(), from_first, "the Russian quotes need no mark");
    assert_eq!(quotes(&russian, "en"), dataset.claims().len() - from_first);
    // Outlets and claimants as the editor wrote them, in English, inside the Russian phrases.
    let outlet = &dataset.claims()[0].source.outlet;
    assert!(russian.contains(&format!(r#"<span lang="en">{outlet}</span>"#)), "{outlet}");
    // A dataset whose claimants are not translated: each name marked inside "по данным …".
    let karabakh = Rc::new(self::dataset("reported/karabakh-war-2020.json"));
    let russian = card_html(karabakh.clone(), Locale::Ru);
    let untranslated: Vec<_> =
        karabakh.claims().iter().filter(|claim| !claim.claimant.name.is_translated(Locale::Ru)).collect();
    assert!(!untranslated.is_empty());
    for claim in untranslated {
        let name = claim.claimant.name.get(Locale::Ru);
        let marked = format!(r#"по данным <span lang="en">{name}</span></p>"#);
        assert!(russian.contains(&marked), "{marked}");
    }
    // A real dataset's Portuguese and Italian reports: their quotes and outlets in their own language,
    // in the English card too.
    let english = card_html(karabakh.clone(), Locale::En);
    assert!(english.contains(r#"<blockquote lang="pt" class="quote">“Baku não tinha"#), "Portuguese quote");
    assert!(english.contains(r#"<blockquote lang="it" class="quote">“Sono 2.855"#), "Italian quote");
    assert!(english.contains(r#"<span lang="pt">Notícias ao Minuto</span>"#), "Portuguese outlet");
    // And inside the words a source's disclosure is named by.
    let summary = r#"(<span lang="en">Azerbaijan</span>), по данным <span lang="en">Azerbaijan's Defence Ministry</span>: </span>"#;
    assert!(russian.contains(summary), "{summary}");
}
