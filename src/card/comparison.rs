//! One measure's comparison: a row per party, each figure on one shared scale, then the breakdown.

use yew::prelude::*;

use crate::dataset::{Dataset, Measure, Party};
use crate::words::{fill, Locale};

use super::bar::bar;
use super::breakdown::breakdown;
use super::figure_text::figure_text;
use super::provenance::provenance;

/// One measure's panel.
pub fn comparison(dataset: &Dataset, measure: Measure, locale: Locale) -> Html {
    let words = locale.words();
    let scale_max = dataset.scale_max(measure);
    html! {
        <section class="panel" key={measure.key()} data-measure={measure.key()} aria-label={(words.measure_names)(measure)}>
            // Printed cards show every measure, so each needs its name.
            <h3 class="panel-title">{ (words.measure_names)(measure) }</h3>
            <ul class="rows">
                { for dataset.parties().iter().map(|party| party_row(dataset, party, measure, scale_max, locale)) }
            </ul>
            { breakdown(dataset, measure, locale) }
        </section>
    }
}

/// Party and claimant, the figure with its qualifier and what it counts, the bar, where it came from,
/// and any earlier figure it revised.
fn party_row(dataset: &Dataset, party: &Party, measure: Measure, scale_max: Option<u64>, locale: Locale) -> Html {
    let words = locale.words();
    let claim = dataset.headline(party, measure);
    html! {
        <li class="row" data-accent={super::accent(party)} key={party.id.clone()}>
            <p class="who">
                <span class="party">{ party.name.get(locale) }</span>
                if let Some(claim) = claim {
                    <span class="claimant">{ words.according_to(claim.claimant.get(locale)) }</span>
                }
            </p>
            { figure_text(claim, locale) }
            if let Some(claim) = claim {
                { bar(claim.figure, scale_max) }
                { provenance(claim, locale) }
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
