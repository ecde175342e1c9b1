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

use super::fields::{use_form, Add, Form};
use crate::draft::{slug, Draft, FieldPath};

/// An entry's legend: "Party 2: Azerbaijan", or "Party 2" while it has no name.
fn entry_name(form: &Form, what: &str, path: &FieldPath, name_field: &str) -> String {
    let number = path.last_index().map_or(0, |index| index + 1);
    let name = form.draft.text_in(&path.field(name_field), form.language());
    if name.trim().is_empty() {
        format!("{what} {number}")
    } else {
        format!("{what} {number}: {}", name.trim())
    }
}

/// The ids a list declares, each with its name (in the dataset's language) for a choice.
fn ids(draft: &Draft, list: &str, name_field: &str) -> Vec<(String, String)> {
    let list = FieldPath::root().field(list);
    let language = draft.language();
    (0..draft.len(&list))
        .filter_map(|index| {
            let entry = list.index(index);
            let id = draft.text(&entry.field("id")).trim().to_owned();
            let name = draft.text_in(&entry.field(name_field), language);
            let shown = if name.trim().is_empty() { id.clone() } else { format!("{} ({id})", name.trim()) };
            (!id.is_empty()).then_some((id, shown))
        })
        .collect()
}

/// What the card shows for a party with no claim for a measure (the document's `missing`, or a
/// party's own), as the editor reads it.
fn missing_words(missing: &str) -> &'static str {
    match missing {
        "leave_out" => "Is left out of that measure",
        _ => "Says “No figure on this card”",
    }
}

/// The choices of `missing`: (the format's word, what the editor reads).
fn missing_options() -> Vec<(String, String)> {
    ["no_figure", "leave_out"].map(|key| (key.to_owned(), missing_words(key).to_owned())).to_vec()
}

#[derive(yew::Properties, PartialEq)]
pub struct AutoIdProps {
    /// The entry (or the document) whose id follows its name.
    pub path: FieldPath,
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
                id.trim().is_empty() || id == slug(&draft.text_in(&name_path, language))
            };
            let new_id = follows.then(|| {
                let mut after = (*draft).clone();
                after.apply(edit.clone());
                slug(&after.text_in(&name_path, language))
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

#[derive(yew::Properties, PartialEq)]
pub struct ListPartProps {
    /// The list's field in the document ("parties"), which also names the section's heading.
    pub list: &'static str,
    pub title: yew::AttrValue,
    pub hint: yew::AttrValue,
    /// What "Add" appends: an entry with every required field present and empty.
    pub new_entry: Value,
    /// "Add a party".
    pub add: yew::AttrValue,
    /// The format's limit on the list's length.
    pub max: usize,
    /// Draws the entry at a place, given how many the list has.
    pub entry: yew::Callback<(FieldPath, usize), yew::Html>,
}

/// A part of the form that is a list (parties, claimants, sources, claims, context lines, notes,
/// corrections): its heading and hint, each entry, and the button that adds one.
#[yew::component]
pub fn ListPart(props: &ListPartProps) -> yew::Html {
    use yew::prelude::*;
    let form = use_form();
    let ListPartProps { list, title, hint, new_entry, add, max, entry } = props;
    let heading = format!("part-{list}");
    let list = FieldPath::root().field(list);
    let count = form.draft.len(&list);
    html! {
        <section class="part" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ title }</h2>
            <p class="hint">{ hint }</p>
            { for (0..count).map(|index| entry.emit((list.index(index), count))) }
            <Add path={list} entry={new_entry.clone()} label={add.clone()} disabled={count >= *max} />
        </section>
    }
}
