//! The seed dataset carries exactly the figures its sources give: each with its party, bound, group,
//! claimant, source and date, and no figure the sources did not state.

mod common;

use std::collections::BTreeSet;

use claims_card_data::dataset::{AsOf, CalendarDate, Claim, Dataset, Figure, Group, Measure};

const AZ_CLAIMANT: &str = "Azerbaijan's Health Ministry";
const NK_CLAIMANT: &str = "the authorities of the self-proclaimed Nagorno-Karabakh Republic";

/// One claim as the seed must carry it.
#[derive(Debug, PartialEq)]
struct Expected<'a> {
    id: &'a str,
    party: &'a str,
    claimant: &'a str,
    measure: Measure,
    group: Group,
    figure: Figure,
    hedge: Option<&'a str>,
    source: &'a str,
    via: Option<&'a str>,
    headline: bool,
}

/// Every claim of the seed, in the dataset's order.
fn expected_claims() -> Vec<Expected<'static>> {
    use Figure::{About, AtLeast, Exact, MoreThan};
    use Group::{Children, Civilians, InteriorMinistry, People, ServiceMembers, Soldiers};
    use Measure::{Killed, Wounded};

    let az = |id, measure, group, figure, source, via, headline| Expected {
        id,
        party: "Azerbaijan",
        claimant: AZ_CLAIMANT,
        measure,
        group,
        figure,
        hedge: None,
        source,
        via,
        headline,
    };
    let nk = |id, measure, group, figure, hedge, headline| Expected {
        id,
        party: "Nagorno-Karabakh",
        claimant: NK_CLAIMANT,
        measure,
        group,
        figure,
        hedge,
        source: "kyiv-independent",
        via: None,
        headline,
    };
    let apa = Some("kyiv-independent");
    let allegedly = Some("allegedly");
    vec![
        az("az-killed-service-members", Killed, ServiceMembers, Exact(192), "kyiv-independent", None, true),
        az("az-killed-soldiers", Killed, Soldiers, Exact(180), "apa", apa, false),
        az("az-killed-interior-ministry", Killed, InteriorMinistry, Exact(12), "apa", apa, false),
        az("az-killed-civilians", Killed, Civilians, Exact(1), "apa", apa, false),
        az("az-wounded-service-members", Wounded, ServiceMembers, About(511), "apa", apa, true),
        az("az-wounded-civilians", Wounded, Civilians, Exact(1), "apa", apa, false),
        nk("nk-killed-people", Killed, People, AtLeast(200), None, true),
        nk("nk-wounded-people", Wounded, People, AtLeast(400), None, true),
        nk("nk-killed-civilians", Killed, Civilians, Exact(10), allegedly, false),
        nk("nk-killed-children", Killed, Children, Exact(5), allegedly, false),
        nk("nk-wounded-civilians", Wounded, Civilians, MoreThan(40), allegedly, false),
        nk("nk-wounded-children", Wounded, Children, Exact(13), allegedly, false),
    ]
}

fn described(claim: &Claim) -> Expected<'_> {
    Expected {
        id: &claim.id,
        party: &claim.party.name,
        claimant: &claim.claimant.name,
        measure: claim.measure,
        group: claim.group,
        figure: claim.figure,
        hedge: claim.hedge.as_deref(),
        source: &claim.source.id,
        via: claim.source.via.as_ref().map(|via| via.id.as_str()),
        headline: claim.headline,
    }
}

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).unwrap()
}

fn claim<'a>(dataset: &'a Dataset, id: &str) -> &'a Claim {
    dataset.claims().iter().find(|claim| claim.id == id).unwrap_or_else(|| panic!("no claim {id}"))
}

#[test]
fn the_compiled_in_seed_is_data_seed_json() {
    let read = common::seed();
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/seed.json")).unwrap();
    assert_eq!(Dataset::from_json(&file).unwrap(), read);
    assert_eq!(read.id, "nagorno-karabakh-2023-09");
    assert_eq!(read.title, "Claimed losses in the September 2023 offensive");
    assert_eq!(read.event.start, date("2023-09-19"));
    assert_eq!(read.event.end, Some(date("2023-09-20")));
}

#[test]
fn the_seed_has_two_parties_in_order() {
    let seed = common::seed();
    let parties: Vec<(&str, &str, usize)> =
        seed.parties().iter().map(|party| (party.id.as_str(), party.name.original(), party.slot)).collect();
    assert_eq!(parties, [("az", "Azerbaijan", 0), ("nk", "Nagorno-Karabakh", 1)]);
}

#[test]
fn the_seed_carries_exactly_the_claimed_figures() {
    let seed = common::seed();
    let actual: Vec<Expected> = seed.claims().iter().map(|claim| described(claim)).collect();
    assert_eq!(actual, expected_claims());
}

#[test]
fn every_seed_figure_was_reported_by_27_september_2023() {
    let seed = common::seed();
    for claim in seed.claims() {
        assert_eq!(claim.as_of, AsOf::ReportedBy(date("2023-09-27")), "{}", claim.id);
    }
}

#[test]
fn headlines_and_breakdowns_are_split_per_party_and_measure() {
    let seed = common::seed();
    let [az, nk] = seed.parties() else { panic!("the seed should have two parties") };
    let headline = |party, measure| seed.headline(party, measure).map(|claim| (claim.figure, claim.group));
    assert_eq!(headline(az, Measure::Killed), Some((Figure::Exact(192), Group::ServiceMembers)));
    assert_eq!(headline(az, Measure::Wounded), Some((Figure::About(511), Group::ServiceMembers)));
    assert_eq!(headline(nk, Measure::Killed), Some((Figure::AtLeast(200), Group::People)));
    assert_eq!(headline(nk, Measure::Wounded), Some((Figure::AtLeast(400), Group::People)));
    assert_eq!(headline(az, Measure::Missing), None);

    let breakdown = |party, measure| -> Vec<(Figure, Group)> {
        seed.breakdown(party, measure).map(|claim| (claim.figure, claim.group)).collect()
    };
    assert_eq!(
        breakdown(az, Measure::Killed),
        [
            (Figure::Exact(180), Group::Soldiers),
            (Figure::Exact(12), Group::InteriorMinistry),
            (Figure::Exact(1), Group::Civilians)
        ]
    );
    assert_eq!(breakdown(az, Measure::Wounded), [(Figure::Exact(1), Group::Civilians)]);
    assert_eq!(
        breakdown(nk, Measure::Killed),
        [(Figure::Exact(10), Group::Civilians), (Figure::Exact(5), Group::Children)]
    );
    assert_eq!(
        breakdown(nk, Measure::Wounded),
        [(Figure::MoreThan(40), Group::Civilians), (Figure::Exact(13), Group::Children)]
    );

    assert_eq!(seed.measures(), [Measure::Killed, Measure::Wounded]);
    assert_eq!(seed.scale_max(Measure::Killed, None), Some(200));
    assert_eq!(seed.scale_max(Measure::Wounded, None), Some(511));
    assert_eq!(seed.scale_max(Measure::Missing, None), None);
}

#[test]
fn the_seed_sources_are_cited_without_links() {
    let seed = common::seed();
    let sources: Vec<(&str, &str, Option<&str>)> = seed
        .sources()
        .iter()
        .map(|source| (source.id.as_str(), source.outlet.as_str(), source.via.as_ref().map(|via| via.id.as_str())))
        .collect();
    assert_eq!(
        sources,
        [
            ("kyiv-independent", "Kyiv Independent", None),
            ("apa", "Azerbaijani Press Agency (APA)", Some("kyiv-independent")),
        ]
    );
    let [kyiv, apa] = seed.sources() else { panic!("the seed should have two sources") };
    assert_eq!(kyiv.author.as_deref(), Some("Martin Fornusek"));
    assert_eq!(kyiv.published, Some(date("2023-09-27")));
    assert_eq!(apa.description.as_deref(), Some("state-run, citing Azerbaijan's Health Ministry"));
    assert_eq!(apa.published, Some(date("2023-09-27")));

    for source in seed.sources() {
        assert_eq!(source.url, None, "source {} has a URL", source.id);
    }
    for claim in seed.claims() {
        assert_eq!(claim.source.url, None, "claim {} cites a linked source", claim.id);
    }
}

#[test]
fn the_notes_say_the_figures_are_unverified_claims() {
    let seed = common::seed();
    assert!(
        seed.notes
            .iter()
            .any(|note| note == "Figures are claims by each side and have not been independently verified."),
        "notes: {:?}",
        seed.notes
    );
}

#[test]
fn the_context_is_background_not_a_loss() {
    let seed = common::seed();
    let lines: Vec<(Option<CalendarDate>, Option<&str>)> =
        seed.context.iter().map(|line| (line.date, line.source.as_ref().map(|source| source.id.as_str()))).collect();
    assert_eq!(
        lines,
        [
            (Some(date("2023-09-19")), Some("kyiv-independent")),
            (Some(date("2023-09-20")), Some("kyiv-independent")),
            (Some(date("2023-09-26")), Some("kyiv-independent")),
        ]
    );
    assert!(seed.context[2].text.starts_with("Over 28,000 ethnic Armenians"), "{}", seed.context[2].text);
    // 28,000 is context, never a claim.
    assert!(seed.claims().iter().all(|claim| claim.figure.extent() != Some(28_000)));
}

/// Every number in the claims, including both ends of any range.
fn claimed_numbers(dataset: &Dataset) -> BTreeSet<u64> {
    dataset
        .claims()
        .iter()
        .flat_map(|claim| match claim.figure {
            Figure::Exact(n)
            | Figure::About(n)
            | Figure::AtLeast(n)
            | Figure::MoreThan(n)
            | Figure::UpTo(n)
            | Figure::Nearly(n) => vec![n],
            Figure::Range(range) => [range.low(), range.high()].into_iter().chain(range.central()).collect(),
            Figure::InWords | Figure::NotReported => vec![],
        })
        .collect()
}

#[test]
fn no_claim_is_a_sum_the_sources_did_not_give() {
    let seed = common::seed();
    let numbers = claimed_numbers(&seed);
    assert_eq!(numbers, BTreeSet::from([1, 5, 10, 12, 13, 40, 180, 192, 200, 400, 511]));
    // Sums a careless reading would make: 192 + 1 killed, 200 + 400, 192 + 511 + ..., 511 + 1, 10 + 5, 40 + 13.
    for sum in [193, 600, 712, 703, 512, 911, 392, 15, 53] {
        assert!(!numbers.contains(&sum), "{sum} is a sum, not a claim");
    }
}

#[test]
fn every_claimed_number_is_in_its_own_quote() {
    let seed = common::seed();
    for claim in seed.claims() {
        let n = claim.figure.extent().expect("every seed figure has a number");
        // The sources write small numbers in words.
        let spelled = match n {
            1 => "one",
            5 => "five",
            _ => "",
        };
        let digits = n.to_string();
        let has_digits =
            claim.quote.match_indices(&digits).any(|(at, _)| is_whole_number_at(&claim.quote, at, digits.len()));
        assert!(
            has_digits || (!spelled.is_empty() && claim.quote.contains(spelled)),
            "claim {} gives {n}, which its quote does not: {}",
            claim.id,
            claim.quote
        );
    }
}

/// True when the digits at `at` are not part of a longer number ("12" inside "125").
fn is_whole_number_at(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
}

#[test]
fn the_hedge_belongs_to_nagorno_karabakhs_breakdown_only() {
    let seed = common::seed();
    for claim in seed.claims() {
        let hedged = claim.party.id == "nk" && !claim.headline;
        let expected = hedged.then_some("allegedly");
        assert_eq!(claim.hedge.as_deref(), expected, "{}", claim.id);
    }
    assert!(claim(&seed, "nk-wounded-civilians").quote.contains("allegedly"));
}
