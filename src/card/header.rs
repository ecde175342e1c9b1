//! Kicker, headline and dek.

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::words::Locale;

pub fn header(dataset: &Dataset, locale: Locale) -> Html {
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
