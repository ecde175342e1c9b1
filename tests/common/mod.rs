//! Helpers shared by the native integration tests: the seed, a minimal valid document to mutate, and
//! the error lines a document produces.

// Each test crate uses only some of these helpers.
#![allow(dead_code)]

use claims_card_data::dataset::{Dataset, SEED_JSON};
use serde_json::{json, Value};

pub mod edits;

/// The compiled-in seed, read the way a page reads it.
pub fn seed() -> Dataset {
    Dataset::from_json(SEED_JSON).unwrap_or_else(|error| panic!("the seed does not read:\n{error}"))
}

/// The smallest document the reader accepts: two parties, one source, one headline claim.
/// Tests mutate it so that each case differs from a valid document by exactly one mistake.
pub fn minimal() -> Value {
    json!({
        "format_version": 1,
        "id": "test-card",
        "title": "Claimed losses",
        "event": { "start": "2023-09-19" },
        "parties": [
            { "id": "a", "name": "Side A" },
            { "id": "b", "name": "Side B" }
        ],
        "sources": [
            { "id": "wire", "outlet": "Wire Service" }
        ],
        "claims": [
            {
                "id": "a-killed",
                "party": "a",
                "claimant": "Side A's ministry",
                "measure": "killed",
                "group": "people",
                "figure": { "bound": "exact", "value": 10 },
                "as_of": { "reported_by": "2023-09-27" },
                "source": "wire",
                "quote": "Ten people were killed.",
                "headline": true
            }
        ]
    })
}

/// A second claim for `minimal()`'s document: a valid claim, not a headline, about party b.
pub fn other_claim() -> Value {
    json!({
        "id": "b-killed-civilians",
        "party": "b",
        "claimant": "Side B's authorities",
        "measure": "killed",
        "group": "civilians",
        "figure": { "bound": "at_least", "value": 3 },
        "as_of": { "refers_to": "2023-09-20" },
        "source": "wire",
        "quote": "At least three civilians were killed."
    })
}

/// Reads a document that must be valid, naming every problem if it is not.
pub fn read(document: &Value) -> Dataset {
    read_text(&document.to_string())
}

pub fn read_text(text: &str) -> Dataset {
    Dataset::from_json(text).unwrap_or_else(|error| panic!("the document does not read:\n{error}"))
}

/// Every error line the reader gives for a document, in order; empty when it reads.
pub fn errors(document: &Value) -> Vec<String> {
    errors_of_text(&document.to_string())
}

pub fn errors_of_text(text: &str) -> Vec<String> {
    match Dataset::from_json(text) {
        Ok(_) => Vec::new(),
        Err(error) => error.lines(),
    }
}

/// Elements that flow within a line of text: their tags join what is on either side.
const INLINE_TAGS: &[&str] = &["a", "abbr", "b", "cite", "code", "em", "i", "span", "strong"];
/// Inline elements that style.css displays as blocks, so a reader sees them on their own line.
const BLOCK_CLASSES: &[&str] = &[r#"class="party""#, r#"class="claimant""#];

/// The text a reader reads: tags dropped (a block's edge reads as a space, an inline tag as nothing),
/// the few entities the renderer writes decoded, whitespace collapsed.
pub fn visible_text(html: &str) -> String {
    let html = without_hidden_text(html);
    let mut text = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let close = open + rest[open..].find('>').expect("every tag ends");
        let tag = &rest[open + 1..close];
        let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or_default();
        let inline = INLINE_TAGS.contains(&name) && !BLOCK_CLASSES.iter().any(|class| tag.contains(class));
        if !inline {
            text.push(' ');
        }
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `html` without the text only a screen reader hears (`<span class="visually-hidden">…</span>`,
/// which holds no other span, and the separators' unseen commas).
pub fn without_hidden_text(html: &str) -> String {
    const HIDDEN: &str = r#"<span class="visually-hidden">"#;
    let html = html.replace(r#"<span class="pause">,</span>"#, "");
    let html = html.as_str();
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(HIDDEN) {
        kept.push_str(&rest[..start]);
        let end = start + rest[start..].find("</span>").expect("the span ends") + "</span>".len();
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
}

/// One measure's panel of a rendered card, from its `<section` to its `</section>`.
pub fn panel<'a>(card: &'a str, measure: &str) -> &'a str {
    let marker = format!(r#"<section data-measure="{measure}""#);
    let start = card.find(&marker).unwrap_or_else(|| panic!("no {measure} panel in {card}"));
    let end = start + card[start..].find("</section>").expect("the panel ends") + "</section>".len();
    &card[start..end]
}
