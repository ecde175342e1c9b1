//! Helpers shared by the command line's tests: running it, the seed, and reading the plain form.

// Each test crate uses only some of these helpers.
#![allow(dead_code)]

use std::process::Command;

use claims_card_data::dataset::{Dataset, SEED_JSON};

/// The compiled-in seed, read the way a page reads it.
pub fn seed() -> Dataset {
    Dataset::from_json(SEED_JSON).unwrap_or_else(|error| panic!("the seed does not read:\n{error}"))
}

/// `claims-card ARGS…`: what it prints, or what it says on failure.
pub fn claims_card(args: &[&str]) -> Result<String, String> {
    let output = Command::new(env!("CARGO_BIN_EXE_claims-card")).args(args).output().unwrap();
    if output.status.success() {
        Ok(String::from_utf8(output.stdout).unwrap())
    } else {
        Err(String::from_utf8(output.stderr).unwrap())
    }
}

/// What a reader of the plain form reads: its text, tags dropped, entities decoded, spaces squeezed.
pub fn plain_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            ch if !in_tag => text.push(ch),
            _ => {}
        }
    }
    let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    text.replace("&amp;", "&").split_whitespace().collect::<Vec<_>>().join(" ")
}
