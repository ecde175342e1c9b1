//! The story the card belongs to: its id, language, headline lines, the event's dates, when the data
//! was last changed, and what the card shows where a party has no figure.

use crate::draft::ControlId;
use serde_json::{json, Value};
use yew::prelude::*;

use super::{missing_options, missing_words, AutoId};
use crate::draft::{Edit, FieldPath};
use crate::fields::{use_form, Choice, Kind, TextField, Translatable};
use claims_card_data::locale::Locale;

#[component]
pub fn Story() -> Html {
    let form = use_form();
    let root = FieldPath::root();
    let version = form.draft.version();
    let languages: Vec<(String, String)> =
        Locale::ALL.into_iter().map(|locale| (locale.tag().to_owned(), locale.english_name().to_owned())).collect();
    let unreviewed =
        form.draft.get(&root.field("unreviewed_translations")).and_then(Value::as_array).cloned().unwrap_or_default();
    let language = form.language();
    html! {
        <section class="part" aria-labelledby="part-story">
            <h2 id="part-story">{ "The story" }</h2>
            <Choice path={root.field("language")} label="Language of the text" options={languages}
                none="English (the default)" hint="The language the plain text below is written in." />
            <Translatable path={root.field("kicker")} label="Kicker" optional=true hint="A short label above the title." />
            <AutoId path={root.clone()} from="title">
                <Translatable path={root.field("title")} label="Title" />
                <TextField path={root.field("id")} label="Dataset id"
                    hint="Names the files readers download; made from the title until you change it." />
            </AutoId>
            <Translatable path={root.field("dek")} label="Dek" optional=true hint="A line below the title." />
            <Translatable path={root.field("standing_line")} label="Standing line" optional=true
                hint="The line under the title that says what the figures are. Leave it empty and the card writes it from the claimants: “Losses as each side claims them; not independently verified”, or its words for independent counts." />
            <div class="row">
                <TextField path={root.field("event").field("start")} label="Event began" kind={Kind::Day} />
                <TextField path={root.field("event").field("end")} label="Event ended" kind={Kind::OptionalDay}
                    hint="Leave empty for a single day." />
            </div>
            <TextField path={root.field("updated")} label="Data last changed" kind={Kind::OptionalDay}
                hint="Required once there are corrections." />
            if version >= 2 {
                <Choice path={root.field("missing")} label="A party with no claim for a measure"
                    options={missing_options()} none={format!("{} (the default)", missing_words("no_figure"))} />
            }
            <fieldset class="field" id={root.field("unreviewed_translations").control_id()} tabindex="-1">
                <legend>{ "Translations an editor has not reviewed yet" }</legend>
                <p class="hint">{ "The card tells readers in these languages so." }</p>
                { for Locale::ALL.into_iter().filter(|locale| *locale != language).map(|locale| {
                    let tag = locale.tag();
                    let checked = unreviewed.iter().any(|each| each.as_str() == Some(tag));
                    let id = format!("unreviewed-{tag}");
                    let onchange = {
                        let (edit, unreviewed) = (form.edit.clone(), unreviewed.clone());
                        Callback::from(move |_| {
                            let mut list: Vec<Value> = unreviewed.iter().filter(|each| each.as_str() != Some(tag)).cloned().collect();
                            if !checked {
                                list.push(json!(tag));
                            }
                            let value = (!list.is_empty()).then_some(Value::Array(list));
                            edit.emit(Edit::Set(FieldPath::root().field("unreviewed_translations"), value));
                        })
                    };
                    html! {
                        <div class="check">
                            <input type="checkbox" id={id.clone()} {checked} {onchange} />
                            <label for={id}>{ locale.english_name() }</label>
                        </div>
                    }
                }) }
            </fieldset>
        </section>
    }
}
