//! The dataset an editor is making in the workbench (builder.html): the format's JSON, held as a `serde_json::Value` so that a half-made entry
//! (a claim with no number yet, a bound changed from a value to a range) is still a document, and the
//! validator (the same code as `claims-card validate`) names what is missing at its path.
//!
//! A `FieldPath` names one place in it, written as the validator writes paths (`claims[3].figure.value`), so
//! an error finds its field by its path alone.

mod ids;

use std::rc::Rc;

use serde_json::{json, Map, Value};

use claims_card_data::dataset::{over_a_list_limit, over_the_size_limit, Dataset, DatasetError, SEED_JSON};
pub use claims_card_data::dataset::{FieldPath, Step};
use claims_card_data::format::{self, FORMAT_VERSION};
use claims_card_data::locale::Locale;

pub use ids::slug;

/// One problem the validator found, at its place.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: FieldPath,
    /// As `claims-card validate` words it, without the path.
    pub reason: String,
}

/// A draft as the validator sees it: the file it would be, and the card or the problems.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The file: what Export saves and what the snippet carries.
    pub text: Rc<str>,
    pub outcome: Result<Rc<Dataset>, Vec<Problem>>,
    /// The file does not read as the format yet (a missing or mistyped field): the validator stops at
    /// that first problem, and checks the rest once it is fixed.
    pub unread: bool,
}

/// The workbench's form controls are named by the place they edit.
pub trait ControlId {
    /// The id of the form control for this place: `f-claims-3-figure-value`.
    fn control_id(&self) -> String;
}

impl ControlId for FieldPath {
    fn control_id(&self) -> String {
        let mut id = String::from("f");
        for step in self.steps() {
            id.push('-');
            match step {
                Step::Field(name) => id.push_str(name),
                Step::Index(index) => id.push_str(&index.to_string()),
            }
        }
        id
    }
}

/// The document and the edits the form makes to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft(pub Value);

/// One change the form asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Puts a value at the path (making the objects on the way); `None` removes the field, which is how
    /// an optional field is left out.
    Set(FieldPath, Option<Value>),
    /// Appends an entry to the list at the path.
    Append(FieldPath, Value),
    /// Removes the list entry at the path.
    Remove(FieldPath),
    /// Moves the list entry at the path by one place, up (-1) or down (+1).
    Move(FieldPath, isize),
}

impl Draft {
    /// A new two-party card to fill in: every required field present, empty, so the form shows each one
    /// and the validator says what each still needs.
    pub fn blank() -> Self {
        Self(json!({
            "format_version": FORMAT_VERSION,
            "id": "",
            "title": "",
            "event": { "start": "" },
            "parties": [ { "id": "", "name": "" }, { "id": "", "name": "" } ],
            "claimants": [ { "id": "", "name": "", "party": "" } ],
            "sources": [ { "id": "", "outlet": "" } ],
            "claims": [ blank_claim() ],
        }))
    }

    /// The seed dataset, the first story's figures.
    pub fn seed() -> Self {
        Self(serde_json::from_str(SEED_JSON).expect("the seed is valid JSON (build.rs minified it)"))
    }

    /// A file an editor imported: any JSON object (the validator says what it lacks) within the format's
    /// size limits (a form of thousands of claims would freeze the page on every keystroke).
    pub fn from_text(text: &str) -> Result<Self, String> {
        if let Some(reason) = over_the_size_limit(text) {
            return Err(reason);
        }
        match serde_json::from_str::<Value>(text) {
            Ok(value @ Value::Object(_)) => match over_a_list_limit(&value) {
                Some(reason) => Err(reason),
                None => Ok(Self(value)),
            },
            Ok(_) => Err("the file is JSON, but not a dataset: a dataset is an object { … }".into()),
            Err(error) => Err(format!("the file is not JSON: {error}")),
        }
    }

    /// The document as a file, its fields in the format's order where it reads as the format.
    pub fn to_text(&self) -> String {
        self.file().0
    }

    /// The file, and whether the draft reads as the format (else its fields are in the JSON's order).
    fn file(&self) -> (String, bool) {
        let text = self.0.to_string();
        let (pretty, reads) = match format::from_json(&text) {
            Ok(document) => (serde_json::to_string_pretty(&document), true),
            Err(_) => (serde_json::to_string_pretty(&self.0), false),
        };
        (pretty.unwrap_or(text) + "\n", reads)
    }

    /// Runs the validator of `claims-card validate` on the file this draft would be.
    pub fn check(&self) -> Checked {
        let (text, reads) = self.file();
        let outcome = Dataset::from_json(&text).map(Rc::new).map_err(|error| match error {
            DatasetError::Invalid(errors) => {
                errors.into_iter().map(|error| Problem { path: error.path, reason: error.reason }).collect()
            }
            other => other.lines().into_iter().map(|reason| Problem { path: FieldPath::root(), reason }).collect(),
        });
        let unread = outcome.is_err() && !reads;
        Checked { text: text.into(), outcome, unread }
    }

    pub fn get(&self, path: &FieldPath) -> Option<&Value> {
        path.steps().iter().try_fold(&self.0, |value, step| match step {
            Step::Field(name) => value.get(&**name),
            Step::Index(index) => value.get(*index),
        })
    }

    /// The text at the path, or "" where there is none (a number is shown as its digits).
    pub fn text(&self, path: &FieldPath) -> String {
        match self.get(path) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(number)) => number.to_string(),
            _ => String::new(),
        }
    }

    /// The language the draft's plain strings are in: its `language`, else English.
    pub fn language(&self) -> Locale {
        Locale::from_code(&self.text(&FieldPath::root().field("language"))).unwrap_or_default()
    }

    /// The translatable text at the path in `language`: a plain string as it is, or that language's
    /// entry of a translated one ("" where there is none).
    pub fn text_in(&self, path: &FieldPath, language: Locale) -> String {
        match self.get(path) {
            Some(Value::Object(_)) => self.text(&path.field(language.tag())),
            _ => self.text(path),
        }
    }

    /// How many entries the list at the path has.
    pub fn len(&self, path: &FieldPath) -> usize {
        self.get(path).and_then(Value::as_array).map_or(0, Vec::len)
    }

    pub fn version(&self) -> u64 {
        self.0.get("format_version").and_then(Value::as_u64).unwrap_or(FORMAT_VERSION)
    }

    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Set(path, value) => self.set(&path, value),
            Edit::Append(path, entry) => {
                if let Some(list) = self.slot(&path) {
                    if !list.is_array() {
                        *list = Value::Array(Vec::new());
                    }
                    list.as_array_mut().expect("made a list above").push(entry);
                }
            }
            Edit::Remove(path) => {
                if let (Some(parent), Some(Step::Index(index))) = (path.parent(), path.last()) {
                    if let Some(list) = self.slot(&parent).and_then(Value::as_array_mut) {
                        if *index < list.len() {
                            list.remove(*index);
                        }
                    }
                    // An optional list left empty is left out, as the format writes it.
                    if self.get(&parent).and_then(Value::as_array).is_some_and(Vec::is_empty)
                        && is_optional_list(&parent)
                    {
                        self.set(&parent, None);
                    }
                }
            }
            Edit::Move(path, by) => {
                if let (Some(parent), Some(Step::Index(index))) = (path.parent(), path.last()) {
                    if let Some(list) = self.slot(&parent).and_then(Value::as_array_mut) {
                        let to = index.checked_add_signed(by).filter(|to| *to < list.len());
                        if let (Some(to), true) = (to, *index < list.len()) {
                            list.swap(*index, to);
                        }
                    }
                }
            }
        }
    }

    fn set(&mut self, path: &FieldPath, value: Option<Value>) {
        let (Some(parent), Some(last)) = (path.parent(), path.last().cloned()) else {
            if let Some(value) = value {
                self.0 = value;
            }
            return;
        };
        let Some(slot) = self.slot(&parent) else { return };
        match (last, value) {
            (Step::Field(name), Some(value)) => {
                if !slot.is_object() {
                    *slot = Value::Object(Map::new());
                }
                slot.as_object_mut().expect("made an object above").insert(name.to_string(), value);
            }
            (Step::Field(name), None) => {
                if let Some(object) = slot.as_object_mut() {
                    object.remove(&*name);
                }
            }
            (Step::Index(index), value) => {
                if let Some(entry) = slot.as_array_mut().and_then(|list| list.get_mut(index)) {
                    *entry = value.unwrap_or(Value::Null);
                }
            }
        }
    }

    /// The value at the path, made (as an empty object) where it is missing.
    fn slot(&mut self, path: &FieldPath) -> Option<&mut Value> {
        let mut value = &mut self.0;
        for step in path.steps().iter() {
            value = match step {
                Step::Field(name) => {
                    if !value.is_object() {
                        *value = Value::Object(Map::new());
                    }
                    value.as_object_mut()?.entry(name.to_string()).or_insert(Value::Object(Map::new()))
                }
                Step::Index(index) => value.get_mut(*index)?,
            };
        }
        Some(value)
    }
}

/// The lists the format lets a document leave out.
fn is_optional_list(path: &FieldPath) -> bool {
    matches!(path.to_string().as_str(), "context" | "notes" | "corrections" | "unreviewed_translations")
}

/// A new claim: every required field present and empty.
pub fn blank_claim() -> Value {
    json!({
        "id": "", "party": "", "claimant": "", "measure": "killed", "group": "service_members",
        "figure": { "bound": "exact" }, "as_of": { "refers_to": "" }, "source": "", "quote": "", "headline": true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use claims_card_data::dataset::MAX_DOCUMENT_BYTES;

    #[test]
    fn a_file_over_the_formats_limits_is_refused_before_it_becomes_a_form() {
        let mut seed = Draft::seed();
        seed.0["claims"] = Value::Array(vec![json!({ "id": "a-claim" }); 1001]);
        let reason = Draft::from_text(&seed.0.to_string()).expect_err("refused");
        assert_eq!(reason, "its list \"claims\" has 1001 entries, over the format's limit of 1000");
        let padded = format!("{{\"id\": \"{}\"}}", "x".repeat(MAX_DOCUMENT_BYTES));
        assert!(Draft::from_text(&padded).unwrap_err().contains("bytes, over the format's limit of 524288"));
        assert!(Draft::from_text(&Draft::seed().0.to_string()).is_ok());
    }

    #[test]
    fn a_problem_sits_at_the_control_for_its_place() {
        let value = FieldPath::root().field("claims").index(3).field("figure").field("value");
        assert_eq!(value.control_id(), "f-claims-3-figure-value");
        let mut draft = Draft::seed();
        draft.0["title"] = json!("");
        let problems = draft.check().outcome.unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path.control_id(), "f-title");
        // A structural problem's place comes typed from the decoder too.
        let mut draft = Draft::seed();
        draft.0["claims"][0]["figure"] = json!({ "bound": "at_least", "value": "many" });
        let problems = draft.check().outcome.unwrap_err();
        assert_eq!(problems[0].path.to_string(), "claims[0].figure.value", "{problems:?}");
    }

    #[test]
    fn the_seed_checks_clean_and_a_blank_card_names_what_it_needs() {
        assert!(Draft::seed().check().outcome.is_ok());
        let blank = Draft::blank().check();
        assert!(blank.unread);
        let problems = blank.outcome.unwrap_err();
        assert_eq!(problems[0].path.to_string(), "claims[0].figure", "{problems:?}");
        let mut draft = Draft::seed();
        draft.apply(Edit::Set(FieldPath::root().field("claims").index(0).field("source"), Some(json!("nowhere"))));
        let checked = draft.check();
        assert!(!checked.unread, "the file reads; its source is what is wrong");
        let problems = checked.outcome.unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path.to_string(), "claims[0].source");
        assert!(problems[0].reason.contains("nowhere"), "{}", problems[0].reason);
    }

    #[test]
    fn the_file_reads_back_as_the_same_document() {
        let draft = Draft::seed();
        assert_eq!(Draft::from_text(&draft.to_text()).unwrap(), draft);
    }

    #[test]
    fn edits_make_the_places_they_need_and_remove_what_is_left_out() {
        let mut draft = Draft::blank();
        let value = FieldPath::root().field("claims").index(0).field("figure").field("value");
        draft.apply(Edit::Set(value.clone(), Some(json!(192))));
        assert_eq!(draft.text(&value), "192");
        draft.apply(Edit::Append(FieldPath::root().field("notes"), json!("First note")));
        draft.apply(Edit::Remove(FieldPath::root().field("notes").index(0)));
        assert!(draft.get(&FieldPath::root().field("notes")).is_none());
        draft.apply(Edit::Move(FieldPath::root().field("parties").index(0), 1));
        draft.apply(Edit::Set(FieldPath::root().field("parties").index(1).field("id"), Some(json!("a"))));
        assert_eq!(draft.text(&FieldPath::root().field("parties").index(1).field("id")), "a");
    }
}
