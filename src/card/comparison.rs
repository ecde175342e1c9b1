//! One measure's comparison: a row per party, each figure on one shared scale, then the breakdown.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::{Dataset, Measure, Party};
use crate::words::{fill, Locale};

use super::bar::Bar;
use super::breakdown::Breakdown;
use super::figure_text::FigureText;
use super::provenance::Provenance;
use super::MeasureProps;

/// One measure's panel.
#[component]
pub fn Comparison(props: &MeasureProps) -> Html {
    let MeasureProps { dataset, measure, locale } = props;
    let (measure, locale) = (*measure, *locale);
    let words = locale.words();
    let scale_max = dataset.scale_max(measure);
    html! {
        <section class="panel" data-measure={measure.key()} aria-label={(words.measure_names)(measure)}>
            // Printed cards show every measure, so each needs its name.
            <h3 class="panel-title">{ (words.measure_names)(measure) }</h3>
            <ul class="rows">
                { for dataset.parties().iter().map(|party| html! {
                    <PartyRow
                        key={party.id.clone()}
                        dataset={dataset.clone()}
                        party={party.clone()}
                        {measure}
                        {scale_max}
                        {locale}
                    />
                }) }
            </ul>
            <Breakdown dataset={dataset.clone()} {measure} {locale} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PartyRowProps {
    dataset: Rc<Dataset>,
    party: Rc<Party>,
    measure: Measure,
    /// The measure's shared scale: every row's bar is drawn against it.
    scale_max: Option<u64>,
    locale: Locale,
}

/// Party and claimant, the figure with its qualifier and what it counts, the bar, where it came from,
/// and any earlier figure it revised.
#[component]
fn PartyRow(props: &PartyRowProps) -> Html {
    let PartyRowProps { dataset, party, measure, scale_max, locale } = props;
    let (measure, scale_max, locale) = (*measure, *scale_max, *locale);
    let words = locale.words();
    let claim = dataset.headline(party, measure);
    html! {
        <li class="row" data-accent={super::accent(party)}>
            <p class="who">
                <span class="party">{ party.name.get(locale) }</span>
                if let Some(claim) = claim {
                    <span class="claimant">{ words.according_to(claim.claimant.get(locale)) }</span>
                }
            </p>
            <FigureText claim={claim.cloned()} {locale} />
            if let Some(claim) = claim {
                <Bar figure={claim.figure} {scale_max} />
                <Provenance claim={claim.clone()} {locale} />
                { for dataset.earlier_headlines(party, measure).into_iter().map(|earlier| html! {
                    <p class="earlier">
                        { fill(words.earlier, &[
                            ("figure", &format!(
                                "{} {}",
                                words.figure(earlier.figure),
                                words.group(locale, earlier.group, earlier.figure)
                            )),
                            ("as_of", &words.as_of(earlier.as_of)),
                        ]) }
                    </p>
                }) }
            }
        </li>
    }
}
