//! Kicker, headline and dek.

use yew::prelude::*;

use super::DatasetProps;

#[component]
pub fn Header(props: &DatasetProps) -> Html {
    let DatasetProps { dataset, locale } = props;
    let locale = *locale;
    html! {
        <header class="head">
            if let Some(kicker) = &dataset.kicker {
                <p class="kicker">{ kicker.get(locale) }</p>
            }
            <h2 class="title" id="cc-title">{ dataset.title.get(locale) }</h2>
            if let Some(dek) = &dataset.dek {
                <p class="dek">{ dek.get(locale) }</p>
            }
        </header>
    }
}
