//! Kicker, headline and dek.

use yew::prelude::*;

use super::DatasetProps;
use crate::words::phrase;

#[component]
pub fn Header(props: &DatasetProps) -> Html {
    let DatasetProps { dataset, locale, heading } = props;
    let locale = *locale;
    html! {
        <header class="head">
            if let Some(kicker) = &dataset.kicker {
                <p class="kicker" lang={super::lang_of(kicker, locale)}>{ kicker.get(locale) }</p>
            }
            <@{heading.title()} class="title" id="cc-title" lang={super::lang_of(&dataset.title, locale)}>{ dataset.title.get(locale) }</@>
            if let Some(dek) = &dataset.dek {
                <p class="dek" lang={super::lang_of(dek, locale)}>{ dek.get(locale) }</p>
            }
            // What kind of numbers these are, from the data (or the editor's own words).
            <p class="standing">{ phrase::standing_line(dataset, locale) }</p>
        </header>
    }
}
