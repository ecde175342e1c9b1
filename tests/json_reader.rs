//! The card's JSON reader (src/dataset/strict_json.rs) against serde_json, the parser it replaced in
//! the wasm: on any text both accept the same documents with the same values, and refuse the same
//! ones at the same line and column with the same words. Plus what only the card's reader does:
//! name a key that appears twice.

mod common;

use claims_card::dataset::strict_json::{parse, NotJson};
use claims_card::dataset::SEED_JSON;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestRunner};
use serde_json::{Map, Number, Value};

use common::edits::{any_text, apply_edits, edit};

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x0f50_4e00),
        ..Config::default()
    }
}

/// serde_json's verdict in the card reader's terms.
fn serde_json_reads(text: &str) -> Result<Value, NotJson> {
    serde_json::from_str::<Value>(text).map_err(|error| {
        let message = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        let reason = message.strip_suffix(&position).unwrap_or(&message).to_owned();
        // Leaked: a test's handful of distinct messages, to compare with the reader's static ones.
        NotJson { line: error.line(), column: error.column(), reason: Box::leak(reason.into_boxed_str()) }
    })
}

/// Equal, but floats only to within a few units in the last place: serde_json, built here with
/// `float_roundtrip`, rounds decimal text to the nearest double; the card's reader may be a unit off.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
            x == y || (x - y).abs() <= x.abs().max(y.abs()) * 1e-14
        }
        (Value::Array(xs), Value::Array(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| same(x, y)),
        (Value::Object(xs), Value::Object(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|((kx, x), (ky, y))| kx == ky && same(x, y))
        }
        _ => a == b,
    }
}

fn agree(text: &str) -> Result<(), TestCaseError> {
    let mine = parse(text).map(|(value, _)| value);
    let theirs = serde_json_reads(text);
    match (&mine, &theirs) {
        (Ok(mine), Ok(theirs)) => prop_assert!(same(mine, theirs), "values differ for {text:?}:\n{mine}\n{theirs}"),
        _ => prop_assert_eq!(mine.err(), theirs.err(), "for {:?}", text),
    }
    Ok(())
}

fn run<S: Strategy>(cases: u32, strategy: S)
where
    S::Value: std::fmt::Debug + AsRef<str>,
{
    if let Err(failure) = TestRunner::new(config(cases)).run(&strategy, |text| agree(text.as_ref())) {
        panic!("{failure}");
    }
}

/// Any JSON value: every kind, nested, with awkward strings and numbers.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(|n| Value::Number(n.into())),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        any::<f64>().prop_filter_map("finite", |x| Number::from_f64(x).map(Value::Number)),
        (-1000i64..1000, 0u32..4).prop_map(|(n, places)| Value::Number(
            Number::from_f64(n as f64 / 10f64.powi(places as i32)).unwrap_or_else(|| 0.into())
        )),
        any::<String>().prop_map(Value::String),
        "[\"\\\\/\u{0}-\u{1f}\u{7f}é😀\u{2028}a-z]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec(("[a-z\"\\\\é]{0,6}", inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

#[test]
fn any_value_written_by_serde_json_reads_back_the_same_2000_inputs() {
    run(
        2000,
        (any_value(), any::<bool>()).prop_map(|(value, pretty)| {
            if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }
                .expect("a Value always serializes")
        }),
    );
}

#[test]
fn any_text_gets_serde_json_verdict_position_and_words_6000_inputs() {
    run(6000, any_text());
}

#[test]
fn torn_documents_of_every_kind_get_serde_json_verdict_3000_inputs() {
    let written = (any_value(), prop::collection::vec(edit(), 1..4))
        .prop_map(|(value, edits)| apply_edits(serde_json::to_string_pretty(&value).unwrap_or_default(), &edits));
    run(3000, written);
}

#[test]
fn numbers_at_the_edges_agree() {
    for text in [
        "0",
        "-0",
        "-0.0",
        "1",
        "-1",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "184467440737095516150",
        "1844674407370955161.5",
        "0.1",
        "1.5",
        "1e3",
        "1E+3",
        "1e-3",
        "5e-324",
        "1e308",
        "1.797e308",
        "1e309",
        "-1e309",
        "0e99999999999",
        "1e-99999999999",
        "1e99999999999",
        "123456789012345678901234567890",
        "0.000000000000000000000000000001",
        "01",
        "-",
        "-a",
        "1.",
        "1.e3",
        "1e",
        "1e+",
        "1ex",
        ".5",
        "+1",
        "1.5.5",
        "[1,]",
        "[01]",
        "1 2",
    ] {
        if let Err(failure) = agree(text) {
            panic!("{text}: {failure}");
        }
    }
}

/// Where the two may differ: the reader scales by powers of ten it computes, a few units in the last
/// place from serde_json's table, so at the very top of the double range it can find infinity where
/// serde_json finds the largest double. No count is refused the less: either is above the limit.
#[test]
fn the_largest_double_is_refused_as_a_count_either_way() {
    assert_eq!(
        parse("1.7976931348623157e308").map(|(value, _)| value).map_err(|error| error.reason),
        Err("number out of range")
    );
    let mut document = common::minimal();
    document["claims"][0]["figure"]["value"] = serde_json::json!(f64::MAX);
    assert!(claims_card::dataset::Dataset::from_json(&document.to_string()).is_err());
}

#[test]
fn strings_and_escapes_at_the_edges_agree() {
    for text in [
        r#""""#,
        r#""\"\\\/\b\f\n\r\t""#,
        r#""\u00e9\u20AC""#,
        r#""\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ud83dx""#,
        r#""\ud83d\x""#,
        r#""\ud83d\u0041""#,
        r#""\ude00""#,
        r#""\u12""#,
        r#""\u12g4""#,
        r#""\u""#,
        r#""\"#,
        r#""\q""#,
        "\"a\tb\"",
        "\"a\nb\"",
        "\"unterminated",
        "\"é",
        "\"\\u00é9\"",
        "\"😀\\u\"",
    ] {
        if let Err(failure) = agree(text) {
            panic!("{text}: {failure}");
        }
    }
}

#[test]
fn structure_at_the_edges_agrees() {
    let deep = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    for text in [
        String::new(),
        " ".into(),
        "\n\n  ".into(),
        "{".into(),
        "[".into(),
        "{\"a\"".into(),
        "{\"a\":".into(),
        "{\"a\" 1}".into(),
        "{\"a\":1,}".into(),
        "{\"a\":1 \"b\":2}".into(),
        "{,}".into(),
        "{1:2}".into(),
        "[,1]".into(),
        "[1 2]".into(),
        "[1,".into(),
        "{\"a\":1,".into(),
        "nul".into(),
        "nulx".into(),
        "tru".into(),
        "falsy".into(),
        "{}}".into(),
        "[]]".into(),
        "\u{feff}{}".into(),
        deep(127),
        deep(128),
        deep(500),
        "\n\n  {\n\"a\": x}".into(),
    ] {
        if let Err(failure) = agree(&text) {
            panic!("{text:?}: {failure}");
        }
    }
}

#[test]
fn the_seed_reads_the_same() {
    assert_eq!(parse(SEED_JSON).map(|(value, _)| value).ok(), serde_json::from_str::<Value>(SEED_JSON).ok());
}

#[test]
fn a_key_given_twice_is_named_by_its_path_and_the_last_value_kept() {
    let (value, repeats) =
        parse(r#"{"a": 1, "b": [{"c": 1, "c": 2}, {"d": {"e": 0, "e": 1}}], "a": 2}"#).expect("valid JSON");
    assert_eq!(repeats, ["b[0].c", "b[1].d.e", "a"]);
    assert_eq!(value["a"], 2);
    assert_eq!(value["b"][0]["c"], 2);
}
