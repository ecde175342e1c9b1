//! One measure's comparison: a row per party, each figure on one shared scale, then the breakdown.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::{Dataset, Measure, Party};
use crate::words::Locale;

use super::bar::Bar;
use super::breakdown::Breakdown;
use super::figure_text::FigureText;
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
            // Printed cards show every measure, so each needs its name.
            <h3 class="panel-title">{ (words.measure_names)(*measure) }</h3>
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
    let claim = dataset.headline(party, *measure);
    html! {
        <li class={class}>
            <p class="who">
                <span class="party">{ party.name.get(*locale) }</span>
                if let Some(claim) = claim {
                    <span class="claimant">{ words.according_to(claim.claimant.get(*locale)) }</span>
                }
            </p>
            <FigureText claim={claim.cloned()} locale={*locale} class="figure" />
            if let Some(claim) = claim {
                <Bar figure={claim.figure} scale_max={*scale_max} />
                <Provenance claim={claim.clone()} locale={*locale} />
                { for dataset.earlier_headlines(party, *measure).into_iter().map(|earlier| html! {
                    <p class="earlier">
                        { words.earlier
                            .replace("{figure}", &format!(
                                "{} {}",
                                words.figure(earlier.figure),
                                words.group(*locale, earlier.group, earlier.figure)
                            ))
                            .replace("{as_of}", &words.as_of(earlier.as_of)) }
                    </p>
                }) }
            }
        </li>
    }
}
