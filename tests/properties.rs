//! Property tests of the reader: no text and no mutation of a real document may panic it, and a
//! document it accepts renders, with its title as escaped text.
//!
//! The inputs come from a fixed seed, so a run is repeatable; nothing is written to the repository
//! (no failure persistence). Each test prints how many inputs it ran (`cargo test -- --nocapture`).

mod common;

use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

use claims_card_data::dataset::{Dataset, SEED_JSON};
use claims_card_publish::card_html;
use claims_card_view::words::Locale;
use proptest::prelude::*;
use proptest::sample::{select, Index};

use common::edits::any_text;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestRunner};
use serde_json::{Map, Number, Value};

const ANY_TEXT_CASES: u32 = 3000;
const MUTATION_CASES: u32 = 1500;

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x00c1_a1b5),
        ..Config::default()
    }
}

/// What one property run did, printed so that `cargo test -- --nocapture` shows it.
struct Tally {
    inputs: Cell<u32>,
    read: Cell<u32>,
}

impl Tally {
    fn new() -> Self {
        Self { inputs: Cell::new(0), read: Cell::new(0) }
    }

    fn count(&self, read: bool) {
        self.inputs.set(self.inputs.get() + 1);
        self.read.set(self.read.get() + u32::from(read));
    }

    fn report(&self, property: &str, started: Instant) {
        eprintln!(
            "{property}: {} inputs ran in {:.2?} ({} read as a dataset)",
            self.inputs.get(),
            started.elapsed(),
            self.read.get()
        );
    }
}

fn run<S: Strategy>(property: &str, cases: u32, strategy: S, test: impl Fn(S::Value) -> bool)
where
    S::Value: std::fmt::Debug,
{
    let tally = Tally::new();
    let started = Instant::now();
    let outcome = TestRunner::new(config(cases)).run(&strategy, |input| {
        tally.count(test(input));
        Ok(())
    });
    tally.report(property, started);
    if let Err(failure) = outcome {
        panic!("{property}: {failure}");
    }
}

// ---- (a) any text ------------------------------------------------------------------------------

#[test]
fn any_text_is_read_or_refused_never_a_panic_3000_inputs() {
    run("any text", ANY_TEXT_CASES, any_text(), |text| Dataset::from_json(&text).is_ok());
}

// ---- (b) structured mutations of the seed ---------------------------------------------------------

/// One change to a parsed document. The indexes pick, when the mutation is applied, among the nodes
/// it can apply to, so a mutation always lands somewhere in the document as it is by then.
#[derive(Debug, Clone)]
enum Mutation {
    RemoveKey(Index),
    /// Replaces any value with one of another type.
    ReplaceValue(Index, Value),
    DuplicateItem(Index, Index),
    DropItem(Index, Index),
    SetText(Index, String),
    /// Sets a text the card shows as prose, where any non-blank text under its limit is valid.
    SetShownText(Index, String),
    SetNumber(Index, Number),
}

/// Every node's JSON pointer, in document order, the root first.
fn pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, pointer: String, out: &mut Vec<String>) {
        out.push(pointer.clone());
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    walk(item, format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, format!("{pointer}/{index}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

/// The pointer of one node that `fits`, chosen by `at`; `None` when no node fits.
fn pick(document: &Value, at: &Index, fits: impl Fn(&Value) -> bool) -> Option<String> {
    let fitting: Vec<String> = pointers(document)
        .into_iter()
        .filter(|pointer| fits(document.pointer(pointer).expect("a listed node")))
        .collect();
    (!fitting.is_empty()).then(|| fitting[at.index(fitting.len())].clone())
}

fn same_type(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn mutate(document: &mut Value, mutation: &Mutation) {
    match mutation {
        Mutation::RemoveKey(at) => {
            let Some(object) = pick(document, at, |node| node.as_object().is_some_and(|map| !map.is_empty())) else {
                return;
            };
            let map = document.pointer_mut(&object).and_then(Value::as_object_mut).expect("an object");
            let key = map.keys().nth(at.index(map.len())).cloned().expect("a key");
            map.remove(&key);
        }
        Mutation::ReplaceValue(at, replacement) => {
            let Some(pointer) = pick(document, at, |_| true) else { return };
            let node = document.pointer_mut(&pointer).expect("a node");
            *node = match (same_type(node, replacement), &*node) {
                (false, _) => replacement.clone(),
                // Wrapping changes the type: a list becomes an object, anything else a list.
                (true, Value::Array(_)) => Value::Object(Map::from_iter([("value".to_owned(), replacement.clone())])),
                (true, _) => Value::Array(vec![replacement.clone()]),
            };
        }
        Mutation::DuplicateItem(at, item) | Mutation::DropItem(at, item) => {
            let Some(list) = pick(document, at, |node| node.as_array().is_some_and(|items| !items.is_empty())) else {
                return;
            };
            let items = document.pointer_mut(&list).and_then(Value::as_array_mut).expect("a list");
            let index = item.index(items.len());
            if matches!(mutation, Mutation::DuplicateItem(..)) {
                items.insert(index + 1, items[index].clone());
            } else {
                items.remove(index);
            }
        }
        Mutation::SetText(at, text) => {
            if let Some(pointer) = pick(document, at, Value::is_string) {
                *document.pointer_mut(&pointer).expect("a text") = Value::String(text.clone());
            }
        }
        Mutation::SetShownText(at, text) => {
            let shown = pointers(document).into_iter().filter(|pointer| {
                let key = pointer.rsplit('/').next().unwrap_or_default();
                SHOWN_TEXT.contains(&key) && document.pointer(pointer).is_some_and(Value::is_string)
            });
            let shown: Vec<String> = shown.collect();
            if !shown.is_empty() {
                *document.pointer_mut(&shown[at.index(shown.len())]).expect("a text") = Value::String(text.clone());
            }
        }
        Mutation::SetNumber(at, number) => {
            if let Some(pointer) = pick(document, at, Value::is_number) {
                *document.pointer_mut(&pointer).expect("a number") = Value::Number(number.clone());
            }
        }
    }
}

/// Fields the card shows as prose: changing one keeps the document valid more often than not.
const SHOWN_TEXT: &[&str] =
    &["title", "kicker", "dek", "name", "outlet", "author", "claimant", "hedge", "quote", "note", "text"];

/// Text an editor or an attacker might type: any Unicode, markup, blanks, dates and ids of the seed.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,40}",
        select(vec![
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "</script><!--",
            "a & b < c > d",
            "   ",
            "",
            "2023-09-27",
            "2024-02-29",
            "az",
            "nk",
            "apa",
            "kyiv-independent",
            "range",
            "not_reported",
            "javascript:alert(1)",
            "https://example.org/report",
        ])
        .prop_map(str::to_owned),
    ]
}

fn number() -> impl Strategy<Value = Number> {
    let float = any::<f64>().prop_map(|float| Number::from_f64(float).unwrap_or_else(|| Number::from(0)));
    prop_oneof![
        (0u64..2000).prop_map(Number::from),
        (999_999_990u64..=1_000_000_010).prop_map(Number::from),
        any::<u64>().prop_map(Number::from),
        any::<i64>().prop_map(Number::from),
        (0u64..1000).prop_map(|n| Number::from_f64(n as f64 + 0.5).expect("finite")),
        float,
    ]
}

/// Any JSON value, a few levels deep, with object keys that are often the reader's own.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(Value::Number),
        text().prop_map(Value::String),
    ];
    let key = prop_oneof![
        select(vec!["id", "name", "bound", "value", "low", "high", "reported_by", "refers_to", "text", "date"])
            .prop_map(str::to_owned),
        "[a-z_]{1,10}",
    ];
    leaf.prop_recursive(3, 16, 4, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..4)
                .prop_map(|entries| Value::Object(Map::from_iter(entries))),
        ]
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::RemoveKey),
        1 => (any::<Index>(), json_value()).prop_map(|(at, value)| Mutation::ReplaceValue(at, value)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(at, item)| Mutation::DuplicateItem(at, item)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(at, item)| Mutation::DropItem(at, item)),
        // Text and numbers are most of a document: they get the most mutations.
        2 => (any::<Index>(), text()).prop_map(|(at, text)| Mutation::SetText(at, text)),
        2 => (any::<Index>(), text()).prop_map(|(at, text)| Mutation::SetShownText(at, text)),
        2 => (any::<Index>(), number()).prop_map(|(at, number)| Mutation::SetNumber(at, number)),
    ]
}

/// Text as Yew's server renderer writes it between tags.
fn escaped_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn mutated_seed_documents_never_panic_and_render_their_title_escaped_1500_inputs() {
    let seed: Value = serde_json::from_str(SEED_JSON).expect("the seed is JSON");
    let strategy = prop::collection::vec(mutation(), 1..4);
    run("mutated seed", MUTATION_CASES, strategy, |mutations| {
        let mut document = seed.clone();
        for mutation in &mutations {
            mutate(&mut document, mutation);
        }
        let Ok(dataset) = Dataset::from_json(&document.to_string()) else { return false };
        let title = escaped_text(dataset.title.get(Locale::En));
        let html = card_html(Rc::new(dataset), Locale::En);
        assert!(html.contains(&title), "the card does not show the title {title:?} as escaped text:\n{html}");
        true
    });
}
