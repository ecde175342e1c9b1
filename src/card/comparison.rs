//! One measure's comparison: a row per party, each figure on one shared scale, then the breakdown.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::{Dataset, Measure, Party};
use crate::words::Locale;

use super::bar::Bar;
use super::breakdown::Breakdown;
use super::provenance::Provenance;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub dataset: Rc<Dataset>,
    pub measure: Measure,
    pub locale: Locale,
}

#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let ComparisonProps { dataset, measure, locale } = props;
    let words = locale.words();
    let scale_max = dataset.scale_max(*measure);
    html! {
        <section class="panel" data-measure={measure.key()} aria-label={(words.measure_names)(*measure)}>
            <ul class="rows">
                { for dataset.parties().iter().map(|party| html! {
                    <PartyRow
                        key={party.id.clone()}
                        dataset={dataset.clone()}
                        party={party.clone()}
                        measure={*measure}
                        scale_max={scale_max}
                        locale={*locale}
                    />
                }) }
            </ul>
            <Breakdown dataset={dataset.clone()} measure={*measure} locale={*locale} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PartyRowProps {
    dataset: Rc<Dataset>,
    party: Rc<Party>,
    measure: Measure,
    scale_max: Option<u64>,
    locale: Locale,
}

/// Party and claimant, the figure with its qualifier and what it counts, the bar, and where it came from.
#[component]
fn PartyRow(props: &PartyRowProps) -> Html {
    let PartyRowProps { dataset, party, measure, scale_max, locale } = props;
    let words = locale.words();
    let class = classes!("row", format!("party-{}", party.slot % 4));
    let Some(claim) = dataset.headline(party, *measure) else {
        return html! {
            <li class={class}>
                <p class="who"><span class="party">{ &party.name }</span></p>
                <p class="figure not-reported">
                    <span class="number" aria-hidden="true">{ "—" }</span>
                    <span class="qualifier">{ words.not_reported }</span>
                </p>
            </li>
        };
    };
    let (before, number, after) = words.figure_parts(claim.figure);
    html! {
        <li class={class}>
            <p class="who">
                <span class="party">{ &party.name }</span>
                <span class="claimant">{ words.according_to(&claim.claimant) }</span>
            </p>
            <p class="figure">
                if !before.is_empty() { <span class="qualifier">{ before.trim_end() }</span>{ " " } }
                <span class="number">{ number }</span>
                if !after.is_empty() { { " " }<span class="qualifier">{ after.trim_start() }</span> }
                { " " }
                <span class="group">{ words.group(*locale, claim.group, claim.figure) }</span>
                if let Some(hedge) = &claim.hedge { { " " }<span class="hedge">{ hedge }</span> }
            </p>
            <Bar figure={claim.figure} scale_max={*scale_max} />
            <Provenance claim={claim.clone()} locale={*locale} />
        </li>
    }
}
