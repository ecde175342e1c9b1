//! "Get the data" as CSV (crates/export/src/csv.rs): what a reader's spreadsheet opens, read back with a
//! real CSV parser.

mod common;

use claims_card_data::dataset::Dataset;
use claims_card_export::csv::{claims_csv, push_text, HEADER};
use claims_card_view::words::Locale;
use serde_json::json;

const COMPETING: &str = include_str!("../data/examples/example-competing-claims.json");

/// The CSV's records, header first, read by the `csv` crate (after the byte-order mark).
fn records(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{feff}').expect("the CSV starts with a byte-order mark");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    reader.records().map(|record| record.expect("a well-formed record").iter().map(str::to_owned).collect()).collect()
}

fn column(name: &str) -> usize {
    HEADER.iter().position(|column| *column == name).unwrap()
}

#[test]
fn it_starts_with_a_byte_order_mark_and_ends_lines_with_crlf() {
    let text = claims_csv(&common::seed(), Locale::En);
    assert!(text.starts_with("\u{feff}party,claimant,measure,"));
    assert!(text.ends_with("\r\n"));
    // Every line end outside a quoted field is CRLF.
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
}

#[test]
fn one_row_per_claim_for_the_seed_and_the_competing_claims_example() {
    for dataset in [common::seed(), common::read_text(COMPETING)] {
        let rows = records(&claims_csv(&dataset, Locale::En));
        assert_eq!(rows[0], HEADER.map(str::to_owned));
        assert_eq!(rows.len() - 1, dataset.claims().len());
        for (row, claim) in rows[1..].iter().zip(dataset.claims()) {
            assert_eq!(row.len(), HEADER.len());
            assert_eq!(row[column("party")], claim.party.name.get(Locale::En));
            assert_eq!(row[column("claimant")], claim.claimant.name.get(Locale::En));
            assert_eq!(row[column("measure")], claim.measure.key());
            assert_eq!(row[column("group")], claim.group.key());
            assert_eq!(row[column("as_of")], claim.as_of.date().to_string());
            assert_eq!(row[column("source_outlet")], claim.source.outlet);
            assert_eq!(row[column("source_url")], claim.source.url.as_ref().map(|url| url.as_str()).unwrap_or(""));
            // The seed's quotes have no formula prefix: they come back as they are.
            assert_eq!(row[column("quote")], claim.quote);
        }
    }
}

#[test]
fn the_seed_in_russian_names_claimants_in_russian() {
    let seed = common::seed();
    let rows = records(&claims_csv(&seed, Locale::Ru));
    assert_eq!(rows[1][column("claimant")], seed.claims()[0].claimant.name.get(Locale::Ru));
    assert_ne!(rows[1][column("claimant")], seed.claims()[0].claimant.name.get(Locale::En));
}

#[test]
fn every_bound_gives_its_numbers_as_plain_digits() {
    let mut document = common::minimal();
    let base = document["claims"][0].clone();
    let figures = [
        json!({ "bound": "exact", "value": 10 }),
        json!({ "bound": "about", "value": 511 }),
        json!({ "bound": "at_least", "value": 1200 }),
        json!({ "bound": "more_than", "value": 40 }),
        json!({ "bound": "up_to", "value": 5 }),
        json!({ "bound": "range", "low": 900, "high": 1400 }),
        json!({ "bound": "not_reported" }),
    ];
    let claims: Vec<_> = figures
        .iter()
        .enumerate()
        .map(|(index, figure)| {
            let mut claim = base.clone();
            claim["id"] = json!(format!("c{index}"));
            claim["figure"] = figure.clone();
            claim["headline"] = json!(index == 0);
            claim
        })
        .collect();
    document["claims"] = json!(claims);
    let rows = records(&claims_csv(&common::read(&document), Locale::En));
    let cells = |row: &Vec<String>| ["bound", "value", "low", "high"].map(|name| row[column(name)].clone()).join("|");
    let got: Vec<String> = rows[1..].iter().map(cells).collect();
    assert_eq!(
        got,
        [
            "exact|10||",
            "about|511||",
            "at_least|1200||",
            "more_than|40||",
            "up_to|5||",
            "range||900|1400",
            "not_reported|||"
        ]
    );
}

#[test]
fn quotes_commas_and_line_breaks_round_trip() {
    let mut document = common::minimal();
    let tricky = "He said \"about 3,000\", then went on";
    document["claims"][0]["quote"] = json!(tricky);
    document["sources"][0]["outlet"] = json!("Wire, \"Service\"");
    let text = claims_csv(&common::read(&document), Locale::En);
    assert!(text.contains("\"He said \"\"about 3,000\"\", then went on\""));
    let rows = records(&text);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][column("quote")], tricky);
    assert_eq!(rows[1][column("source_outlet")], "Wire, \"Service\"");
}

#[test]
fn every_formula_prefix_is_neutralised() {
    // (The reader refuses control characters in the data; a tab or CR is checked field by field below.)
    for prefix in ["=", "+", "-", "@"] {
        let mut document = common::minimal();
        let quote = format!("{prefix}HYPERLINK(\"https://evil.example\",\"x\")");
        document["claims"][0]["quote"] = json!(quote);
        document["parties"][0]["name"] = json!(format!("{prefix}Side A"));
        document["claims"][0]["claimant"] = json!(format!("{prefix}cmd|' /C calc'!A0"));
        document["sources"][0]["title"] = json!(format!("{prefix}1+1"));
        let text = claims_csv(&common::read(&document), Locale::En);
        let rows = records(&text);
        let row = &rows[1];
        for name in ["quote", "party", "claimant", "source_title"] {
            let cell = &row[column(name)];
            assert!(cell.starts_with('\''), "{prefix:?} in {name}: {cell:?}");
            assert!(cell[1..].starts_with(prefix), "{prefix:?} in {name}: {cell:?}");
        }
        assert_eq!(row[column("quote")], format!("'{quote}"));
        // The numbers stay plain digits.
        assert_eq!(row[column("value")], "10");
    }
}

#[test]
fn a_minus_inside_a_field_is_left_alone() {
    let mut document = common::minimal();
    document["claims"][0]["quote"] = json!("Ten people -- so far -- were killed.");
    let rows = records(&claims_csv(&common::read(&document), Locale::En));
    assert_eq!(rows[1][column("quote")], "Ten people -- so far -- were killed.");
}

#[test]
fn every_example_dataset_gives_a_well_formed_csv() {
    for text in [include_str!("../data/examples/example-every-bound.json"), COMPETING] {
        let dataset = Dataset::from_json(text).unwrap();
        let rows = records(&claims_csv(&dataset, Locale::Hy));
        assert!(rows.iter().all(|row| row.len() == HEADER.len()));
        assert_eq!(rows.len() - 1, dataset.claims().len());
    }
}

#[test]
fn a_field_starting_with_a_tab_or_carriage_return_is_neutralised_and_line_breaks_are_quoted() {
    let field = |text: &str| {
        let mut out = String::new();
        push_text(&mut out, text);
        out
    };
    assert_eq!(field("\tSUM(A1)"), "\"'\tSUM(A1)\"");
    assert_eq!(field("\r=1"), "\"'\r=1\"");
    assert_eq!(field("two\r\nlines"), "\"two\r\nlines\"");
    let line = format!("{},{}\r\n", field("\tx"), field("a\nb"));
    let rows = records(&format!("\u{feff}{line}"));
    assert_eq!(rows, [["'\tx", "a\nb"]]);
}
