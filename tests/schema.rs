//! The published JSON Schema (`schema/claims-card.v2.schema.json`, which describes format versions 1 and 2)
//! agrees with the reader; the format-1 schema published before it stays as it was and still accepts every
//! format-1 data file.
//!
//! Editors' tools and CMSs validate against the schema; the card reads with `Dataset::from_json`. The two must
//! accept the data files, refuse the same broken documents, and judge texts, dates, links and counts the same
//! way. Where the schema cannot follow the reader (cross-field rules, trimmed lengths), the difference is
//! pinned here, so a change on either side shows up as a failing test rather than as a silent disagreement.

mod common;

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::PathBuf;

use claims_card_data::dataset::{AsOf, Dataset, Figure, Group, Measure, FORMAT_VERSION};
use jsonschema::Validator;
use serde_json::{json, Value};

const SCHEMA_FILE: &str = "schema/claims-card.v2.schema.json";
/// Published before format 2, kept unchanged so that tools pointed at it keep working for format 1.
const SCHEMA_V1_FILE: &str = "schema/claims-card.v1.schema.json";
const EXAMPLE_FILE: &str = "data/examples/example-every-bound.json";

fn path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read_text(relative: &str) -> String {
    fs::read_to_string(path(relative)).unwrap_or_else(|error| panic!("cannot read {relative}: {error}"))
}

fn schema() -> Value {
    serde_json::from_str(&read_text(SCHEMA_FILE)).unwrap_or_else(|error| panic!("{SCHEMA_FILE} is not JSON: {error}"))
}

fn validator() -> Validator {
    jsonschema::draft202012::new(&schema()).unwrap_or_else(|error| panic!("{SCHEMA_FILE} does not compile: {error}"))
}

/// Every schema error as `pointer: message`, the pointer empty for the document itself. The document is
/// validated as it would be saved and read back, like the reader sees it.
fn schema_errors(validator: &Validator, document: &Value) -> Vec<String> {
    let saved: Value = serde_json::from_str(&document.to_string()).expect("a document reads back");
    validator
        .iter_errors(&saved)
        .map(|error| format!("{}: {}", error.instance_path().as_str(), error.masked()))
        .collect()
}

/// The reader's verdict on the document as it would be saved: compact JSON text.
fn reader_errors(document: &Value) -> Vec<String> {
    match Dataset::from_json(&document.to_string()) {
        Ok(_) => Vec::new(),
        Err(error) => error.lines(),
    }
}

/// The data files an editor may copy from: the seed and every example.
fn data_files() -> Vec<String> {
    let mut files = vec!["data/seed.json".to_owned()];
    let mut examples: Vec<String> = fs::read_dir(path("data/examples"))
        .expect("data/examples exists")
        .map(|entry| entry.expect("a readable directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .map(|name| format!("data/examples/{name}"))
        .collect();
    examples.sort();
    assert!(!examples.is_empty(), "data/examples has no .json files");
    files.extend(examples);
    files
}

// ---------------------------------------------------------------------------------------------------------------
// The schema itself.

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema_and_compiles() {
    let schema = schema();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
        panic!("{SCHEMA_FILE} breaks the 2020-12 meta-schema: {error}");
    }
    validator();
}

#[test]
fn the_schema_is_self_contained() {
    fn refs(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    found.push(target.clone());
                }
                map.values().for_each(|child| refs(child, found));
            }
            Value::Array(items) => items.iter().for_each(|child| refs(child, found)),
            _ => {}
        }
    }
    let schema = schema();
    let mut found = Vec::new();
    refs(&schema, &mut found);
    for target in found {
        let pointer = target.strip_prefix('#').unwrap_or_else(|| panic!("$ref {target} is not local"));
        assert!(schema.pointer(pointer).is_some(), "$ref {target} points nowhere");
    }
}

/// Walks the document's own object schemas (not the branches of `oneOf` or `if`/`then`, which only narrow
/// properties already described), checking what an editor sees: a description for every property, and no
/// room for unknown fields.
fn check_object_schemas(value: &Value, at: &str, problems: &mut Vec<String>) {
    let Value::Object(map) = value else { return };
    if let Some(Value::Object(properties)) = map.get("properties") {
        if map.get("additionalProperties") != Some(&Value::Bool(false)) {
            problems.push(format!("{at}: additionalProperties is not false"));
        }
        for (name, property) in properties {
            let described = property.get("description").and_then(Value::as_str).is_some_and(|text| !text.is_empty());
            if !described {
                problems.push(format!("{at}/properties/{name}: no description"));
            }
        }
    }
    for (key, child) in map {
        if matches!(key.as_str(), "oneOf" | "if" | "then" | "examples") {
            continue;
        }
        let child_at = format!("{at}/{key}");
        match child {
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    check_object_schemas(item, &format!("{child_at}/{index}"), problems);
                }
            }
            _ => check_object_schemas(child, &child_at, problems),
        }
    }
}

#[test]
fn every_property_is_described_and_no_object_takes_unknown_fields() {
    let schema = schema();
    let description = schema["description"].as_str().expect("a top-level description");
    for rule in ["unique", "low is below its high", "via", "headline", "updated", "bytes"] {
        assert!(description.contains(rule), "the top-level description does not mention \"{rule}\"");
    }
    let mut problems = Vec::new();
    check_object_schemas(&schema, "#", &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------------------------
// The data files.

#[test]
fn every_data_file_is_valid_against_the_schema_and_reads() {
    let validator = validator();
    let mut failures = Vec::new();
    for file in data_files() {
        let text = read_text(&file);
        let document: Value = match serde_json::from_str(&text) {
            Ok(document) => document,
            Err(error) => {
                failures.push(format!("{file}: not JSON: {error}"));
                continue;
            }
        };
        for error in schema_errors(&validator, &document) {
            failures.push(format!("{file}: schema: {error}"));
        }
        if let Err(error) = Dataset::from_json(&text) {
            failures.extend(error.lines().into_iter().map(|line| format!("{file}: reader: {line}")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn bound_name(figure: Figure) -> &'static str {
    match figure {
        Figure::Exact(_) => "exact",
        Figure::About(_) => "about",
        Figure::AtLeast(_) => "at_least",
        Figure::MoreThan(_) => "more_than",
        Figure::UpTo(_) => "up_to",
        Figure::Nearly(_) => "nearly",
        Figure::Range(_) => "range",
        Figure::InWords => "in_words",
        Figure::NotReported => "not_reported",
    }
}

#[test]
fn the_example_exercises_the_whole_format() {
    let dataset = Dataset::from_json(&read_text(EXAMPLE_FILE))
        .unwrap_or_else(|error| panic!("{EXAMPLE_FILE} does not read:\n{error}"));
    let name = EXAMPLE_FILE;

    // Clearly not real.
    assert!(dataset.kicker.as_deref().is_some_and(|kicker| kicker.contains("NOT REAL")), "{name}: kicker");
    assert!(dataset.title.starts_with("Example"), "{name}: title");
    assert!(dataset.notes.iter().any(|note| note.contains("invented")), "{name}: no note says it is invented");

    let bounds: BTreeSet<&str> = dataset.claims().iter().map(|claim| bound_name(claim.figure)).collect();
    let every = ["about", "at_least", "exact", "more_than", "not_reported", "range", "up_to"];
    assert_eq!(bounds, BTreeSet::from(every), "{name}: bounds used");

    assert_eq!(dataset.parties().len(), 3, "{name}: parties");

    let parties = dataset.parties();
    let revised = parties
        .iter()
        .flat_map(|party| Measure::ALL.map(|measure| (party, measure)))
        .any(|(party, measure)| !dataset.earlier_headlines(party, measure).is_empty());
    assert!(revised, "{name}: no party revised a headline figure");

    let headline_not_reported =
        parties.iter().flat_map(|party| Measure::ALL.map(|measure| (party, measure))).any(|(party, measure)| {
            dataset.headline(party, measure).is_some_and(|claim| claim.figure == Figure::NotReported)
        });
    assert!(headline_not_reported, "{name}: no headline figure is not_reported");

    for measure in [Measure::Killed, Measure::Wounded, Measure::Missing] {
        assert!(dataset.measures().contains(&measure), "{name}: no {} claim", measure.key());
    }
    let groups: HashSet<Group> = dataset.claims().iter().map(|claim| claim.group).collect();
    assert!(groups.len() >= 5, "{name}: only {} groups", groups.len());
    let claims = dataset.claims();
    assert!(claims.iter().any(|claim| matches!(claim.as_of, AsOf::RefersTo(_))), "{name}: no refers_to");
    assert!(claims.iter().any(|claim| matches!(claim.as_of, AsOf::ReportedBy(_))), "{name}: no reported_by");

    let sources = dataset.sources();
    assert!(sources.iter().any(|source| source.via.is_some()), "{name}: no source has via");
    let https =
        sources.iter().any(|source| source.url.as_ref().is_some_and(|url| url.as_str().starts_with("https://")));
    assert!(https, "{name}: no https url");
    let citing_several = parties
        .iter()
        .filter(|party| {
            let cited: HashSet<&str> = claims
                .iter()
                .filter(|claim| claim.party.id == party.id)
                .map(|claim| claim.source.id.as_str())
                .collect();
            cited.len() >= 2
        })
        .count();
    assert!(citing_several >= 2, "{name}: only {citing_several} parties cite two or more sources");

    assert!(dataset.updated.is_some(), "{name}: no updated");
    assert!(!dataset.corrections.is_empty(), "{name}: no corrections");
    assert!(!dataset.context.is_empty(), "{name}: no context");
    assert!(!dataset.notes.is_empty(), "{name}: no notes");
}

#[test]
fn the_format_1_schema_still_accepts_every_format_1_data_file() {
    let schema: Value = serde_json::from_str(&read_text(SCHEMA_V1_FILE)).expect("the v1 schema is JSON");
    let validator = jsonschema::draft202012::new(&schema).expect("the v1 schema compiles");
    let mut checked = 0;
    for file in data_files() {
        let document: Value = serde_json::from_str(&read_text(&file)).expect("a data file is JSON");
        if document["format_version"] != json!(1) {
            continue;
        }
        checked += 1;
        let errors = schema_errors(&validator, &document);
        assert!(errors.is_empty(), "{file} against {SCHEMA_V1_FILE}: {errors:?}");
    }
    assert!(checked >= 2, "only {checked} format-1 data files");
}

// ---------------------------------------------------------------------------------------------------------------
// Broken documents: refused by both.

/// The smallest valid document: each case differs from it by one mistake.
fn minimal() -> Value {
    common::minimal()
}

fn at<'d>(document: &'d mut Value, pointer: &str) -> &'d mut Value {
    document.pointer_mut(pointer).unwrap_or_else(|| panic!("nothing at {pointer}"))
}

fn remove(document: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    let removed = at(document, parent).as_object_mut().and_then(|object| object.remove(key));
    assert!(removed.is_some(), "nothing to remove at {pointer}");
}

/// `count` valid claims that are not headlines, each with its own id.
fn many_claims(count: usize) -> Vec<Value> {
    (0..count)
        .map(|index| {
            let mut claim = minimal()["claims"][0].clone();
            claim["id"] = json!(format!("claim-{index}"));
            claim["headline"] = json!(index == 0);
            claim
        })
        .collect()
}

/// A mistake, where the reader reports it (the start of its error line) and where the schema reports it
/// (the JSON pointer of the failing value or of the object missing a field).
struct Broken {
    name: &'static str,
    mutate: fn(&mut Value),
    reader: &'static str,
    schema: &'static str,
}

const BROKEN: &[Broken] = &[
    Broken {
        name: "unknown top-level field (a typo of title)",
        mutate: |d| d["titel"] = json!("Claimed losses"),
        reader: "titel: unknown field",
        schema: "",
    },
    Broken {
        name: "unknown field in a claim",
        mutate: |d| d["claims"][0]["qoute"] = json!("Ten people were killed."),
        reader: "claims[0].qoute: unknown field",
        schema: "/claims/0",
    },
    Broken {
        name: "unknown field in a figure",
        mutate: |d| d["claims"][0]["figure"]["count"] = json!(10),
        reader: "claims[0].figure: unknown field `count`, expected one of `",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "missing title",
        mutate: |d| remove(d, "/title"),
        reader: "document: missing field `title`",
        schema: "",
    },
    Broken {
        name: "missing quote",
        mutate: |d| remove(d, "/claims/0/quote"),
        reader: "claims[0]: missing field `quote`",
        schema: "/claims/0",
    },
    Broken {
        name: "source without outlet",
        mutate: |d| remove(d, "/sources/0/outlet"),
        reader: "sources[0]: missing field `outlet`",
        schema: "/sources/0",
    },
    Broken {
        name: "event without start",
        mutate: |d| remove(d, "/event/start"),
        reader: "event: missing field `start`",
        schema: "/event",
    },
    Broken {
        name: "required field set to null",
        mutate: |d| d["claims"][0]["claimant"] = Value::Null,
        reader: "claims[0].claimant: invalid type: null, expected text, or it",
        schema: "/claims/0/claimant",
    },
    Broken {
        name: "figure value as text",
        mutate: |d| d["claims"][0]["figure"]["value"] = json!("10"),
        reader: r#"claims[0].figure.value: invalid type: string "10", expected a wh"#,
        schema: "/claims/0/figure",
    },
    Broken {
        name: "headline as text",
        mutate: |d| d["claims"][0]["headline"] = json!("yes"),
        reader: r#"claims[0].headline: invalid type: string "yes", expected a b"#,
        schema: "/claims/0/headline",
    },
    Broken {
        name: "parties as an object",
        mutate: |d| d["parties"] = json!({ "a": "Side A" }),
        reader: "parties: invalid type: map, expected a sequence",
        schema: "/parties",
    },
    Broken {
        name: "document is a list",
        mutate: |d| *d = json!([minimal()]),
        reader: "document: invalid type: sequence, expected an obje",
        schema: "",
    },
    Broken {
        name: "a note that is not text",
        mutate: |d| d["notes"] = json!(["Fine.", 7]),
        reader: "notes[1]: invalid type: integer `7`, expected text",
        schema: "/notes/1",
    },
    Broken {
        name: "unknown bound",
        mutate: |d| d["claims"][0]["figure"] = json!({ "bound": "approximately", "value": 10 }),
        reader: "claims[0].figure.bound: unknown variant `approximately`, expecte",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "range without high",
        mutate: |d| d["claims"][0]["figure"] = json!({ "bound": "range", "low": 10 }),
        reader: "claims[0].figure: missing field `high`",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "range with value",
        mutate: |d| d["claims"][0]["figure"] = json!({ "bound": "range", "value": 15, "low": 10, "high": 20 }),
        reader: "claims[0].figure: a range has low and high, not value",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "exact figure with low",
        mutate: |d| d["claims"][0]["figure"]["low"] = json!(5),
        reader: "claims[0].figure: only a range has low and high; a figure ",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "at_least without value",
        mutate: |d| d["claims"][0]["figure"] = json!({ "bound": "at_least" }),
        reader: "claims[0].figure: missing field `value`",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "not_reported with a value of 0",
        mutate: |d| d["claims"][0]["figure"] = json!({ "bound": "not_reported", "value": 0 }),
        reader: "claims[0].figure: a figure that was not reported has no nu",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "both refers_to and reported_by",
        mutate: |d| d["claims"][0]["as_of"]["refers_to"] = json!("2023-09-20"),
        reader: "claims[0].as_of: must have exactly one of refers_to",
        schema: "/claims/0/as_of",
    },
    Broken {
        name: "neither refers_to nor reported_by",
        mutate: |d| d["claims"][0]["as_of"] = json!({}),
        reader: "claims[0].as_of: must have exactly one of refers_to",
        schema: "/claims/0/as_of",
    },
    Broken {
        name: "date in another form",
        mutate: |d| d["claims"][0]["as_of"]["reported_by"] = json!("27/09/2023"),
        reader: "claims[0].as_of.reported_by: \"27/09/2023\" is not a date in the form YYYY-MM-DD",
        schema: "/claims/0/as_of",
    },
    Broken {
        name: "date with a time",
        mutate: |d| d["event"]["start"] = json!("2023-09-19T08:00:00Z"),
        reader: "event.start: \"2023-09-19T08:00:00Z\" is not a date",
        schema: "/event/start",
    },
    Broken {
        name: "a day that does not exist",
        mutate: |d| d["event"]["start"] = json!("2023-02-29"),
        reader: "event.start: \"2023-02-29\" is not a real day",
        schema: "/event/start",
    },
    Broken {
        name: "javascript: url",
        mutate: |d| d["sources"][0]["url"] = json!("javascript:alert(1)"),
        reader: "sources[0].url: must start with https:// or http://",
        schema: "/sources/0/url",
    },
    Broken {
        name: "a language named, not tagged",
        mutate: |d| d["sources"][0]["language"] = json!("Russian"),
        reader: "sources[0].language: \"Russian\" is not a language tag: write one such as \"ru\", \"he\" or \"pt-BR\"",
        schema: "/sources/0/language",
    },
    Broken {
        name: "url without a host",
        mutate: |d| d["sources"][0]["url"] = json!("https:///reports/1"),
        reader: "sources[0].url: has no host name",
        schema: "/sources/0/url",
    },
    Broken {
        name: "url with a space",
        mutate: |d| d["sources"][0]["url"] = json!("https://example.org/a report"),
        reader: "sources[0].url: must not contain spaces",
        schema: "/sources/0/url",
    },
    Broken {
        name: "1001 claims",
        mutate: |d| d["claims"] = Value::Array(many_claims(1001)),
        reader: "claims: has 1001 entries; the limit is 1000",
        schema: "/claims",
    },
    Broken {
        name: "13 parties",
        mutate: |d| {
            d["parties"] = (0..13).map(|index| json!({ "id": format!("p{index}"), "name": "Side" })).collect();
            d["parties"][0]["id"] = json!("a");
        },
        reader: "parties: has 13 entries; the limit is 12",
        schema: "/parties",
    },
    Broken {
        name: "21 context lines",
        mutate: |d| d["context"] = (0..21).map(|_| json!({ "text": "Background." })).collect(),
        reader: "context: has 21 entries; the limit is 20",
        schema: "/context",
    },
    Broken {
        name: "no parties",
        mutate: |d| d["parties"] = json!([]),
        reader: "parties: must not be empty",
        schema: "/parties",
    },
    Broken {
        name: "negative count",
        mutate: |d| d["claims"][0]["figure"]["value"] = json!(-1),
        reader: "claims[0].figure.value: invalid value: integer `-1`, expected a ",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "count above a billion",
        mutate: |d| d["claims"][0]["figure"]["value"] = json!(1_000_000_001),
        reader: "claims[0].figure.value: 1000000001 is above the limit",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "fractional count",
        mutate: |d| d["claims"][0]["figure"]["value"] = json!(2.5),
        reader: "claims[0].figure.value: invalid value: floating point `2.5`, exp",
        schema: "/claims/0/figure",
    },
    Broken {
        name: "format_version 3",
        mutate: |d| d["format_version"] = json!(3),
        reader: "format_version: this card reads format versions 1 and 2, not 3",
        schema: "/format_version",
    },
    Broken {
        name: "format_version as text",
        mutate: |d| d["format_version"] = json!("1"),
        reader: r#"format_version: invalid type: string "1", expected a who"#,
        schema: "/format_version",
    },
    Broken {
        name: "title over 200 characters",
        mutate: |d| d["title"] = json!("a".repeat(201)),
        reader: "title: is 201 characters long; the limit is 200",
        schema: "/title",
    },
    Broken {
        name: "quote over 2000 characters",
        mutate: |d| d["claims"][0]["quote"] = json!("é".repeat(2001)),
        reader: "claims[0].quote: is 2001 characters long; the limit is 2000",
        schema: "/claims/0/quote",
    },
    Broken {
        name: "blank title",
        mutate: |d| d["title"] = json!(" \t "),
        reader: "title: must not be empty",
        schema: "/title",
    },
    Broken {
        name: "line break inside a name",
        mutate: |d| d["parties"][1]["name"] = json!("Side\nB"),
        reader: "parties[1].name: must not contain control characters",
        schema: "/parties/1/name",
    },
    Broken {
        name: "unknown measure",
        mutate: |d| d["claims"][0]["measure"] = json!("injured"),
        reader: "claims[0].measure: unknown variant `injured`, expected one ",
        schema: "/claims/0/measure",
    },
    Broken {
        name: "unknown group",
        mutate: |d| d["claims"][0]["group"] = json!("troops"),
        reader: "claims[0].group: unknown variant `troops`, expected one o",
        schema: "/claims/0/group",
    },
    Broken {
        name: "corrections without updated",
        mutate: |d| d["corrections"] = json!([{ "date": "2023-09-28", "text": "A figure was revised." }]),
        reader: "updated: is required when the dataset has corrections",
        schema: "",
    },
    Broken {
        name: "corrections with updated null",
        mutate: |d| {
            d["corrections"] = json!([{ "date": "2023-09-28", "text": "A figure was revised." }]);
            d["updated"] = Value::Null;
        },
        reader: "updated: is required when the dataset has corrections",
        schema: "/updated",
    },
];

#[test]
fn the_minimal_document_is_valid_for_both() {
    let document = minimal();
    assert_eq!(schema_errors(&validator(), &document), Vec::<String>::new());
    assert_eq!(reader_errors(&document), Vec::<String>::new());
}

#[test]
fn broken_documents_are_refused_by_both() {
    assert!(BROKEN.len() >= 12);
    let validator = validator();
    let mut failures = Vec::new();
    for case in BROKEN {
        let mut document = minimal();
        (case.mutate)(&mut document);
        let reader = reader_errors(&document);
        if !reader.iter().any(|line| line.starts_with(case.reader)) {
            failures
                .push(format!("{}: the reader gave {reader:?}, expected a line starting {:?}", case.name, case.reader));
        }
        let schema = schema_errors(&validator, &document);
        let reported_there = schema.iter().any(|error| {
            let (pointer, _) = error.split_once(": ").unwrap_or((error, ""));
            pointer == case.schema
        });
        if !reported_there {
            failures.push(format!("{}: the schema gave {schema:?}, expected an error at {:?}", case.name, case.schema));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------------------------
// Valid variants: what the reader accepts, the schema accepts.

struct Variant {
    name: &'static str,
    mutate: fn(&mut Value),
}

const VALID: &[Variant] = &[
    Variant {
        name: "every optional root field",
        mutate: |d| {
            d["kicker"] = json!("Kicker");
            d["dek"] = json!("Dek");
            d["event"]["end"] = json!("2023-09-20");
            d["context"] =
                json!([{ "date": "2023-09-19", "text": "It began.", "source": "wire" }, { "text": "Undated." }]);
            d["notes"] = json!(["First note.", "Second note."]);
            d["updated"] = json!("2023-09-29");
            d["corrections"] = json!([{ "date": "2023-09-29", "text": "A figure was revised." }]);
        },
    },
    Variant {
        name: "every optional source field",
        mutate: |d| {
            d["sources"] = json!([
                { "id": "first", "outlet": "First" },
                {
                    "id": "wire", "outlet": "Wire", "author": "A. Writer", "title": "A title", "description": "state-run",
                    "published": "2024-02-29", "url": "HTTPS://Example.org:8443/a?b=c#d", "via": "first",
                    "language": "pt-BR"
                }
            ]);
        },
    },
    Variant {
        name: "optional fields set to null",
        mutate: |d| {
            for key in ["kicker", "dek", "context", "notes", "updated", "corrections"] {
                d[key] = Value::Null;
            }
            d["event"]["end"] = Value::Null;
            for key in ["author", "title", "description", "published", "url", "via", "language"] {
                d["sources"][0][key] = Value::Null;
            }
            for key in ["hedge", "note", "headline"] {
                d["claims"][0][key] = Value::Null;
            }
            d["context"] = json!([{ "date": null, "text": "Undated.", "source": null }]);
        },
    },
    Variant {
        name: "empty optional lists",
        mutate: |d| {
            d["context"] = json!([]);
            d["notes"] = json!([]);
            d["corrections"] = json!([]);
        },
    },
    Variant { name: "headline false", mutate: |d| d["claims"][0]["headline"] = json!(false) },
    Variant {
        name: "every bound",
        mutate: |d| {
            let figures = [
                json!({ "bound": "exact", "value": 0 }),
                json!({ "bound": "about", "value": 1_000_000_000 }),
                json!({ "bound": "at_least", "value": 1 }),
                json!({ "bound": "more_than", "value": 2 }),
                json!({ "bound": "up_to", "value": 3 }),
                json!({ "bound": "range", "low": 0, "high": 1 }),
                json!({ "bound": "not_reported" }),
            ];
            let claims: Vec<Value> = many_claims(figures.len())
                .into_iter()
                .zip(figures)
                .map(|(mut claim, figure)| {
                    claim["figure"] = figure;
                    claim
                })
                .collect();
            d["claims"] = Value::Array(claims);
        },
    },
    Variant {
        name: "forbidden bound fields set to null",
        mutate: |d| {
            d["claims"][0]["figure"] = json!({ "bound": "range", "value": null, "low": 1, "high": 2 });
            let mut second = many_claims(2)[1].clone();
            second["figure"] = json!({ "bound": "not_reported", "value": null, "low": null, "high": null });
            d["claims"].as_array_mut().unwrap().push(second);
        },
    },
    Variant {
        name: "as_of refers_to, and the other kind null",
        mutate: |d| {
            d["claims"][0]["as_of"] = json!({ "refers_to": "2023-09-20", "reported_by": null });
        },
    },
    Variant {
        name: "counts written as whole decimals",
        mutate: |d| {
            d["format_version"] = json!(1.0);
            d["claims"][0]["figure"]["value"] = json!(10.0);
        },
    },
    Variant {
        name: "text with surrounding whitespace and inner spaces",
        mutate: |d| {
            d["title"] = json!("  Claimed\u{a0}losses \u{3000}");
            d["parties"][0]["name"] = json!("\n\tSide A\r\n");
            d["claims"][0]["quote"] = json!("\u{85}Ten people were killed.\u{2028}");
        },
    },
    Variant {
        name: "ids, dates and links with surrounding whitespace",
        mutate: |d| {
            d["parties"][0]["id"] = json!(" a ");
            d["event"]["start"] = json!(" 2023-09-19\n");
            d["sources"][0]["url"] = json!(" https://example.org/report ");
        },
    },
    Variant {
        name: "text at its limits",
        mutate: |d| {
            d["title"] = json!("é".repeat(200));
            d["claims"][0]["quote"] = json!("a".repeat(2000));
            d["sources"][0]["url"] = json!(format!("https://example.org/{}", "a".repeat(1980)));
        },
    },
    Variant {
        name: "list limits",
        mutate: |d| {
            d["claims"] = Value::Array(many_claims(1000));
            d["context"] = (0..20).map(|_| json!({ "text": "Background." })).collect();
            d["notes"] = (0..20).map(|_| json!("A note.")).collect();
            d["updated"] = json!("2023-09-29");
            d["corrections"] = (0..20).map(|_| json!({ "date": "2023-09-29", "text": "Revised." })).collect();
            let mut parties: Vec<Value> =
                (0..12).map(|index| json!({ "id": format!("p{index}"), "name": "Side" })).collect();
            parties[0]["id"] = json!("a");
            d["parties"] = Value::Array(parties);
        },
    },
    Variant {
        name: "the captured measure and every group",
        mutate: |d| {
            let groups = ["people", "service_members", "soldiers", "interior_ministry", "civilians", "children"];
            let claims: Vec<Value> = many_claims(groups.len())
                .into_iter()
                .zip(groups)
                .map(|(mut claim, group)| {
                    claim["measure"] = json!("captured");
                    claim["group"] = json!(group);
                    claim
                })
                .collect();
            d["claims"] = Value::Array(claims);
        },
    },
];

#[test]
fn documents_the_reader_accepts_are_valid_against_the_schema() {
    let validator = validator();
    let mut failures = Vec::new();
    for case in VALID {
        let mut document = minimal();
        (case.mutate)(&mut document);
        let reader = reader_errors(&document);
        if !reader.is_empty() {
            failures.push(format!("{}: the reader refused it: {reader:?}", case.name));
        }
        let schema = schema_errors(&validator, &document);
        if !schema.is_empty() {
            failures.push(format!("{}: the schema refused it: {schema:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------------------------
// Field by field: texts, dates, links and counts are judged the same way by both.

/// Puts each value at `pointer` in the minimal document and lists those on which the two disagree.
fn disagreements(pointer: &str, values: impl IntoIterator<Item = Value>) -> Vec<String> {
    let validator = validator();
    let mut found = Vec::new();
    for value in values {
        let mut document = minimal();
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
        at(&mut document, parent)[key] = value.clone();
        let schema_ok = schema_errors(&validator, &document).is_empty();
        let reader = reader_errors(&document);
        if schema_ok != reader.is_empty() {
            found.push(format!(
                "{pointer} = {value}: schema {}, reader {reader:?}",
                if schema_ok { "accepts" } else { "refuses" }
            ));
        }
    }
    found
}

/// Every character that is whitespace or a control character to either side, and a few that are neither
/// but look like it.
fn tricky_characters() -> Vec<char> {
    let mut characters: Vec<char> =
        (0u32..=0x00a0).filter_map(char::from_u32).filter(|c| !c.is_ascii_alphanumeric()).collect();
    characters.extend([
        '\u{ad}', '\u{2800}', '\u{3164}', '\u{ffa0}', '\u{fe0f}', '\u{1680}', '\u{180e}', '\u{200b}', '\u{2060}',
        '\u{feff}', '\u{3000}', '\u{fffd}', 'é', '😀',
    ]);
    characters.extend((0x2000..=0x200a).filter_map(char::from_u32));
    characters.extend(['\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}']);
    characters
}

#[test]
fn texts_are_judged_alike() {
    let mut values = Vec::new();
    for c in tricky_characters() {
        for text in
            [format!("{c}"), format!("a{c}"), format!("{c}a"), format!("a{c}b"), format!("{c}{c}"), format!("{c}a{c}")]
        {
            values.push(json!(text));
        }
    }
    values.extend([json!(""), json!(null), json!(1), json!(["a"]), json!("a".repeat(200)), json!("a".repeat(201))]);
    let mut found = disagreements("/title", values.clone());
    found.extend(disagreements("/claims/0/quote", values));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn dates_are_judged_alike() {
    let years = [
        "0000", "0999", "1000", "1004", "1100", "1200", "1600", "1700", "1800", "1900", "1996", "1999", "2000", "2023",
        "2024", "2100", "2400", "2500", "9996", "9999",
    ];
    let mut values = Vec::new();
    for year in years {
        for month in 0..=13 {
            for day in 0..=32 {
                values.push(json!(format!("{year}-{month:02}-{day:02}")));
            }
        }
    }
    for text in [
        "2023-9-27",
        "27/09/2023",
        "2023-09-27T12:00:00Z",
        "+023-09-01",
        "2023-09-27 ",
        "\t2023-09-27",
        "2023-09-27\u{85}",
        "2023-09-2\u{661}",
        "\u{661}023-09-27",
        "20230927",
        "2023/09/27",
        "12023-09-27",
        "2023-09-027",
        "",
    ] {
        values.push(json!(text));
    }
    let mut found = disagreements("/event/start", values.clone());
    found.extend(disagreements("/claims/0/as_of/reported_by", values));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn links_are_judged_alike() {
    let mut values: Vec<Value> = [
        "https://example.org/report?id=1#top",
        "HTTP://EXAMPLE.ORG",
        "hTtPs://example.org",
        "http://x",
        "https://user@example.org",
        "https://example.org:8080",
        "https://[::1]/",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//example.org/x",
        "/relative",
        "example.org",
        "https://",
        "https:///path",
        "https://?q",
        "https://#top",
        "https://@example.org",
        "https://:80",
        "https:/example.org",
        "https:example.org",
        "ftp://example.org",
        "https://exa mple.org",
        "https://example.org/\nx",
        " https://example.org ",
        "",
    ]
    .into_iter()
    .map(|text| json!(text))
    .collect();
    for c in tricky_characters() {
        for text in
            [format!("https://{c}x"), format!("https://x{c}y"), format!("{c}https://x"), format!("https://x/{c}")]
        {
            values.push(json!(text));
        }
    }
    let found = disagreements("/sources/0/url", values);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn language_tags_are_judged_alike() {
    let mut values: Vec<Value> = [
        "ru",
        "he",
        "hy",
        "pt-BR",
        "zh-Hant-TW",
        "sr-Latn",
        "RU",
        " uk ",
        "ckb",
        "ru-",
        "-ru",
        "r",
        "russ",
        "Russian",
        "ru_RU",
        "ru-RU-",
        "pt-abcdefghi",
        "ru--RU",
        "ру",
        "",
        " ",
    ]
    .into_iter()
    .map(|text| json!(text))
    .collect();
    for c in tricky_characters() {
        values.push(json!(format!("r{c}u")));
        values.push(json!(format!("ru-{c}")));
    }
    let found = disagreements("/sources/0/language", values);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn counts_are_judged_alike() {
    let values = [
        json!(0),
        json!(1),
        json!(999_999_999),
        json!(1_000_000_000),
        json!(1_000_000_001),
        json!(u64::MAX),
        json!(-1),
        json!(i64::MIN),
        json!(0.0),
        json!(-0.0),
        json!(7.0),
        json!(7.5),
        json!(1e9),
        json!(1e10),
        json!(-1.0),
        json!("7"),
        json!(true),
        json!(null),
        json!([7]),
    ];
    let mut found = disagreements("/claims/0/figure/value", values.clone());
    let version = FORMAT_VERSION;
    found.extend(disagreements(
        "/format_version",
        [json!(version), json!(version as f64), json!(0), json!(-1), json!(1.5)],
    ));
    found.extend(disagreements("/format_version", values));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

// ---------------------------------------------------------------------------------------------------------------
// Where the two differ, on purpose: pinned so that a change on either side is noticed.

struct Difference {
    name: &'static str,
    mutate: fn(&mut Value),
    schema_accepts: bool,
    reader_accepts: bool,
}

const DIFFERENCES: &[Difference] = &[
    // Cross-field rules: the reader's alone (listed in the schema's description).
    Difference {
        name: "two parties with the same id",
        mutate: |d| d["parties"][1]["id"] = json!("a"),
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "two claims with the same id",
        mutate: |d| {
            let copy = d["claims"][0].clone();
            d["claims"].as_array_mut().unwrap().push(copy);
            d["claims"][1]["headline"] = json!(false);
        },
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "a claim about an unknown party",
        mutate: |d| d["claims"][0]["party"] = json!("c"),
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "a claim from an unknown source",
        mutate: |d| d["claims"][0]["source"] = json!("apa-typo"),
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "a context line from an unknown source",
        mutate: |d| d["context"] = json!([{ "text": "Background.", "source": "nobody" }]),
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "via names a later source",
        mutate: |d| {
            d["sources"][0]["via"] = json!("later");
            d["sources"].as_array_mut().unwrap().push(json!({ "id": "later", "outlet": "Later" }));
        },
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "a range whose low is not below its high",
        mutate: |d| d["claims"][0]["figure"] = json!({ "bound": "range", "low": 20, "high": 20 }),
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "an event that ends before it starts",
        mutate: |d| d["event"]["end"] = json!("2023-09-18"),
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "a correction after updated",
        mutate: |d| {
            d["updated"] = json!("2023-09-28");
            d["corrections"] = json!([{ "date": "2023-09-29", "text": "A figure was revised." }]);
        },
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "two headline figures for one party, measure and date",
        mutate: |d| {
            let mut copy = d["claims"][0].clone();
            copy["id"] = json!("a-killed-again");
            d["claims"].as_array_mut().unwrap().push(copy);
        },
        schema_accepts: true,
        reader_accepts: false,
    },
    Difference {
        name: "a document over 512 KiB",
        mutate: |d| {
            let mut claims = many_claims(300);
            for claim in &mut claims {
                claim["quote"] = json!("q".repeat(2000));
            }
            d["claims"] = Value::Array(claims);
        },
        schema_accepts: true,
        reader_accepts: false,
    },
    // Limits counted differently.
    Difference {
        name: "a title of 200 characters padded with a space (the reader trims before counting)",
        mutate: |d| d["title"] = json!(format!(" {}", "a".repeat(200))),
        schema_accepts: false,
        reader_accepts: true,
    },
    // Words the reader trims and the schema wants bare, so that editors' tools can offer them.
    Difference {
        name: "a measure with surrounding spaces",
        mutate: |d| d["claims"][0]["measure"] = json!(" killed "),
        schema_accepts: false,
        reader_accepts: true,
    },
    Difference {
        name: "a bound with surrounding spaces",
        mutate: |d| d["claims"][0]["figure"]["bound"] = json!("exact "),
        schema_accepts: false,
        reader_accepts: true,
    },
];

#[test]
fn the_known_differences_are_as_documented() {
    let validator = validator();
    let mut failures = Vec::new();
    for case in DIFFERENCES {
        let mut document = minimal();
        (case.mutate)(&mut document);
        let schema = schema_errors(&validator, &document);
        let reader = reader_errors(&document);
        if schema.is_empty() != case.schema_accepts {
            failures.push(format!(
                "{}: expected the schema to {}, got {schema:?}",
                case.name,
                verb(case.schema_accepts)
            ));
        }
        if reader.is_empty() != case.reader_accepts {
            failures.push(format!(
                "{}: expected the reader to {}, got {reader:?}",
                case.name,
                verb(case.reader_accepts)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn verb(accepts: bool) -> &'static str {
    if accepts {
        "accept it"
    } else {
        "refuse it"
    }
}

// ---------------------------------------------------------------------------------------------------------------
// One definition: the published schema and the README's field table follow the format's types.

#[test]
fn the_published_schema_is_what_the_types_generate() {
    let published = read_text(SCHEMA_FILE);
    let generated = claims_card_data::format::schema_json();
    assert!(
        published == generated,
        "{SCHEMA_FILE} differs from the schema the format's types generate (crates/data/src/format). Regenerate it with\n  \
         cargo run --package claims-card-cli -- schema > {SCHEMA_FILE}\nand commit the result."
    );
}

/// Every field name the format has: the keys of every `properties` in the generated schema, except the
/// language codes of translated text (the README lists those in prose).
fn format_field_names(value: &Value, names: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                if key.starts_with("Translatable") {
                    continue;
                }
                if key == "properties" {
                    names.extend(item.as_object().into_iter().flat_map(|properties| properties.keys().cloned()));
                }
                format_field_names(item, names);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| format_field_names(item, names)),
        _ => {}
    }
}

/// The README's "The data format" table: the field names its first column lists (`parties[]` as
/// `parties`), and every name in backticks or quotes anywhere in its rows.
fn readme_field_table() -> (BTreeSet<String>, BTreeSet<String>) {
    let readme = read_text("README.md");
    let section = readme.split("## The data format").nth(1).expect("README.md has a section \"The data format\"");
    let rows: Vec<&str> = section
        .lines()
        .skip_while(|line| !line.starts_with("| field |"))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .collect();
    assert!(rows.len() >= 10, "README.md's data format table has {} rows", rows.len());
    let names_in = |text: &str| -> Vec<String> {
        text.split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let mut listed = BTreeSet::new();
    let mut mentioned = BTreeSet::new();
    for row in rows {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let (field, meaning) = (cells[1], cells[2]);
        for quoted in field.split('`').skip(1).step_by(2) {
            listed.extend(names_in(quoted));
        }
        for quoted in [field, meaning].iter().flat_map(|cell| cell.split('`').skip(1).step_by(2)) {
            mentioned.extend(names_in(quoted));
        }
    }
    (listed, mentioned)
}

#[test]
fn the_readme_field_table_follows_the_types() {
    let mut fields = BTreeSet::new();
    format_field_names(&serde_json::from_str(&claims_card_data::format::schema_json()).unwrap(), &mut fields);
    assert!(fields.contains("format_version") && fields.contains("reported_by"), "{fields:?}");
    let (listed, mentioned) = readme_field_table();
    let unknown: Vec<&String> = listed.difference(&fields).collect();
    assert!(unknown.is_empty(), "README.md's data format table lists fields the format does not have: {unknown:?}");
    let missing: Vec<&String> = fields.difference(&mentioned).collect();
    assert!(
        missing.is_empty(),
        "README.md's data format table does not mention these fields of the format (crates/data/src/format): {missing:?}"
    );
}

/// The workbench's source (crates/workbench/src), every file of it.
fn workbench_source() -> String {
    fn read_all(folder: &std::path::Path, into: &mut String) {
        for entry in fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read_all(&path, into);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                into.push_str(&fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut source = String::new();
    read_all(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/workbench/src"), &mut source);
    source
}

#[test]
fn the_workbench_has_a_control_for_every_field_of_the_format() {
    let mut fields = BTreeSet::new();
    format_field_names(&serde_json::from_str(&claims_card_data::format::schema_json()).unwrap(), &mut fields);
    let source = workbench_source();
    // The workbench edits a field through its path (`path.field("outlet")`), a list section
    // (`list="notes"`) or a choice between fields (`("refers_to".to_owned(), "Describes the day"…)`);
    // format_version is set by the version-2 move, not typed.
    let edited = |field: &str| {
        [format!("field(\"{field}\")"), format!("list=\"{field}\""), format!("(\"{field}\".to_owned(), ")]
            .iter()
            .any(|pattern| source.contains(pattern))
    };
    let missing: Vec<&String> = fields.iter().filter(|field| *field != "format_version" && !edited(field)).collect();
    assert!(
        missing.is_empty(),
        "the workbench (crates/workbench) has no control for these fields of the format: {missing:?}"
    );
}
