//! The corpus: documents editors really get wrong, one mistake each (`tests/corpus/bad`), documents
//! that try to put markup or script on the page (`tests/corpus/hostile`), and oversize documents made
//! here rather than committed.
//!
//! A bad case is `NN-short-name.json` beside `NN-short-name.errors`, which holds the reader's exact
//! error lines, one per line, in order. Each document is `common::minimal()` with one mistake, so
//! its errors are only the intended ones. To add a case, add both files; the test reports every
//! case that differs at once, with what it expected and what it got.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Instant;

use claims_card_data::dataset::{Dataset, DatasetError, MAX_DOCUMENT_BYTES};
use claims_card_publish::card_html;
use claims_card_view::words::Locale;
use serde_json::{json, Value};

use common::{errors_of_text, minimal};

/// Fewer bad cases than this means the folder was lost or emptied, not that the reader got better.
const MIN_BAD_CASES: usize = 40;

fn corpus(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(folder)
}

/// The names of a folder's files, sorted.
fn file_names(folder: &Path) -> BTreeSet<String> {
    fs::read_dir(folder)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", folder.display()))
        .map(|entry| entry.expect("a readable folder entry").file_name().to_string_lossy().into_owned())
        .collect()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

#[test]
fn every_bad_document_gives_exactly_its_listed_errors() {
    let folder = corpus("bad");
    let names = file_names(&folder);
    let mut cases = 0;
    let mut failures = Vec::new();
    for name in &names {
        if let Some(stem) = name.strip_suffix(".errors") {
            if !names.contains(&format!("{stem}.json")) {
                failures.push(format!("{name}: no {stem}.json beside it"));
            }
            continue;
        }
        let Some(stem) = name.strip_suffix(".json") else {
            failures.push(format!("{name}: neither a .json document nor its .errors"));
            continue;
        };
        cases += 1;
        let errors_name = format!("{stem}.errors");
        if !names.contains(&errors_name) {
            failures.push(format!("{name}: no {errors_name} beside it"));
            continue;
        }
        let expected: Vec<String> = read(&folder.join(&errors_name)).lines().map(str::to_owned).collect();
        let got = errors_of_text(&read(&folder.join(name)));
        if expected.is_empty() {
            failures.push(format!("{errors_name}: lists no errors"));
        } else if got != expected {
            let listed = |lines: &[String]| {
                if lines.is_empty() {
                    "    (reads without error)".to_owned()
                } else {
                    lines.iter().map(|line| format!("    {line}")).collect::<Vec<_>>().join("\n")
                }
            };
            failures.push(format!("{name}:\n  expected\n{}\n  got\n{}", listed(&expected), listed(&got)));
        }
    }
    assert!(
        cases >= MIN_BAD_CASES,
        "{} holds {cases} bad documents; expected at least {MIN_BAD_CASES}",
        folder.display()
    );
    assert!(failures.is_empty(), "{} of {cases} bad documents differ:\n{}", failures.len(), failures.join("\n"));
}

/// Text as Yew's server renderer writes it between tags.
fn escaped_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// One start tag of the rendered card.
#[derive(Debug)]
struct StartTag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The start tags of markup Yew wrote: quoted attribute values, comments skipped. Text between tags
/// cannot hold a `<` (the renderer escapes it), so every `<` starts a tag, an end tag or a comment.
fn start_tags(html: &str) -> Vec<StartTag> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
        let mut tag = StartTag { name: rest[..name_end].to_ascii_lowercase(), attributes: Vec::new() };
        rest = &rest[name_end..];
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() {
                break;
            }
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            let end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/').unwrap_or(rest.len());
            let attribute = rest[..end].to_ascii_lowercase();
            rest = &rest[end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix('=') {
                let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
                let (text, after) = match quote {
                    Some(quote) => {
                        let body = &after[1..];
                        let close = body.find(quote).unwrap_or(body.len());
                        (&body[..close], body.get(close + 1..).unwrap_or(""))
                    }
                    None => {
                        let close = after.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(after.len());
                        (&after[..close], &after[close..])
                    }
                };
                value = text.to_owned();
                rest = after;
            }
            tag.attributes.push((attribute, value));
        }
        tags.push(tag);
    }
    tags
}

/// The same document with every `<` in its text replaced by a look-alike: it renders the card's own
/// elements and nothing that could come from the data.
fn without_markup(value: &Value) -> Value {
    match value {
        Value::String(text) => Value::String(text.replace('<', "‹")),
        Value::Array(items) => Value::Array(items.iter().map(without_markup).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(key, item)| (key.clone(), without_markup(item))).collect())
        }
        other => other.clone(),
    }
}

fn render(text: &str, what: &str) -> Result<String, String> {
    let dataset = Dataset::from_json(text).map_err(|error| format!("{what} does not read:\n{error}"))?;
    Ok(card_html(Rc::new(dataset), Locale::En))
}

/// Every problem a hostile document's rendering has; empty when its markup is only ever text.
fn markup_problems(name: &str, text: &str) -> Vec<String> {
    let html = match render(text, name) {
        Ok(html) => html,
        Err(problem) => return vec![problem],
    };
    let document: Value = serde_json::from_str(text).expect("a document that reads is JSON");
    let clean = render(&without_markup(&document).to_string(), &format!("{name} without its markup"))
        .expect("the look-alike document reads too");
    let mut problems = Vec::new();
    let title = document["title"].as_str().unwrap_or_default().trim();
    if !html.contains(&escaped_text(title)) {
        problems.push(format!("{name}: the title is not in the card as escaped text: {:?}", escaped_text(title)));
    }
    let lower = html.to_ascii_lowercase();
    if text.to_ascii_lowercase().contains("<script") && !lower.contains("&lt;script") {
        problems.push(format!("{name}: no escaped &lt;script in the card"));
    }
    for raw in ["<script", "<img", "<iframe", "<style", "<svg onload", "<svg/onload"] {
        if lower.contains(raw) {
            problems.push(format!("{name}: the card contains a raw {raw}"));
        }
    }
    let tags = start_tags(&html);
    let names = |tags: &[StartTag]| tags.iter().map(|tag| tag.name.clone()).collect::<Vec<_>>();
    if names(&tags) != names(&start_tags(&clean)) {
        problems.push(format!(
            "{name}: the card's elements differ from the same card without markup in its text:\n  {:?}\n  {:?}",
            names(&tags),
            names(&start_tags(&clean))
        ));
    }
    for tag in &tags {
        for (attribute, value) in &tag.attributes {
            let scheme = value.trim().to_ascii_lowercase();
            if attribute.starts_with("on") {
                problems.push(format!("{name}: <{} {attribute}=\"{value}\"> is an event handler", tag.name));
            }
            if ["javascript:", "data:", "vbscript:"].iter().any(|unsafe_scheme| scheme.starts_with(unsafe_scheme)) {
                problems.push(format!("{name}: <{} {attribute}=\"{value}\"> is an unsafe link", tag.name));
            }
        }
    }
    problems
}

#[test]
fn hostile_documents_read_and_their_markup_is_only_text() {
    let folder = corpus("hostile");
    let names: Vec<String> = file_names(&folder).into_iter().filter(|name| name.ends_with(".json")).collect();
    assert!(names.len() >= 4, "{} holds {} documents; expected at least 4", folder.display(), names.len());
    let problems: Vec<String> =
        names.iter().flat_map(|name| markup_problems(name, &read(&folder.join(name)))).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_markup_check_sees_markup() {
    // The checks above must be able to fail: raw markup in a rendering is found.
    let tags = start_tags(r#"<p class="x">a &lt;b&gt; <img src=x onerror='alert(1)'><a href="javascript:x">"#);
    let described: Vec<_> = tags.iter().map(|tag| (tag.name.as_str(), tag.attributes.len())).collect();
    assert_eq!(described, [("p", 1), ("img", 2), ("a", 1)]);
    assert_eq!(tags[1].attributes[1], ("onerror".to_owned(), "alert(1)".to_owned()));
}

/// Runs one oversize case and says how long it took; the cases assert outcomes, not speed.
fn timed<T>(what: &str, case: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let outcome = case();
    eprintln!("{what}: {:.1?}", start.elapsed());
    outcome
}

fn with(mutate: impl FnOnce(&mut Value)) -> String {
    let mut document = minimal();
    mutate(&mut document);
    document.to_string()
}

/// `count` copies of the first claim, each its own figure, only the first a headline.
fn claims(count: usize) -> Value {
    let first = &minimal()["claims"][0];
    let copies = (0..count).map(|index| {
        let mut claim = first.clone();
        claim["id"] = json!(format!("claim-{index}"));
        claim["headline"] = json!(index == 0);
        claim
    });
    Value::Array(copies.collect())
}

#[test]
fn a_ten_megabyte_document_is_refused_by_its_size() {
    let text = with(|d| d["notes"] = json!(["x".repeat(10 * 1024 * 1024)]));
    let outcome = timed("10 MB document", || Dataset::from_json(&text));
    assert_eq!(outcome, Err(DatasetError::TooLarge { bytes: text.len() }));
}

#[test]
fn ten_thousand_claims_are_refused() {
    // Real claims cannot number 10,000 within the byte limit, so the size limit applies first.
    let real = with(|d| d["claims"] = claims(10_000));
    assert!(real.len() > MAX_DOCUMENT_BYTES);
    let outcome = timed("10,000 real claims", || Dataset::from_json(&real));
    assert_eq!(outcome, Err(DatasetError::TooLarge { bytes: real.len() }));

    // 10,000 entries that do fit: the first one's structural error stops the read, so one error, not 10,000.
    let placeholders = with(|d| d["claims"] = Value::Array(vec![json!({}); 10_000]));
    assert!(placeholders.len() <= MAX_DOCUMENT_BYTES);
    let errors = timed("10,000 empty claims", || errors_of_text(&placeholders));
    assert_eq!(errors, ["claims[0]: missing field `id`"]);

    // At the limit, and one past it, with real claims.
    let at_limit = with(|d| d["claims"] = claims(1000));
    let read = timed("1,000 real claims", || Dataset::from_json(&at_limit));
    assert_eq!(read.map(|dataset| dataset.claims().len()), Ok(1000));
    let over = with(|d| d["claims"] = claims(1001));
    assert_eq!(timed("1,001 real claims", || errors_of_text(&over)), ["claims: has 1001 entries; the limit is 1000"]);
}

#[test]
fn hundred_kilobyte_labels_are_refused_by_their_length() {
    let text = with(|d| {
        d["title"] = json!("x".repeat(100 * 1024));
        // Two bytes a character: the limit counts characters.
        d["parties"][0]["name"] = json!("é".repeat(50 * 1024));
    });
    assert_eq!(
        timed("100 KB labels", || errors_of_text(&text)),
        [
            "title: is 102400 characters long; the limit is 200",
            "parties[0].name: is 51200 characters long; the limit is 200"
        ]
    );
}

#[test]
fn ten_thousand_nested_lists_are_an_error_not_a_crash() {
    let nested = |depth: usize| format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    let deep_value = minimal().to_string().replace(r#""value":10"#, &format!(r#""value":{}"#, nested(10_000)));
    assert!(deep_value.len() > 20_000, "the nesting was not put in");
    let deep_objects = with(|d| d["kicker"] = json!("placeholder"))
        .replace(r#""placeholder""#, &format!("{}1{}", r#"{"a":"#.repeat(10_000), "}".repeat(10_000)));
    // The format's types nest a few levels only: deep nesting is a wrong type where it starts, found
    // before the nesting is read (serde_json would refuse more than 128 levels anyway).
    let expected = [
        (
            "10,000 nested lists",
            deep_value,
            "claims[0].figure.value: invalid type: sequence, expected a whole number from 0 (such as 200)",
        ),
        ("10,000 nested objects", deep_objects, "kicker.a: invalid type: map, expected a string"),
    ];
    for (what, text, error) in expected {
        assert_eq!(timed(what, || errors_of_text(&text)), [error], "{what}");
    }
    let shallow = with(|d| d["notes"] = json!([serde_json::from_str::<Value>(&nested(100)).unwrap()]));
    assert_eq!(
        timed("100 nested lists", || errors_of_text(&shallow)),
        [
            r#"notes[0]: invalid type: sequence, expected text, or its translations by language code such as { "en": "…", "ru": "…" }"#
        ]
    );
}
