//! Every source the card cites, in full.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::words::Locale;

use super::provenance::Citation;

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub dataset: Rc<Dataset>,
    pub locale: Locale,
}

#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let words = props.locale.words();
    html! {
        <footer class="sources">
            <h3 class="section-title">{ words.sources }</h3>
            <ul class="source-list">
                { for props.dataset.sources().iter().map(|source| html! {
                    <li key={source.id.clone()}>
                        <Citation source={source.clone()} locale={props.locale} />
                    </li>
                }) }
            </ul>
        </footer>
    }
}
