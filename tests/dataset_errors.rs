//! Read errors: each mistake in an otherwise valid document gives its exact message, with its JSON path.

mod common;

use claims_card_data::dataset::{Dataset, DatasetError, MAX_DOCUMENT_BYTES};
use serde_json::{json, Value};

use common::{errors, errors_of_text, minimal, other_claim, read};

/// A mistake made in `minimal()`'s document, and every error line it must give, in order.
struct Case {
    name: &'static str,
    mutate: fn(&mut Value),
    expected: &'static [&'static str],
}

fn remove(document: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let removed = document.pointer_mut(parent).and_then(Value::as_object_mut).and_then(|object| object.remove(key));
    assert!(removed.is_some(), "nothing to remove at {pointer}");
}

fn set(document: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = document.pointer_mut(parent).unwrap_or_else(|| panic!("no parent for {pointer}"));
    match parent {
        Value::Object(object) => {
            object.insert(key.to_owned(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        _ => panic!("{pointer} is not in an object or a list"),
    }
}

fn push(document: &mut Value, pointer: &str, value: Value) {
    document.pointer_mut(pointer).and_then(Value::as_array_mut).unwrap().push(value);
}

/// A copy of the first claim under another id.
fn copy_of_first_claim(document: &Value, id: &str) -> Value {
    let mut copy = document["claims"][0].clone();
    copy["id"] = json!(id);
    copy
}

const CASES: &[Case] = &[
    // Format version.
    Case {
        name: "a later format version",
        mutate: |d| set(d, "/format_version", json!(3)),
        expected: &["format_version: this card reads format versions 1 and 2, not 3"],
    },
    Case {
        name: "the format version as text",
        mutate: |d| set(d, "/format_version", json!("1")),
        expected: &["format_version: invalid type: string \"1\", expected a whole number from 0 (such as 200)"],
    },
    Case {
        name: "no format version",
        mutate: |d| remove(d, "/format_version"),
        expected: &["document: missing field `format_version`"],
    },
    // Required fields.
    Case { name: "no title", mutate: |d| remove(d, "/title"), expected: &["document: missing field `title`"] },
    Case { name: "a null title", mutate: |d| set(d, "/title", Value::Null), expected: &["title: invalid type: null, expected text, or its translations by language code such as { \"en\": \"…\", \"ru\": \"…\" }"] },
    Case {
        name: "a claim without its quote",
        mutate: |d| remove(d, "/claims/0/quote"),
        expected: &["claims[0]: missing field `quote`"],
    },
    Case {
        name: "a claim without its figure",
        mutate: |d| remove(d, "/claims/0/figure"),
        expected: &["claims[0]: missing field `figure`"],
    },
    Case { name: "no event", mutate: |d| remove(d, "/event"), expected: &["document: missing field `event`"] },
    Case { name: "no claims", mutate: |d| remove(d, "/claims"), expected: &["document: missing field `claims`"] },
    Case { name: "no parties", mutate: |d| set(d, "/parties", json!([])), expected: &["parties: must not be empty"] },
    Case {
        name: "a source without its outlet",
        mutate: |d| remove(d, "/sources/0/outlet"),
        expected: &["sources[0]: missing field `outlet`"],
    },
    // Wrong types.
    Case {
        name: "a numeric title",
        mutate: |d| set(d, "/title", json!(5)),
        expected: &["title: invalid type: integer `5`, expected text, or its translations by language code such as { \"en\": \"…\", \"ru\": \"…\" }"],
    },
    Case {
        name: "parties as an object",
        mutate: |d| set(d, "/parties", json!({ "a": "Side A" })),
        expected: &["parties: invalid type: map, expected a sequence"],
    },
    Case {
        name: "an event as a list",
        mutate: |d| set(d, "/event", json!(["2023-09-19"])),
        expected: &["event: invalid type: sequence, expected an object"],
    },
    Case {
        name: "a claim as text",
        mutate: |d| set(d, "/claims/0", json!("a-killed")),
        expected: &["claims[0]: invalid type: string \"a-killed\", expected an object"],
    },
    Case {
        name: "a number as text",
        mutate: |d| set(d, "/claims/0/figure/value", json!("10")),
        expected: &["claims[0].figure.value: invalid type: string \"10\", expected a whole number from 0 (such as 200)"],
    },
    Case {
        name: "headline as text",
        mutate: |d| set(d, "/claims/0/headline", json!("yes")),
        expected: &["claims[0].headline: invalid type: string \"yes\", expected a boolean"],
    },
    Case {
        name: "a date as a number",
        mutate: |d| set(d, "/event/start", json!(20230919)),
        expected: &["event.start: invalid type: integer `20230919`, expected a string"],
    },
    Case {
        name: "a note as true",
        mutate: |d| set(d, "/notes", json!([true])),
        expected: &["notes[0]: invalid type: boolean `true`, expected text, or its translations by language code such as { \"en\": \"…\", \"ru\": \"…\" }"],
    },
    // Unknown fields: usually typos.
    Case {
        name: "a typo in a claim's field",
        mutate: |d| {
            let quote = d["claims"][0].as_object_mut().unwrap().remove("quote").unwrap();
            d["claims"][0]["qoute"] = quote;
        },
        expected: &["claims[0].qoute: unknown field `qoute`, expected one of `id`, `party`, `claimant`, `measure`, `group`, `figure`, `hedge`, `method`, `period`, `as_of`, `source`, `quote`, `note`, `headline`, `lead`, `series`, `correction`"],
    },
    Case {
        name: "a typo at the top",
        mutate: |d| {
            let title = d.as_object_mut().unwrap().remove("title").unwrap();
            d["titel"] = title;
        },
        expected: &["titel: unknown field `titel`, expected one of `format_version`, `id`, `language`, `unreviewed_translations`, `kicker`, `title`, `dek`, `standing_line`, `event`, `parties`, `claimants`, `missing`, `sources`, `claims`, `context`, `notes`, `updated`, `corrections`"],
    },
    Case {
        name: "a url on a party",
        mutate: |d| set(d, "/parties/1/url", json!("https://example.org")),
        expected: &["parties[1].url: unknown field `url`, expected one of `id`, `name`, `missing`"],
    },
    // Words the card knows.
    Case {
        name: "an unknown measure",
        mutate: |d| set(d, "/claims/0/measure", json!("injured")),
        expected: &["claims[0].measure: unknown variant `injured`, expected one of `killed`, `wounded`, `missing`, `captured`, `held_hostage`, `killed_and_wounded`, `killed_or_missing`, `killed_or_captured`, `casualties`"],
    },
    Case {
        name: "an unknown group",
        mutate: |d| set(d, "/claims/0/group", json!("troops")),
        expected: &["claims[0].group: unknown variant `troops`, expected one of `people`, `service_members`, `soldiers`, `interior_ministry`, `civilians`, `children`, `fighters`"],
    },
    Case {
        name: "an unknown bound",
        mutate: |d| set(d, "/claims/0/figure/bound", json!("approximately")),
        expected: &["claims[0].figure.bound: unknown variant `approximately`, expected one of `exact`, `about`, `at_least`, `more_than`, `up_to`, `nearly`, `range`, `in_words`, `not_reported`"],
    },
    // Figures.
    Case {
        name: "a number written in words",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "in_words", "words": "nearly 5,000" })),
        expected: &["claims[0].figure.words: \"nearly 5,000\" has a number in it: write the number as value with its bound, such as { \"bound\": \"nearly\", \"value\": 5000 }; in_words is for figures the source gives with no number (\"tens of thousands\")"],
    },
    Case {
        name: "a figure in words with a number",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "in_words", "words": "dozens", "value": 24 })),
        expected: &["claims[0].figure: a figure in words has no number: remove value, low and high (or give the number with its bound, such as \"about\")"],
    },
    Case {
        name: "words on a figure with a number",
        mutate: |d| set(d, "/claims/0/figure/words", json!("dozens")),
        expected: &["claims[0].figure: only a figure with bound \"in_words\" has words; a figure with bound \"exact\" has a number"],
    },
    Case {
        name: "a central estimate outside its range",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "range", "low": 10, "high": 20, "central": 25 })),
        expected: &["claims[0].figure.central: the central estimate (25) must lie between low (10) and high (20); if the source gives only one number, write it with bound \"about\""],
    },
    Case {
        name: "a central estimate without a range",
        mutate: |d| set(d, "/claims/0/figure/central", json!(12)),
        expected: &["claims[0].figure: only a range has a central estimate: write { \"bound\": \"range\", \"low\", \"high\", \"central\" }"],
    },
    // Periods.
    Case {
        name: "a year after the figure's date",
        mutate: |d| set(d, "/claims/0/period", json!({ "year": 2024 })),
        expected: &["claims[0].period.year: the figure is dated 2023-09-27, before the year 2024 began"],
    },
    Case {
        name: "a period that ends after the figure's date",
        mutate: |d| set(d, "/claims/0/period", json!({ "from": "2023-09-19", "to": "2023-09-30" })),
        expected: &["claims[0].period.to: the period ends on 2023-09-30, after the figure's own date, 2023-09-27: a figure cannot cover days after it"],
    },
    Case {
        name: "a period that ends before it starts",
        mutate: |d| set(d, "/claims/0/period", json!({ "from": "2023-09-20", "to": "2023-09-19" })),
        expected: &["claims[0].period.to: 2023-09-19 is before the period's start, 2023-09-20"],
    },
    Case {
        name: "no months",
        mutate: |d| set(d, "/claims/0/period", json!({ "past_months": 0 })),
        expected: &["claims[0].period.past_months: 0 months: write 1 to 120 (for longer, give the period's from and to)"],
    },
    Case {
        name: "two kinds of period at once",
        mutate: |d| set(d, "/claims/0/period", json!({ "year": 2023, "past_months": 12 })),
        expected: &["claims[0].period: must be one of { \"year\": 2024 } (\"in 2024\"), { \"past_months\": 12 } (\"over the past 12 months\") or { \"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\" }"],
    },
    Case {
        name: "a year not yet written",
        mutate: |d| set(d, "/claims/0/period", json!({ "year": null })),
        expected: &["claims[0].period: write the year as a whole number, such as { \"year\": 2024 }"],
    },
    Case {
        name: "a period with a start and no end",
        mutate: |d| set(d, "/claims/0/period", json!({ "from": "2023-09-19" })),
        expected: &["claims[0].period: must be one of { \"year\": 2024 } (\"in 2024\"), { \"past_months\": 12 } (\"over the past 12 months\") or { \"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\" }"],
    },
    // Several parties.
    Case {
        name: "a list of one party",
        mutate: |d| set(d, "/claims/0/party", json!(["a"])),
        expected: &["claims[0].party: a list of parties is for a figure that covers two or more together; for one party's figure write its id as a string: \"party\": \"…\""],
    },
    Case {
        name: "a party listed twice",
        mutate: |d| set(d, "/claims/0/party", json!(["a", "a"])),
        expected: &["claims[0].party[1]: the party \"a\" is listed twice"],
    },
    Case {
        name: "an unknown party among several",
        mutate: |d| set(d, "/claims/0/party", json!(["a", "c"])),
        expected: &["claims[0].party[1]: no party with id \"c\" (known: a, b)"],
    },
    Case {
        name: "a range that falls",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "range", "low": 20, "high": 10 })),
        expected: &["claims[0].figure.high: a range's low (20) must be below its high (10)"],
    },
    Case {
        name: "a range of one number",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "range", "low": 10, "high": 10 })),
        expected: &["claims[0].figure.high: a range's low (10) must be below its high (10)"],
    },
    Case {
        name: "a range with a value",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "range", "value": 15, "low": 10, "high": 20 })),
        expected: &["claims[0].figure: a range has low and high, not value"],
    },
    Case {
        name: "a range without its high end",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "range", "low": 10 })),
        expected: &["claims[0].figure: missing field `high`"],
    },
    Case {
        name: "an exact figure with a low end",
        mutate: |d| set(d, "/claims/0/figure/low", json!(5)),
        expected: &["claims[0].figure: only a range has low and high; a figure with bound \"exact\" has a value"],
    },
    Case {
        name: "a lower bound without its number",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "at_least" })),
        expected: &["claims[0].figure: missing field `value`"],
    },
    Case {
        name: "a negative number",
        mutate: |d| set(d, "/claims/0/figure/value", json!(-5)),
        expected: &["claims[0].figure.value: invalid value: integer `-5`, expected a whole number from 0 (such as 200)"],
    },
    Case {
        name: "a fractional number",
        mutate: |d| set(d, "/claims/0/figure/value", json!(10.5)),
        expected: &["claims[0].figure.value: invalid value: floating point `10.5`, expected a whole number from 0 (such as 200)"],
    },
    Case {
        name: "a number above a billion",
        mutate: |d| set(d, "/claims/0/figure/value", json!(1_000_000_001)),
        expected: &["claims[0].figure.value: 1000000001 is above the limit of 1000000000"],
    },
    Case {
        name: "a figure that was not reported, with a value",
        mutate: |d| set(d, "/claims/0/figure", json!({ "bound": "not_reported", "value": 0 })),
        expected: &["claims[0].figure: a figure that was not reported has no number: remove value, low and high"],
    },
    // Dates.
    Case {
        name: "30 February",
        mutate: |d| set(d, "/claims/0/as_of/reported_by", json!("2023-02-30")),
        expected: &[r#"claims[0].as_of.reported_by: "2023-02-30" is not a real day: that month has 28 days"#],
    },
    Case {
        name: "a day-first date",
        mutate: |d| set(d, "/event/start", json!("27/09/2023")),
        expected: &[r#"event.start: "27/09/2023" is not a date in the form YYYY-MM-DD"#],
    },
    Case {
        name: "a thirteenth month",
        mutate: |d| set(d, "/sources/0/published", json!("2023-13-01")),
        expected: &[r#"sources[0].published: "2023-13-01" has no month 13"#],
    },
    Case {
        name: "a date with a time",
        mutate: |d| set(d, "/claims/0/as_of", json!({ "refers_to": "2023-09-27T12:00:00Z" })),
        expected: &[r#"claims[0].as_of.refers_to: "2023-09-27T12:00:00Z" is not a date in the form YYYY-MM-DD"#],
    },
    Case {
        name: "an event that ends before it starts",
        mutate: |d| set(d, "/event/end", json!("2023-09-18")),
        expected: &["event.end: 2023-09-18 is before the start, 2023-09-19"],
    },
    Case {
        name: "a figure with both kinds of date",
        mutate: |d| set(d, "/claims/0/as_of/refers_to", json!("2023-09-20")),
        expected: &[
            "claims[0].as_of: must have exactly one of refers_to (the day the figure describes) or reported_by \
             (the day it had been reported by)",
        ],
    },
    Case {
        name: "a figure with no date",
        mutate: |d| set(d, "/claims/0/as_of", json!({})),
        expected: &[
            "claims[0].as_of: must have exactly one of refers_to (the day the figure describes) or reported_by \
             (the day it had been reported by)",
        ],
    },
    // Ids and references.
    Case {
        name: "two parties with one id",
        mutate: |d| set(d, "/parties/1/id", json!("a")),
        expected: &[r#"parties[1].id: the id "a" is used twice"#],
    },
    Case {
        name: "two sources with one id",
        mutate: |d| push(d, "/sources", json!({ "id": "wire", "outlet": "Another Wire" })),
        expected: &[r#"sources[1].id: the id "wire" is used twice"#],
    },
    Case {
        name: "two claims with one id",
        mutate: |d| {
            let mut copy = copy_of_first_claim(d, "a-killed");
            copy["headline"] = json!(false);
            push(d, "/claims", copy);
        },
        expected: &[r#"claims[1].id: the id "a-killed" is used twice"#],
    },
    Case {
        name: "two headline claims for one party and measure",
        mutate: |d| {
            let copy = copy_of_first_claim(d, "a-killed-again");
            push(d, "/claims", copy);
        },
        expected: &["claims[1].headline: claims[0] is already the headline figure of Side A's ministry for party a, measure killed, group people, on \
             2023-09-27; a revised figure from the same claimant needs a later date (a figure from another claimant \
             is a competing claim: give it that claimant)"],
    },
    Case {
        name: "a claim citing an unknown source",
        mutate: |d| {
            push(d, "/sources", json!({ "id": "agency", "outlet": "Agency" }));
            set(d, "/claims/0/source", json!("nope"));
        },
        expected: &[r#"claims[0].source: no source with id "nope" (known: wire, agency)"#],
    },
    Case {
        name: "a claim about an unknown party",
        mutate: |d| set(d, "/claims/0/party", json!("c")),
        expected: &[r#"claims[0].party: no party with id "c" (known: a, b)"#],
    },
    Case {
        name: "a context line citing an unknown source",
        mutate: |d| set(d, "/context", json!([{ "text": "A ceasefire was signed.", "source": "nope" }])),
        expected: &[r#"context[0].source: no source with id "nope" (known: wire)"#],
    },
    Case {
        name: "a via naming a later source",
        mutate: |d| {
            set(d, "/sources/0/via", json!("agency"));
            push(d, "/sources", json!({ "id": "agency", "outlet": "Agency" }));
        },
        expected: &[r#"sources[0].via: no source with id "agency" is listed before this one"#],
    },
    Case {
        name: "a via naming an unknown source",
        mutate: |d| set(d, "/sources/0/via", json!("ghost")),
        expected: &[r#"sources[0].via: no source with id "ghost" is listed before this one"#],
    },
    Case {
        name: "a source that came via itself",
        mutate: |d| set(d, "/sources/0/via", json!("wire")),
        expected: &[r#"sources[0].via: no source with id "wire" is listed before this one"#],
    },
    // Links.
    Case {
        name: "a javascript: link",
        mutate: |d| set(d, "/sources/0/url", json!("javascript:alert(1)")),
        expected: &["sources[0].url: must start with https:// or http://"],
    },
    Case {
        name: "a data: link",
        mutate: |d| set(d, "/sources/0/url", json!("data:text/html,<script>alert(1)</script>")),
        expected: &["sources[0].url: must start with https:// or http://"],
    },
    Case {
        name: "a link with no host",
        mutate: |d| set(d, "/sources/0/url", json!("https:///report")),
        expected: &["sources[0].url: has no host name"],
    },
    // Text.
    Case {
        name: "a title over 200 characters",
        mutate: |d| set(d, "/title", json!("x".repeat(201))),
        expected: &["title: is 201 characters long; the limit is 200"],
    },
    Case {
        name: "a quote over 2000 characters",
        mutate: |d| set(d, "/claims/0/quote", json!("é".repeat(2001))),
        expected: &["claims[0].quote: is 2001 characters long; the limit is 2000"],
    },
    Case { name: "a blank title", mutate: |d| set(d, "/title", json!("   ")), expected: &["title: must not be empty"] },
    Case {
        name: "a line break in a name",
        mutate: |d| set(d, "/parties/0/name", json!("Side\nA")),
        expected: &["parties[0].name: must not contain control characters or line breaks"],
    },
];

#[test]
fn the_minimal_document_reads() {
    assert_eq!(errors(&minimal()), Vec::<String>::new());
    let mut with_both = minimal();
    push(&mut with_both, "/claims", other_claim());
    assert_eq!(errors(&with_both), Vec::<String>::new());
}

#[test]
fn each_mistake_gives_its_exact_errors() {
    let mut failures = Vec::new();
    for case in CASES {
        let mut document = minimal();
        (case.mutate)(&mut document);
        let actual = errors(&document);
        if actual != case.expected {
            failures.push(format!("{}:\n  expected {:?}\n  got      {:?}", case.name, case.expected, actual));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn errors_carry_their_path_apart_from_their_reason() {
    let mut document = minimal();
    set(&mut document, "/claims/0/source", json!("nope"));
    let Err(DatasetError::Invalid(errors)) = Dataset::from_json(&document.to_string()) else {
        panic!("an unknown source was accepted")
    };
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path.to_string(), "claims[0].source");
    assert_eq!(errors[0].reason, r#"no source with id "nope" (known: wire)"#);
}

#[test]
fn every_mistake_in_one_document_is_reported_in_order() {
    // Every rule on decoded values is reported at once; only a structural error (a wrong type, an
    // unknown or missing field) stops the read, and that is tested case by case above.
    let mut document = minimal();
    set(&mut document, "/title", json!(""));
    set(&mut document, "/event/end", json!("2023-02-30"));
    set(&mut document, "/claims/0/figure/value", json!(5_000_000_000_u64));
    let mut second = other_claim();
    second["quote"] = json!("\u{202e}reversed");
    second["source"] = json!("apa");
    push(&mut document, "/claims", second);
    set(&mut document, "/notes", json!(["Unverified.", "  "]));
    assert_eq!(
        errors(&document),
        [
            "title: must not be empty",
            r#"event.end: "2023-02-30" is not a real day: that month has 28 days"#,
            "claims[0].figure.value: 5000000000 is above the limit of 1000000000",
            r#"claims[1].source: no source with id "apa" (known: wire)"#,
            "claims[1].quote: must not contain invisible text-direction controls (U+202A–U+202E, U+2066–U+2069)",
            "notes[1]: must not be empty",
        ]
    );
}

#[test]
fn text_that_is_not_json_is_located_by_line_and_column() {
    let trailing_comma = "{\n  \"format_version\": 1,\n  \"title\": \"x\",\n}";
    assert_eq!(errors_of_text(trailing_comma), ["not valid JSON at line 4, column 1: trailing comma"]);
    assert_eq!(errors_of_text(r#"{"title": }"#), ["not valid JSON at line 1, column 11: expected value"]);
    assert_eq!(
        Dataset::from_json(""),
        Err(DatasetError::NotJson { line: 1, column: 0, reason: "EOF while parsing a value".into() })
    );
}

#[test]
fn a_document_that_is_not_an_object_is_refused() {
    for (text, kind) in [("[]", "sequence"), ("1", "integer `1`"), ("\"text\"", "string \"text\""), ("null", "null")] {
        let errors = errors_of_text(text);
        assert_eq!(errors.len(), 1, "{text}: {errors:?}");
        assert_eq!(errors[0], format!("document: invalid type: {kind}, expected an object"), "{text}");
    }
}

#[test]
fn a_document_over_the_size_limit_is_refused_before_parsing() {
    let valid = minimal().to_string();
    let padded_to = |bytes: usize| format!("{valid}{}", " ".repeat(bytes - valid.len()));

    let at_limit = padded_to(MAX_DOCUMENT_BYTES);
    assert_eq!(at_limit.len(), MAX_DOCUMENT_BYTES);
    assert_eq!(errors_of_text(&at_limit), Vec::<String>::new());

    let over = padded_to(MAX_DOCUMENT_BYTES + 1);
    assert_eq!(Dataset::from_json(&over), Err(DatasetError::TooLarge { bytes: MAX_DOCUMENT_BYTES + 1 }));
    assert_eq!(errors_of_text(&over), ["the document is 524289 bytes; the limit is 524288 bytes"]);

    // Not even parsed: a large document of garbage gets the size error, not a JSON error.
    assert_eq!(
        errors_of_text(&"<".repeat(MAX_DOCUMENT_BYTES + 10)),
        ["the document is 524298 bytes; the limit is 524288 bytes"]
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_panic() {
    // The format's types nest a few levels only, so deep nesting is a wrong type where it starts; nesting
    // in a value read whole (an unknown field is refused before its value is read) cannot occur.
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert_eq!(errors_of_text(&nested(100_000)), ["document: invalid type: sequence, expected an object"]);
    let in_notes = format!(r#"{{"format_version": 1, "notes": {}}}"#, nested(200));
    assert_eq!(
        errors_of_text(&in_notes),
        [
            r#"notes[0]: invalid type: sequence, expected text, or its translations by language code such as { "en": "…", "ru": "…" }"#
        ]
    );
}

#[test]
fn markup_in_text_is_kept_as_literal_text() {
    let mut document = minimal();
    let title = "<img src=x onerror=alert(1)> & <b>bold</b>";
    let quote = "</script><script>alert(\"quoted\")</script>";
    set(&mut document, "/title", json!(title));
    set(&mut document, "/claims/0/quote", json!(quote));
    let dataset = read(&document);
    assert_eq!(dataset.title, title);
    assert_eq!(dataset.claims()[0].quote, quote);
}

#[test]
fn text_is_trimmed_and_limits_count_characters_not_bytes() {
    let mut document = minimal();
    set(&mut document, "/title", json!(format!("  {}  ", "é".repeat(200))));
    set(&mut document, "/claims/0/quote", json!("x".repeat(2000)));
    let dataset = read(&document);
    assert_eq!(dataset.title, "é".repeat(200));
    assert_eq!(dataset.claims()[0].quote.len(), 2000);
}

#[test]
fn a_safe_link_is_kept() {
    let mut document = minimal();
    set(&mut document, "/sources/0/url", json!("https://example.org/report?id=1#top"));
    let dataset = read(&document);
    assert_eq!(dataset.sources()[0].url.as_ref().map(|url| url.as_str()), Some("https://example.org/report?id=1#top"));
}

#[test]
fn a_via_naming_an_earlier_source_is_kept() {
    let mut document = minimal();
    push(&mut document, "/sources", json!({ "id": "agency", "outlet": "Agency", "via": "wire" }));
    let dataset = read(&document);
    let via = dataset.sources()[1].via.as_ref().expect("agency came via wire");
    assert_eq!(via.id, "wire");
}

#[test]
fn a_huge_whole_number_is_over_the_limit_not_fractional() {
    let mut document = minimal();
    set(&mut document, "/claims/0/figure/value", serde_json::json!(1e20));
    assert_eq!(errors(&document), ["claims[0].figure.value: 100000000000000000000 is above the limit of 1000000000"]);
    // Past 128 bits, as serde_json writes it (the reader's wasm carries no float formatter of its own).
    set(&mut document, "/claims/0/figure/value", serde_json::json!(1e300));
    assert_eq!(errors(&document), ["claims[0].figure.value: 1e+300 is above the limit of 1000000000"]);
}

#[test]
fn a_broken_party_does_not_hide_the_claims_own_errors() {
    let mut document = minimal();
    set(&mut document, "/parties/1/name", serde_json::json!(""));
    set(&mut document, "/claims/0/quote", serde_json::json!(" "));
    assert_eq!(errors(&document), ["parties[1].name: must not be empty", "claims[0].quote: must not be empty"]);
}

#[test]
fn an_entry_with_a_broken_id_does_not_also_break_every_reference_to_it() {
    let mut document = minimal();
    set(&mut document, "/sources/0/id", serde_json::json!(" "));
    assert_eq!(errors(&document), ["sources[0].id: must not be empty"]);
}

#[test]
fn a_via_naming_an_earlier_but_broken_source_is_not_reported_twice() {
    let mut document = minimal();
    set(&mut document, "/sources/0/outlet", serde_json::json!(""));
    push(&mut document, "/sources", serde_json::json!({ "id": "agency", "outlet": "Agency", "via": "wire" }));
    assert_eq!(errors(&document), ["sources[0].outlet: must not be empty"]);
}

#[test]
fn a_bad_updated_date_is_one_error_even_with_corrections() {
    let mut document = minimal();
    set(&mut document, "/updated", serde_json::json!("2023-09-31"));
    set(&mut document, "/corrections", serde_json::json!([{ "date": "2023-09-28", "text": "Fixed." }]));
    assert_eq!(errors(&document), [r#"updated: "2023-09-31" is not a real day: that month has 30 days"#]);
}
