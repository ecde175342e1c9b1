//! Where the figures were reported: each source once, with its outlet, piece and link.

use serde_json::json;
use yew::prelude::*;

use super::ListPart;
use super::{entry_name, AutoId};
use crate::draft::FieldPath;
use crate::fields::{use_form, Choice, Entry, Kind, TextField, Translatable};
use claims_card_data::format::limits::MAX_SOURCES;

#[component]
pub fn Sources() -> Html {
    let form = use_form();
    let list = FieldPath::root().field("sources");
    let entry = Callback::from(move |(path, count): (FieldPath, usize)| {
        let index = path.last_index().unwrap_or_default();
        // A source reached us through one listed before it, so "via" can never loop.
        let earlier: Vec<(String, String)> = (0..index)
            .filter_map(|before| {
                let id = form.draft.text(&list.index(before).field("id"));
                let outlet = form.draft.text(&list.index(before).field("outlet"));
                (!id.trim().is_empty()).then(|| (id.clone(), format!("{outlet} ({id})")))
            })
            .collect();
        html! {
            <Entry key={index} path={path.clone()} name={entry_name(&form, "Source", &path, "outlet")} {count}>
                <AutoId path={path.clone()} from="outlet">
                    <div class="row">
                        <TextField path={path.field("outlet")} label="Outlet" hint="Kyiv Independent" />
                        <TextField path={path.field("id")} label="Id" hint="Claims name the source by it." />
                    </div>
                </AutoId>
                <TextField path={path.field("title")} label="Title of the piece" kind={Kind::OptionalLong} />
                <div class="row">
                    <TextField path={path.field("author")} label="Author" kind={Kind::Optional} />
                    <TextField path={path.field("published")} label="Published" kind={Kind::OptionalDay} />
                </div>
                <div class="row">
                    <TextField path={path.field("url")} label="Link" kind={Kind::Optional} hint="https://… (http and https only)" />
                    <TextField path={path.field("language")} label="Language of the piece" kind={Kind::Optional}
                        hint="Where it is not the dataset's: ru, he, pt-BR. Screen readers read its quotes in it." />
                </div>
                <Translatable path={path.field("description")} label="How the outlet is described" optional=true
                    hint="state-run, citing the Health Ministry" />
                <Choice path={path.field("via")} label="Reached us via" options={earlier} none="Read first-hand" />
            </Entry>
        }
    });
    html! {
        <ListPart list="sources" title="Sources" hint="Where the figures were reported. Claims and context lines name a source by its id." new_entry={json!({ "id": "", "outlet": "" })} add="Add a source" max={MAX_SOURCES} {entry} />
    }
}
