//! The breakdown under a measure's comparison, closed by default: each party's other figures
//! (service branch, civilians, children), each attributed, none added to another.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::{Dataset, Measure};
use crate::words::Locale;

use super::figure_text::FigureText;
use super::provenance::Provenance;

#[derive(Properties, PartialEq)]
pub struct BreakdownProps {
    pub dataset: Rc<Dataset>,
    pub measure: Measure,
    pub locale: Locale,
}

#[component]
pub fn Breakdown(props: &BreakdownProps) -> Html {
    let BreakdownProps { dataset, measure, locale } = props;
    let words = locale.words();
    let parties: Vec<_> =
        dataset.parties().iter().filter(|party| dataset.breakdown(party, *measure).next().is_some()).collect();
    if parties.is_empty() {
        return Html::default();
    }
    html! {
        <details class="breakdown">
            <summary>{ words.breakdown }</summary>
            <div class="breakdown-body">
                { for parties.into_iter().map(|party| html! {
                    <div class={classes!("breakdown-party", format!("party-{}", party.slot % 4))} key={party.id.clone()}>
                        <h3 class="breakdown-name">{ party.name.get(*locale) }</h3>
                        <ul class="breakdown-list">
                            { for dataset.breakdown(party, *measure).map(|claim| html! {
                                <li key={claim.id.clone()}>
                                    <FigureText claim={claim.clone()} locale={*locale} class="breakdown-figure" />
                                    <Provenance claim={claim.clone()} locale={*locale} />
                                </li>
                            }) }
                        </ul>
                    </div>
                }) }
            </div>
        </details>
    }
}
