//! Every source the card cites, in full.

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::words::Locale;

use super::provenance::citation;

pub fn sources(dataset: &Dataset, locale: Locale) -> Html {
    let words = locale.words();
    html! {
        <footer class="sources">
            <h3 class="section-title">{ words.sources }</h3>
            <ul class="source-list">
                { for dataset.sources().iter().map(|source| html! {
                    <li key={source.id.clone()}>
                        { citation(source, locale) }
                    </li>
                }) }
            </ul>
        </footer>
    }
}
