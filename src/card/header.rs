//! Kicker, headline and dek.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::words::Locale;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub dataset: Rc<Dataset>,
    pub locale: Locale,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let dataset = &props.dataset;
    html! {
        <header class="head">
            if let Some(kicker) = &dataset.kicker {
                <p class="kicker">{ kicker.get(props.locale) }</p>
            }
            <h2 class="title" id="cc-title">{ dataset.title.get(props.locale) }</h2>
            if let Some(dek) = &dataset.dek {
                <p class="dek">{ dek.get(props.locale) }</p>
            }
        </header>
    }
}
