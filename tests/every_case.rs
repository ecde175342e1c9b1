//! Every kind of report an editor enters (data/examples/example-every-case.json, the seed's news-feed
//! item, and the datasets written from real reports of other wars), in every form: each figure with its
//! party, claimant, outcome, group, bound, period and method, worded by the one phrase builder; a figure
//! covering several parties shown once and added to nothing; bars sharing a scale only within a method.

mod common;

use std::fs;
use std::rc::Rc;

use claims_card_data::dataset::{Claim, Dataset, Figure, Measure, Method, Period};
use claims_card_export::csv::claims_csv;
use claims_card_publish::{card_html, plain_html};
use claims_card_view::words::phrase::{self, ClaimPhrases};
use claims_card_view::words::{Locale, LocaleWords};

fn dataset(path: &str) -> Dataset {
    let path = format!("{}/data/{path}", env!("CARGO_MANIFEST_DIR"));
    common::read_text(&fs::read_to_string(path).expect("the dataset exists"))
}

fn every_case() -> Dataset {
    dataset("examples/example-every-case.json")
}

const DATASETS: [&str; 4] = [
    "examples/example-every-case.json",
    "news-feed-named-dead.json",
    "reported/karabakh-war-2020.json",
    "reported/russia-named-dead-2024-12.json",
];

/// As `common::visible_text` leaves text: every run of whitespace (a no-break space too) one space.
fn norm(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn claim<'a>(dataset: &'a Dataset, id: &str) -> &'a Rc<Claim> {
    dataset.claims().iter().find(|claim| claim.id == id).unwrap_or_else(|| panic!("no claim {id}"))
}

#[test]
fn the_example_uses_every_case_of_the_format() {
    let dataset = every_case();
    let claims = dataset.claims();
    for method in Method::ALL {
        assert!(claims.iter().any(|claim| claim.method == Some(method)), "no {method:?}");
    }
    assert!(claims.iter().any(|claim| claim.method.is_none()));
    for bound in claims_card_data::format::Bound::ALL {
        assert!(claims.iter().any(|claim| claim.figure.bound() == bound), "no {bound:?}");
    }
    assert!(claims.iter().any(|claim| matches!(claim.figure, Figure::Range(range) if range.central().is_some())));
    let kinds: Vec<&str> = claims
        .iter()
        .filter_map(|claim| match claim.period? {
            Period::Year(_) => Some("year"),
            Period::PastMonths(_) => Some("past_months"),
            Period::Dates { .. } => Some("dates"),
        })
        .collect();
    for kind in ["year", "past_months", "dates"] {
        assert!(kinds.contains(&kind), "no period of {kind}");
    }
    assert!(claims.iter().any(|claim| !claim.with.is_empty()), "no figure covering several parties");
    assert!(claims.iter().any(|claim| claim.claimant.label.is_some()), "no claimant label");
    assert!(dataset.standing_line.is_some());
    assert!(dataset.parties().iter().any(|party| party.missing.is_some()));
    for measure in [Measure::KilledAndWounded, Measure::HeldHostage, Measure::Captured] {
        assert!(dataset.measures().contains(&measure), "no {measure:?}");
    }
}

#[test]
fn a_figure_covering_several_parties_is_in_no_row_and_on_no_scale() {
    let dataset = every_case();
    let joint = claim(&dataset, "both-soldiers-un");
    assert_eq!(joint.with.len(), 1);
    let in_rows = dataset
        .parties()
        .iter()
        .filter_map(|party| dataset.row(party, Measure::Killed))
        .any(|row| std::iter::once(&row.lead).chain(&row.competing).any(|figures| figures.current.id == joint.id));
    assert!(!in_rows, "the both-sides figure is in a party's row");
    assert_eq!(dataset.joint(Measure::Killed).map(|claim| claim.id.as_str()).collect::<Vec<_>>(), ["both-soldiers-un"]);
    // The estimate scale is the leaked estimate's and the army's, not the both-sides figure's.
    assert_eq!(dataset.scale_max(Measure::Killed, Some(Method::Estimate)), Some(17_000));
    let card = common::visible_text(common::panel(&card_html(Rc::new(dataset.clone()), Locale::En), "killed"));
    assert_eq!(card.matches("nearly 5,000 soldiers").count(), 1, "{card}");
    assert!(card.contains("Castria and the Tarn Front together · according to the UN mission"), "{card}");
}

#[test]
fn bars_share_a_scale_only_within_one_method() {
    let dataset = every_case();
    assert_eq!(dataset.scale_max(Measure::Killed, Some(Method::OfficialToll)), Some(34_100));
    assert_eq!(dataset.scale_max(Measure::Killed, Some(Method::NamedCount)), Some(28_000));
    assert_eq!(dataset.scale_max(Measure::Killed, Some(Method::StatisticalEstimate)), Some(78_525));
    let html = card_html(Rc::new(dataset.clone()), Locale::En);
    let killed = common::panel(&html, "killed");
    for scale in ["killed/official_toll", "killed/named_count", "killed/statistical_estimate", "killed/estimate"] {
        assert!(killed.contains(&format!(r#"data-scale="{scale}""#)), "no {scale} bar in {killed}");
    }
    assert!(common::visible_text(killed).contains("Bars compare only figures counted the same way."));
    // A figure in words has no bar; a panel of one method says nothing about scales.
    let wounded = common::panel(&html, "wounded");
    assert_eq!(wounded.matches("<svg").count(), 1, "{wounded}");
    assert!(!common::visible_text(wounded).contains("Bars compare"));
}

#[test]
fn a_party_with_figures_only_in_the_breakdown_is_not_told_it_has_none() {
    let html = card_html(Rc::new(every_case()), Locale::En);
    let wounded = common::visible_text(common::panel(&html, "wounded"));
    assert!(!wounded.contains("No figure on this card"), "{wounded}");
    assert!(wounded.contains("dozens of fighters"), "{wounded}");
    // Marenland is left out where it has no figure; the Front is told it has none where it has none.
    let captured = common::visible_text(common::panel(&html, "captured"));
    assert!(!captured.contains("Marenland") && captured.contains("No figure on this card"), "{captured}");
    let hostages = common::visible_text(common::panel(&html, "held_hostage"));
    assert!(hostages.contains("Marenland") && hostages.contains("111 people"), "{hostages}");
}

#[test]
fn labels_say_what_each_claimant_is() {
    let html = common::visible_text(&card_html(Rc::new(every_case()), Locale::En));
    for label in [
        "Health ministry toll · according to Castria's health ministry",
        "Leaked estimate · according to a leaked Castrian army document",
        "Independent count · according to the Castria Names Project",
        "Independent estimate · according to a peer-reviewed study by the University of Lorn",
        "Counter-claim · according to Castria's army",
    ] {
        assert!(html.contains(label), "no {label:?} in {html}");
    }
    assert!(!html.contains("Own figure · according to a leaked"), "{html}");
    assert!(html.contains("Tolls and claims by the sides, beside independent counts"), "{html}");
}

/// Every claim of every dataset, in every language: the card, the plain form and the CSV each carry
/// its figure as the phrase builder words it, with its claimant, its method and its label.
#[test]
fn every_form_carries_every_claim_with_its_caveats() {
    for path in DATASETS {
        let dataset = dataset(path);
        for locale in Locale::ALL {
            let words = locale.words();
            let card = common::visible_text(&card_html(Rc::new(dataset.clone()), locale));
            let plain = common::visible_text(&plain_html(&dataset, locale, None, None));
            let csv = claims_csv(&dataset, locale);
            // An earlier figure is listed under its claimant's later one, which carries the method.
            let mut earlier: Vec<&str> = Vec::new();
            for measure in dataset.measures() {
                for party in dataset.parties() {
                    for figures in dataset
                        .row(party, measure)
                        .into_iter()
                        .flat_map(|row| std::iter::once(row.lead).chain(row.competing))
                    {
                        earlier.extend(figures.earlier.iter().map(|claim| claim.id.as_str()));
                    }
                }
            }
            for claim in dataset.claims() {
                let figure = norm(&phrase::figure(claim, locale));
                let claimant = norm(claim.claimant.name.get(locale));
                assert!(card.contains(&figure), "{path} {locale:?}: card lacks {figure:?}\n{card}");
                assert!(card.contains(&claimant), "{path} {locale:?}: card lacks {claimant:?}");
                if let Some(method) = claim.method.filter(|_| !earlier.contains(&claim.id.as_str())) {
                    let tagged = format!("{} · {}", figure, (words.method_names)(method));
                    assert!(card.contains(&tagged), "{path} {locale:?}: card lacks {tagged:?}\n{card}");
                }
                if let Some(label) = phrase::relation(claim, locale) {
                    assert!(card.contains(&norm(&label)), "{path} {locale:?}: card lacks {label:?}");
                }
                let phrases = ClaimPhrases::of(claim, locale);
                let sentence =
                    if earlier.contains(&claim.id.as_str()) { phrases.earlier(locale) } else { phrases.sentence() };
                let sentence = norm(&sentence);
                assert!(plain.contains(&sentence), "{path} {locale:?}: plain form lacks {sentence:?}\n{plain}");
                assert!(csv.contains(&claim.quote.replace('"', "\"\"")), "{path}: CSV lacks {}", claim.id);
            }
        }
    }
}

#[test]
fn the_csv_has_a_column_for_every_caveat() {
    let csv = claims_csv(&every_case(), Locale::En);
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",central,in_words,period,also_covers,report"), "{header}");
    let row = |id: &str| {
        let quote = &claim(&every_case(), id).quote.clone();
        csv.lines().find(|line| line.contains(quote.as_str())).unwrap_or_else(|| panic!("no row for {id}")).to_owned()
    };
    assert!(row("castria-killed-study").contains(",range,statistical_estimate,,55298,78525,"));
    assert!(row("castria-killed-study").ends_with(",64260,,,,latest"), "{}", row("castria-killed-study"));
    assert!(row("front-killed-own").ends_with(",,hundreds,,,latest"), "{}", row("front-killed-own"));
    assert!(row("castria-casualties-2031").ends_with(",,,2031,,latest"), "{}", row("castria-casualties-2031"));
    assert!(row("castria-killed-past-months").ends_with(",,,P3M,,latest"));
    assert!(
        row("both-soldiers-un").ends_with(",,,2031-01-10/2031-09-25,the Tarn Front,latest"),
        "{}",
        row("both-soldiers-un")
    );
}

#[test]
fn the_seeds_news_feed_item_is_a_card_of_its_own() {
    let dataset = dataset("news-feed-named-dead.json");
    let card = common::visible_text(&card_html(Rc::new(dataset), Locale::En));
    assert!(card.contains("nearly 85,000 soldiers · count of people identified by name"), "{card}");
    assert!(card.contains("more than 20,000 soldiers over the past 12 months · count of people identified by name"));
    // Two periods of one count are two figures, not a revision of one another.
    assert!(!card.contains("Earlier"), "{card}");
    assert!(card.contains("Counts of people identified by name are lower bounds"), "{card}");
    assert!(!card.contains("not independently verified"), "{card}");
}
