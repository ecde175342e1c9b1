//! What is shown under the comparison: dated context lines, notes, and corrections after publication.

use serde_json::json;
use yew::prelude::*;

use super::ids;
use super::ListPart;
use crate::draft::FieldPath;
use crate::fields::{use_form, Choice, Entry, Kind, TextField, Translatable};
use claims_card_data::format::limits::{MAX_CONTEXT_LINES, MAX_CORRECTIONS, MAX_NOTES};

#[component]
pub fn Context() -> Html {
    let form = use_form();
    let sources = ids(&form.draft, "sources", "outlet");
    let entry = Callback::from(move |(path, count): (FieldPath, usize)| {
        let index = path.last_index().unwrap_or_default();
        html! {
            <Entry key={index} path={path.clone()} name={format!("Context line {}", index + 1)} {count}>
                <TextField path={path.field("date")} label="Date" kind={Kind::OptionalDay} />
                <Translatable path={path.field("text")} label="Line" long=true />
                <Choice path={path.field("source")} label="Source" options={sources.clone()} none="No source" />
            </Entry>
        }
    });
    html! {
        <ListPart list="context" title="Context lines" hint="Dated background lines that are not a party's loss, so never drawn as a bar." new_entry={json!({ "text": "" })} add="Add a context line" max={MAX_CONTEXT_LINES} {entry} />
    }
}

#[component]
pub fn Notes() -> Html {
    let entry = Callback::from(move |(path, count): (FieldPath, usize)| {
        let index = path.last_index().unwrap_or_default();
        html! {
            <Entry key={index} path={path.clone()} name={format!("Note {}", index + 1)} {count}>
                <Translatable path={path} label="Note" long=true />
            </Entry>
        }
    });
    html! {
        <ListPart list="notes" title="Notes on the card" hint="Shown under the comparison; the first one in bold." new_entry={json!("")} add="Add a note" max={MAX_NOTES} {entry} />
    }
}

#[component]
pub fn Corrections() -> Html {
    let entry = Callback::from(move |(path, count): (FieldPath, usize)| {
        let index = path.last_index().unwrap_or_default();
        html! {
            <Entry key={index} path={path.clone()} name={format!("Correction {}", index + 1)} {count}>
                <TextField path={path.field("date")} label="Date" kind={Kind::Day} />
                <Translatable path={path.field("text")} label="What was corrected" long=true />
            </Entry>
        }
    });
    html! {
        <ListPart list="corrections" title="Corrections" hint="Made after publication and shown on the card. They need “Data last changed” above." new_entry={json!({ "date": "", "text": "" })} add="Add a correction" max={MAX_CORRECTIONS} {entry} />
    }
}
