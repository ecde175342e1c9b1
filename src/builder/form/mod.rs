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
use crate::draft::{slug, Draft, Path};

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

#[derive(yew::Properties, PartialEq)]
pub struct AutoIdProps {
    /// The entry (or the document) whose id follows its name.
    pub path: Path,
    /// The field the id is made from ("name", "outlet", "title").
    pub from: &'static str,
    pub children: yew::Html,
}

/// Fills an entry's id from its name as the editor types it ("Nagorno-Karabakh" → nagorno-karabakh),
/// until the editor writes an id of their own: ids are for the file, and an editor should not have to
/// invent them.
#[yew::component]
pub fn AutoId(props: &AutoIdProps) -> yew::Html {
    use yew::prelude::*;
    let form = super::fields::use_form();
    let AutoIdProps { path, from, children } = props;
    let name_path = path.field(from);
    let id_path = path.field("id");
    let edit = {
        let (outer, draft, path) = (form.edit.clone(), form.draft.clone(), path.clone());
        let language = form.language();
        Callback::from(move |edit: crate::draft::Edit| {
            let follows = matches!(&edit, crate::draft::Edit::Set(place, _) if place.is_within(&name_path)) && {
                let id = draft.text(&id_path);
                id.trim().is_empty() || id == slug(&name_in(draft.get(&name_path), language))
            };
            let new_id = follows.then(|| {
                let mut after = (*draft).clone();
                after.apply(edit.clone());
                slug(&name_in(after.get(&name_path), language))
            });
            outer.emit(edit);
            if let Some(id) = new_id {
                outer.emit(crate::draft::Edit::Set(path.field("id"), Some(Value::String(id))));
            }
        })
    };
    let inner = Form { edit, ..form };
    html! { <ContextProvider<Form> context={inner}>{ children.clone() }</ContextProvider<Form>> }
}

/// A name (plain or translated) in the dataset's language.
fn name_in(value: Option<&Value>, language: crate::locale::Locale) -> String {
    match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Object(texts)) => texts.get(language.tag()).and_then(Value::as_str).unwrap_or_default().to_owned(),
        _ => String::new(),
    }
}
