//! The form: one section per part of the format, each field labelled with the format's vocabulary.

mod claims;
mod notes;
mod parties;
mod sources;
mod story;

use serde_json::Value;

pub use claims::Claims;
pub use notes::{Context, Corrections, Notes};
pub use parties::{Claimants, Parties};
pub use sources::Sources;
pub use story::Story;

use super::fields::Form;
use crate::draft::{Draft, Path};

/// An entry's legend: "Party 2: Azerbaijan", or "Party 2" while it has no name.
fn entry_name(form: &Form, what: &str, path: &Path, name_field: &str) -> String {
    let number = match path.last() {
        Some(crate::draft::Step::Index(index)) => index + 1,
        _ => 0,
    };
    let name = plain_text(form.draft.get(&path.field(name_field)), form);
    if name.trim().is_empty() {
        format!("{what} {number}")
    } else {
        format!("{what} {number}: {}", name.trim())
    }
}

/// A translatable text in the dataset's language, for labels.
fn plain_text(value: Option<&Value>, form: &Form) -> String {
    match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Object(texts)) => {
            texts.get(form.language().tag()).and_then(Value::as_str).unwrap_or_default().to_owned()
        }
        _ => String::new(),
    }
}

/// The ids a list declares, each with its name (in the dataset's language) for a choice.
fn ids(draft: &Draft, list: &str, name_field: &str) -> Vec<(String, String)> {
    let language = draft.text(&Path::root().field("language"));
    let language = if language.is_empty() { "en".to_owned() } else { language };
    draft
        .get(&Path::root().field(list))
        .and_then(Value::as_array)
        .map(|entries| {
            entries
                .iter()
                .filter_map(|entry| {
                    let id = entry.get("id")?.as_str()?.trim().to_owned();
                    let name = match entry.get(name_field) {
                        Some(Value::String(text)) => text.clone(),
                        Some(Value::Object(texts)) => {
                            texts.get(&language).and_then(Value::as_str).unwrap_or_default().to_owned()
                        }
                        _ => String::new(),
                    };
                    let shown = if name.trim().is_empty() { id.clone() } else { format!("{} ({id})", name.trim()) };
                    (!id.is_empty()).then_some((id, shown))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// An id from a name: lower-case letters and digits joined by hyphens.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(40).collect()
}
