//! The sides whose losses are claimed, and (format version 2) who makes the claims: each claimant
//! listed once, with what it is to the parties.

use serde_json::{json, Value};
use yew::prelude::*;

use super::ListPart;
use super::{entry_name, ids, missing_options, AutoId};
use crate::draft::{Edit, FieldPath};
use crate::fields::{use_form, Choice, Entry, TextField, Translatable};
use claims_card_data::format::limits::{MAX_CLAIMANTS, MAX_PARTIES};

#[component]
pub fn Parties() -> Html {
    let form = use_form();
    // A party's own missing overrides the card's setting (format version 2, like the setting itself):
    // its first choice says what the setting is now.
    let version = form.draft.version();
    let setting = match form.draft.text(&FieldPath::root().field("missing")).as_str() {
        "leave_out" => "left out of that measure",
        _ => "says “No figure on this card”",
    };
    let entry = Callback::from(move |(path, count): (FieldPath, usize)| {
        let index = path.last_index().unwrap_or_default();
        html! {
            <Entry key={index} path={path.clone()} name={entry_name(&form, "Party", &path, "name")} {count}>
                <AutoId path={path.clone()} from="name">
                    <div class="row">
                        <Translatable path={path.field("name")} label="Name" />
                        <TextField path={path.field("id")} label="Id" hint="Claims name the party by it; made from the name until you change it." />
                    </div>
                </AutoId>
                if version >= 2 {
                    <Choice path={path.field("missing")} label="Where this party has no claim for a measure"
                        options={missing_options()} none={format!("As the card's setting ({setting})")} />
                }
            </Entry>
        }
    });
    html! {
        <ListPart list="parties" title="Parties" hint="The sides whose losses are claimed, in the order the card shows them." new_entry={json!({ "id": "", "name": "" })} add="Add a party" max={MAX_PARTIES} {entry} />
    }
}

#[component]
pub fn Claimants() -> Html {
    let form = use_form();
    if form.draft.version() < 2 {
        let upgrade = form.edit.reform({
            let draft = form.draft.clone();
            move |_| Edit::Set(FieldPath::root(), Some(draft.upgraded().0))
        });
        return html! {
            <section class="part" aria-labelledby="part-claimants">
                <h2 id="part-claimants">{ "Claimants" }</h2>
                <p>{ "This dataset is in format version 1: each claim names its claimant in its own words, and the card cannot say what a claimant is to a party (its own side, the other side, independent)." }</p>
                <button type="button" onclick={upgrade}>{ "Move to version 2: list each claimant once" }</button>
                <p class="hint">{ "Each claimant's text becomes one entry; you then say whom it speaks for." }</p>
            </section>
        };
    }
    let parties = ids(&form.draft, "parties", "name");
    let entry = Callback::from(move |(path, count): (FieldPath, usize)| {
        let index = path.last_index().unwrap_or_default();
        let claimant = form.draft.get(&path).cloned().unwrap_or_default();
        let current =
            match (claimant.get("kind").and_then(Value::as_str), claimant.get("party").and_then(Value::as_str)) {
                (Some(kind), None) => kind.to_owned(),
                (Some(kind), Some(party)) => format!("{kind}:{party}"),
                (None, Some(party)) if !party.is_empty() => format!("party:{party}"),
                (None, _) => String::new(),
            };
        let mut options: Vec<(String, String)> =
            parties.iter().map(|(id, name)| (format!("party:{id}"), format!("Speaks for {name}"))).collect();
        options.push(("independent".into(), "Independent: speaks for no party".into()));
        options.push(("outside".into(), "Outside the conflict".into()));
        let on_choose = form.edit.reform({
            let path = path.clone();
            move |chosen: String| {
                let mut entry = claimant.as_object().cloned().unwrap_or_default();
                entry.remove("party");
                entry.remove("kind");
                match chosen.split_once(':') {
                    Some(("party", party)) => {
                        entry.insert("party".into(), json!(party));
                    }
                    Some((kind, party)) => {
                        entry.insert("kind".into(), json!(kind));
                        entry.insert("party".into(), json!(party));
                    }
                    None if !chosen.is_empty() => {
                        entry.insert("kind".into(), json!(chosen));
                    }
                    None => {}
                }
                Edit::Set(path.clone(), Some(Value::Object(entry)))
            }
        });
        html! {
            <Entry key={index} path={path.clone()} name={entry_name(&form, "Claimant", &path, "name")} {count} own_problems=false>
                <AutoId path={path.clone()} from="name">
                    <div class="row">
                        <Translatable path={path.field("name")} label="Name"
                            hint="As “according to …” needs it: “Azerbaijan's defence ministry” (genitive in Russian and Ukrainian)." />
                        <TextField path={path.field("id")} label="Id" hint="Claims name the claimant by it." />
                    </div>
                </AutoId>
                <Choice path={path.field("party")} also={vec![path.clone(), path.field("kind")]} label="What it is to the parties"
                    {options} {current} {on_choose} />
                <Translatable path={path.field("label")} label="Label before its figures" optional=true
                    hint="In place of “Own figure”, “Counter-claim” and the like, when those are not right: a neutral label such as “Health ministry toll”, or “Leaked estimate” for a figure a party did not publish." />
            </Entry>
        }
    });
    html! {
        <ListPart list="claimants" title="Claimants" hint="Who makes the claims, each listed once: a side's own government or forces, an independent body, or an outside party." new_entry={json!({ "id": "", "name": "", "party": "" })} add="Add a claimant" max={MAX_CLAIMANTS} {entry} />
    }
}
