//! What is shown under the comparison: dated context lines, notes, and corrections after publication.

use serde_json::json;
use yew::prelude::*;

use super::ids;
use crate::builder::fields::{use_form, Add, Choice, Entry, Kind, TextField, Translatable};
use crate::draft::Path;

const MAX_LINES: usize = 20;

#[component]
pub fn Context() -> Html {
    let form = use_form();
    let list = Path::root().field("context");
    let count = form.draft.len(&list);
    let sources = ids(&form.draft, "sources", "outlet");
    html! {
        <section class="part" aria-labelledby="part-context">
            <h2 id="part-context">{ "Context lines" }</h2>
            <p class="hint">{ "Dated background lines that are not a party's loss, so never drawn as a bar." }</p>
            { for (0..count).map(|index| {
                let path = list.index(index);
                html! {
                    <Entry key={index} path={path.clone()} name={format!("Context line {}", index + 1)} {count}>
                        <TextField path={path.field("date")} label="Date" kind={Kind::OptionalDay} />
                        <Translatable path={path.field("text")} label="Line" long=true />
                        <Choice path={path.field("source")} label="Source" options={sources.clone()} none="No source" />
                    </Entry>
                }
            }) }
            <Add path={list} entry={json!({ "text": "" })} label="Add a context line" disabled={count >= MAX_LINES} />
        </section>
    }
}

#[component]
pub fn Notes() -> Html {
    let form = use_form();
    let list = Path::root().field("notes");
    let count = form.draft.len(&list);
    html! {
        <section class="part" aria-labelledby="part-notes">
            <h2 id="part-notes">{ "Notes on the card" }</h2>
            <p class="hint">{ "Shown under the comparison; the first one in bold." }</p>
            { for (0..count).map(|index| {
                let path = list.index(index);
                html! {
                    <Entry key={index} path={path.clone()} name={format!("Note {}", index + 1)} {count}>
                        <Translatable path={path} label="Note" long=true />
                    </Entry>
                }
            }) }
            <Add path={list} entry={json!("")} label="Add a note" disabled={count >= MAX_LINES} />
        </section>
    }
}

#[component]
pub fn Corrections() -> Html {
    let form = use_form();
    let list = Path::root().field("corrections");
    let count = form.draft.len(&list);
    html! {
        <section class="part" aria-labelledby="part-corrections">
            <h2 id="part-corrections">{ "Corrections" }</h2>
            <p class="hint">{ "Made after publication and shown on the card. They need “Data last changed” above." }</p>
            { for (0..count).map(|index| {
                let path = list.index(index);
                html! {
                    <Entry key={index} path={path.clone()} name={format!("Correction {}", index + 1)} {count}>
                        <TextField path={path.field("date")} label="Date" kind={Kind::Day} />
                        <Translatable path={path.field("text")} label="What was corrected" long=true />
                    </Entry>
                }
            }) }
            <Add path={list} entry={json!({ "date": "", "text": "" })} label="Add a correction" disabled={count >= MAX_LINES} />
        </section>
    }
}
