//! Who claims what, about whom: every figure with its own claimant. The model (a row's lead and competing
//! claims, revisions only within one claimant), the validator's messages for claimants, and the markup:
//! every figure's block names its claimant and holds no other claimant's figure.

mod common;

use std::fs;
use std::rc::Rc;

use claims_card_data::dataset::{Dataset, Measure, Relation};
use claims_card_publish::card_html;
use claims_card_view::words::Locale;
use serde_json::{json, Value};

const EXAMPLE: &str = "data/examples/example-competing-claims.json";

fn example_text() -> String {
    fs::read_to_string(format!("{}/{EXAMPLE}", env!("CARGO_MANIFEST_DIR"))).expect("the example exists")
}

fn example() -> Dataset {
    common::read_text(&example_text())
}

fn party<'d>(dataset: &'d Dataset, id: &str) -> &'d claims_card_data::dataset::Party {
    dataset.parties().iter().find(|party| party.id == id).expect("the party exists")
}

/// A party's row as (claimant id, current claim id, earlier claim ids), lead first.
fn row(dataset: &Dataset, party_id: &str, measure: Measure) -> Vec<(String, String, Vec<String>)> {
    let row = dataset.row(party(dataset, party_id), measure).expect("a row");
    std::iter::once(row.lead)
        .chain(row.competing)
        .map(|figures| {
            (
                figures.current.claimant.id.clone(),
                figures.current.id.clone(),
                figures.earlier.iter().map(|claim| claim.id.clone()).collect(),
            )
        })
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

#[test]
fn a_row_leads_with_the_partys_own_figure_and_lists_the_others_as_competing_claims() {
    let dataset = example();
    assert_eq!(
        row(&dataset, "rusk", Measure::Killed),
        vec![
            ("rusk-staff".into(), "rusk-killed-soldiers-own".into(), strings(&["rusk-killed-soldiers-own-first"])),
            ("veldora-mod".into(), "rusk-killed-soldiers-by-veldora".into(), vec![]),
            ("un-mission".into(), "rusk-killed-soldiers-by-un".into(), vec![]),
        ]
    );
    // Counter-claims both ways, and an independent count.
    assert_eq!(
        row(&dataset, "veldora", Measure::Killed).into_iter().map(|(claimant, ..)| claimant).collect::<Vec<_>>(),
        strings(&["veldora-mod", "rusk-staff", "open-count"])
    );
    let relations: Vec<Relation> = {
        let row = dataset.row(party(&dataset, "rusk"), Measure::Killed).unwrap();
        std::iter::once(row.lead).chain(row.competing).map(|figures| figures.current.relation()).collect()
    };
    assert_eq!(relations, [Relation::Own, Relation::Opposing, Relation::Independent]);
    // A party with no claim for a measure has no row of claims.
    assert!(dataset.row(party(&dataset, "marren-force"), Measure::Wounded).is_none());
    // The shared scale reaches the largest claim of any claimant, not only the leads.
    assert_eq!(dataset.scale_max(Measure::Killed, None), Some(3000));
}

#[test]
fn the_editor_can_choose_the_lead() {
    let mut document: Value = serde_json::from_str(&example_text()).unwrap();
    let claims = document["claims"].as_array_mut().unwrap();
    let un = claims.iter_mut().find(|claim| claim["id"] == "rusk-killed-soldiers-by-un").unwrap();
    un["lead"] = json!(true);
    let dataset = common::read(&document);
    let claimants: Vec<String> = row(&dataset, "rusk", Measure::Killed).into_iter().map(|(id, ..)| id).collect();
    assert_eq!(claimants, strings(&["un-mission", "rusk-staff", "veldora-mod"]));
}

#[test]
fn an_outside_party_has_its_own_figures_and_outside_claims() {
    let mut document: Value = serde_json::from_str(&example_text()).unwrap();
    let mut claim = document["claims"][0].clone();
    claim["id"] = json!("rusk-killed-by-marren");
    claim["claimant"] = json!("marren-command");
    claim["as_of"] = json!({ "reported_by": "2031-06-12" });
    document["claims"].as_array_mut().unwrap().push(claim);
    let dataset = common::read(&document);
    let relation = |id: &str| dataset.claims().iter().find(|claim| claim.id == id).unwrap().relation();
    assert_eq!(relation("marren-killed-own"), Relation::Own);
    assert_eq!(relation("rusk-killed-by-marren"), Relation::Outside);
}

/// A version-1 document in the shape that used to mislead: Rusk's own figure, a counter-claim marked
/// headline with a later date, and an independent range with a later date still.
fn version_1_rusk() -> Value {
    let mut document = common::minimal();
    let first = document["claims"][0].clone();
    let claims = document["claims"].as_array_mut().unwrap();
    for (id, claimant, date, figure) in [
        ("a-by-b", "Side B's defence ministry", "2023-09-28", json!({ "bound": "about", "value": 3000 })),
        ("a-by-monitors", "the monitoring mission", "2023-09-29", json!({ "bound": "range", "low": 9, "high": 14 })),
    ] {
        let mut claim = first.clone();
        claim["id"] = json!(id);
        claim["claimant"] = json!(claimant);
        claim["as_of"] = json!({ "reported_by": date });
        claim["figure"] = figure;
        claims.push(claim);
    }
    document
}

#[test]
fn in_version_1_figures_of_other_claimants_are_competing_claims_never_revisions() {
    let dataset = common::read(&version_1_rusk());
    let side_a = party(&dataset, "a");
    let row = dataset.row(side_a, Measure::Killed).unwrap();
    assert_eq!(row.lead.current.id, "a-killed", "the first claimant written leads");
    assert!(row.lead.earlier.is_empty());
    assert!(dataset.earlier_headlines(side_a, Measure::Killed).is_empty());
    let competing: Vec<&str> = row.competing.iter().map(|figures| figures.current.id.as_str()).collect();
    assert_eq!(competing, ["a-by-b", "a-by-monitors"]);
    assert!(row.competing.iter().all(|figures| figures.current.relation() == Relation::Unstated));

    let card = card_html(Rc::new(dataset), Locale::En);
    let text = common::visible_text(common::panel(&card, "killed"));
    assert!(!text.contains("Earlier"), "{text}");
    assert!(text.contains("according to Side B's defence ministry about 3,000 people"), "{text}");
    assert!(text.contains("according to the monitoring mission 9–14 people"), "{text}");
}

#[test]
fn in_version_1_two_claims_share_a_claimant_when_its_text_is_the_same() {
    let mut document = version_1_rusk();
    let mut revised = document["claims"][0].clone();
    revised["id"] = json!("a-killed-revised");
    revised["claimant"] = json!({ "en": "Side A's ministry", "ru": "министерства стороны A" });
    revised["as_of"] = json!({ "reported_by": "2023-10-01" });
    document["claims"].as_array_mut().unwrap().push(revised);
    let dataset = common::read(&document);
    let row = dataset.row(party(&dataset, "a"), Measure::Killed).unwrap();
    assert_eq!(row.lead.current.id, "a-killed-revised");
    let earlier: Vec<&str> = row.lead.earlier.iter().map(|claim| claim.id.as_str()).collect();
    assert_eq!(earlier, ["a-killed"]);
}

// ---------------------------------------------------------------------------------------------------------------
// The validator's messages.

fn version_2() -> Value {
    let mut document = common::minimal();
    document["format_version"] = json!(2);
    document["claimants"] = json!([
        { "id": "a-ministry", "name": "Side A's ministry", "party": "a" },
        { "id": "monitors", "name": "the monitors", "kind": "independent" }
    ]);
    document["claims"][0]["claimant"] = json!("a-ministry");
    document
}

#[test]
fn a_version_2_document_reads() {
    assert_eq!(common::errors(&version_2()), Vec::<String>::new());
}

#[test]
fn the_validator_says_what_is_wrong_with_claimants() {
    let case = |change: &dyn Fn(&mut Value)| {
        let mut document = version_2();
        change(&mut document);
        common::errors(&document)
    };
    assert_eq!(
        case(&|d| d["claims"][0]["claimant"] = json!("a-minstry")),
        ["claims[0].claimant: no claimant with id \"a-minstry\" (known: a-ministry, monitors)"]
    );
    assert_eq!(
        case(&|d| d["claims"][0]["claimant"] = json!({ "en": "Side A's ministry" })),
        ["claims[0].claimant: in format version 2 a claim names its claimant by id (a string); its name and \
          translations go in \"claimants\""]
    );
    assert_eq!(
        case(&|d| d["claimants"][1]["party"] = json!("a")),
        ["claimants[1].kind: an independent claimant speaks for no party: remove \"party\", or use \"kind\": \
          \"outside\" for a party outside the conflict"]
    );
    assert_eq!(
        case(&|d| d["claimants"][1] = json!({ "id": "monitors", "name": "the monitors" })),
        ["claimants[1]: needs \"party\" (the id of the party it speaks for) or \"kind\": \"independent\" or \"outside\""]
    );
    assert_eq!(
        case(&|d| d["claimants"][0]["party"] = json!("c")),
        ["claimants[0].party: no party with id \"c\" (known: a, b)"]
    );
    assert_eq!(
        case(&|d| d.as_object_mut().unwrap().remove("claimants").map(drop).unwrap_or(())),
        ["claimants: format version 2 lists its claimants, which claims name by id: add \"claimants\": [{ \"id\", \
          \"name\", and \"party\" or \"kind\" }]"]
    );
    assert_eq!(
        case(&|d| d["claims"][0]["headline"] = json!(null)),
        Vec::<String>::new(),
        "a breakdown figure needs no lead"
    );
    assert_eq!(
        case(&|d| {
            d["claims"][0]["headline"] = json!(false);
            d["claims"][0]["lead"] = json!(true);
        }),
        ["claims[0].lead: only a headline claim can lead its party's row: add \"headline\": true"]
    );
    // Two claimants may not both lead one row.
    assert_eq!(
        case(&|d| {
            let mut other = d["claims"][0].clone();
            other["id"] = json!("a-by-monitors");
            other["claimant"] = json!("monitors");
            other["lead"] = json!(true);
            d["claims"][0]["lead"] = json!(true);
            d["claims"].as_array_mut().unwrap().push(other);
        }),
        ["claims[1].lead: claims[0] already makes its claimant lead a killed: one claimant leads a row, the others \
          are shown beside it"]
    );
    // The same date from another claimant is a competing claim, not an error.
    assert_eq!(
        case(&|d| {
            let mut other = d["claims"][0].clone();
            other["id"] = json!("a-by-monitors");
            other["claimant"] = json!("monitors");
            d["claims"].as_array_mut().unwrap().push(other);
        }),
        Vec::<String>::new()
    );
}

#[test]
fn version_1_has_no_claimants_list_no_lead_and_no_missing() {
    let mut document = common::minimal();
    document["claimants"] = json!([{ "id": "x", "name": "X", "kind": "independent" }]);
    document["claims"][0]["lead"] = json!(true);
    document["missing"] = json!("leave_out");
    assert_eq!(
        common::errors(&document),
        [
            "claimants: format version 1 has no claimants list: set \"format_version\": 2 to use it",
            "missing: format version 1 has no missing: set \"format_version\": 2 to choose",
            "claims[0].lead: format version 1 has no lead: the first claimant written leads; set \"format_version\": 2 \
             to choose",
        ]
    );
}

// ---------------------------------------------------------------------------------------------------------------
// The markup.

/// Each block of the rendered markup that carries `data-claimant`: (claimant id, its text, the claim ids in it).
fn claimant_blocks(html: &str) -> Vec<(String, String, Vec<String>)> {
    let mut blocks = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(" data-claimant=\"") {
        // The block's element: from its tag's start to its matching close, counted by tag name.
        let tag_start = rest[..at].rfind('<').unwrap();
        let name: String = rest[tag_start + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let id_start = at + " data-claimant=\"".len();
        let id = rest[id_start..id_start + rest[id_start..].find('"').unwrap()].to_owned();
        let (open, close) = (format!("<{name}"), format!("</{name}>"));
        let (mut depth, mut cursor) = (0usize, tag_start);
        let end = loop {
            let next_open = rest[cursor..].find(&open).map(|i| i + cursor);
            let next_close = rest[cursor..].find(&close).map(|i| i + cursor).expect("the block closes");
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    cursor = o + open.len();
                }
                _ => {
                    depth -= 1;
                    cursor = next_close + close.len();
                    if depth == 0 {
                        break cursor;
                    }
                }
            }
        };
        let block = &rest[tag_start..end];
        let claims =
            block.split(" data-claim=\"").skip(1).map(|part| part[..part.find('"').unwrap()].to_owned()).collect();
        blocks.push((id, common::visible_text(block), claims));
        rest = &rest[at + 1..];
    }
    blocks
}

fn every_figure_names_its_claimant(document_text: &str, locale: Locale) {
    let dataset = Rc::new(common::read_text(document_text));
    let html = card_html(dataset.clone(), locale);
    let blocks = claimant_blocks(&html);
    for claim in dataset.claims() {
        let holding: Vec<&(String, String, Vec<String>)> =
            blocks.iter().filter(|(_, _, claims)| claims.contains(&claim.id)).collect();
        assert_eq!(holding.len(), 1, "{locale:?}: claim {} is in {} claimant blocks", claim.id, holding.len());
        let (claimant, text, claims) = holding[0];
        assert_eq!(*claimant, claim.claimant.id, "{locale:?}: {}", claim.id);
        let label = claim.claimant.name.get(locale);
        assert!(text.contains(label), "{locale:?}: claim {}'s block does not name {label}: {text}", claim.id);
        for other in claims {
            let other = dataset.claims().iter().find(|known| known.id == *other).unwrap();
            assert_eq!(
                other.claimant.id, claim.claimant.id,
                "{locale:?}: {} shares a block with {}",
                claim.id, other.id
            );
        }
    }
}

#[test]
fn every_figure_of_the_example_and_the_seed_names_its_claimant_in_its_own_block() {
    for locale in [Locale::En, Locale::Ru] {
        every_figure_names_its_claimant(&example_text(), locale);
        every_figure_names_its_claimant(claims_card_data::dataset::SEED_JSON, locale);
    }
}

#[test]
fn the_example_reads_as_competing_claims() {
    let card = card_html(Rc::new(example()), Locale::En);
    let killed = common::visible_text(common::panel(&card, "killed"));
    for phrase in [
        "Rusk Own figure · according to Rusk's general staff about 1,150 soldiers",
        "Earlier: 300 soldiers, reported by 2 June 2031",
        "Counter-claim · according to Veldora's defence ministry about 3,000 soldiers",
        "Independent estimate · according to the UN monitoring mission 900–1,400 soldiers",
        "Veldora Own figure · according to Veldora's defence ministry at least 420 soldiers",
        "Counter-claim · according to Rusk's general staff more than 2,000 soldiers",
        "Marren Lake peacekeeping force Own figure · according to the peacekeeping force's command 4 service members",
        "about 140 civilians reportedly",
    ] {
        assert!(killed.contains(phrase), "missing {phrase:?} in:\n{killed}");
    }
    let wounded = common::visible_text(common::panel(&card, "wounded"));
    for phrase in [
        "Rusk Own figure · according to Rusk's general staff — not reported",
        "Marren Lake peacekeeping force — No figure on this card",
    ] {
        assert!(wounded.contains(phrase), "missing {phrase:?} in:\n{wounded}");
    }
    // The earlier figure's own source and note can be reached from it.
    let earlier = &card[card.find("data-claim=\"rusk-killed-soldiers-own-first\"").unwrap()..];
    let earlier = &earlier[..earlier.find("</details>").unwrap()];
    assert!(earlier.contains("Three hundred of our soldiers have fallen."), "{earlier}");
    assert!(earlier.contains("first figure"), "{earlier}");

    let russian = common::visible_text(common::panel(&card_html(Rc::new(example()), Locale::Ru), "killed"));
    assert!(
        russian.contains("Встречное заявление · по данным министерства обороны Вельдоры около 3 000 солдат"),
        "{russian}"
    );
}

#[test]
fn a_party_with_no_claim_can_be_left_out() {
    let mut document: Value = serde_json::from_str(&example_text()).unwrap();
    document["missing"] = json!("leave_out");
    let card = card_html(Rc::new(common::read(&document)), Locale::En);
    let wounded = common::visible_text(common::panel(&card, "wounded"));
    assert!(!wounded.contains("Marren Lake"), "{wounded}");
    assert!(!wounded.contains("No figure on this card"), "{wounded}");
}
