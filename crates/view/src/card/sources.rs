//! Every source the card cites, in full.

use crate::words::LocaleWords;
use yew::prelude::*;

use super::provenance::Citation;
use super::DatasetProps;

#[component]
pub fn Sources(props: &DatasetProps) -> Html {
    let DatasetProps { dataset, locale, heading } = props;
    let locale = *locale;
    let words = locale.words();
    html! {
        <footer class="sources">
            <@{heading.measure()} class="section-title">{ words.sources }</@>
            <ul class="source-list">
                { for dataset.sources().iter().map(|source| html! {
                    <li key={source.id.clone()}>
                        <Citation source={source.clone()} {locale} />
                    </li>
                }) }
            </ul>
        </footer>
    }
}
