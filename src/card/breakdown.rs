//! The breakdown under a measure's comparison, closed by default: each party's other figures
//! (service branch, civilians, children), each attributed, none added to another.

use yew::prelude::*;

use crate::dataset::{Dataset, Measure};
use crate::words::Locale;

use super::figure_text::figure_text;
use super::provenance::provenance;

pub fn breakdown(dataset: &Dataset, measure: Measure, locale: Locale) -> Html {
    let words = locale.words();
    let parties: Vec<_> =
        dataset.parties().iter().filter(|party| dataset.breakdown(party, measure).next().is_some()).collect();
    if parties.is_empty() {
        return Html::default();
    }
    html! {
        <details class="breakdown">
            <summary>{ words.breakdown }</summary>
            <div class="breakdown-body">
                { for parties.into_iter().map(|party| html! {
                    <div class="breakdown-party" data-accent={super::accent(party)} key={party.id.clone()}>
                        <h3 class="breakdown-name">{ party.name.get(locale) }</h3>
                        <ul class="breakdown-list">
                            { for dataset.breakdown(party, measure).map(|claim| html! {
                                <li key={claim.id.clone()}>
                                    { figure_text(Some(claim), locale) }
                                    { provenance(claim, locale) }
                                </li>
                            }) }
                        </ul>
                    </div>
                }) }
            </div>
        </details>
    }
}
