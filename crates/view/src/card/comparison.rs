//! One measure's comparison: a row per party, then the breakdown. A party's row leads with the figure
//! the editor chose (by default the party's own) and lists every other claimant's figure for the same
//! losses beneath it, each labelled by its claimant and drawn on the one shared scale: never summed,
//! averaged or merged. An earlier figure is listed only under its own claimant's later one.

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use crate::words::{fill, Locale};
use claims_card_data::dataset::{Claim, Dataset, Measure, Missing, Party};

use super::bar::Bar;
use super::breakdown::Breakdown;
use super::figure_text::FigureText;
use super::provenance::{Provenance, ProvenanceBody};
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
    /// The measure's shared scale: every claim's bar is drawn against it.
    scale_max: Option<u64>,
    locale: Locale,
}

/// The party's name, then one block per claimant: the lead first, every competing claim after it.
#[component]
fn PartyRow(props: &PartyRowProps) -> Html {
    let PartyRowProps { dataset, party, measure, scale_max, locale } = props;
    let (measure, scale_max, locale) = (*measure, *scale_max, *locale);
    let words = locale.words();
    let row = dataset.row(party, measure);
    if row.is_none() && dataset.missing == Missing::LeaveOut {
        return Html::default();
    }
    html! {
        <li class="row" data-accent={super::accent(party)}>
            <p class="who"><span class="party">{ party.name.get(locale) }</span></p>
            if let Some(row) = row {
                <ul class="claims">
                    { for std::iter::once(row.lead).chain(row.competing).map(|figures| html! {
                        <ClaimBlock
                            key={figures.current.claimant.id.clone()}
                            claim={figures.current.clone()}
                            earlier={figures.earlier.into_iter().cloned().collect::<Vec<Rc<Claim>>>()}
                            {scale_max}
                            {locale}
                        />
                    }) }
                </ul>
            } else {
                // No claimant gave a figure here, so nobody said "not reported": the card says it has none.
                <p class="figure no-figure">
                    <span class="number" aria-hidden="true">{ "—" }</span>
                    { " " }
                    <span class="qualifier">{ words.no_figure }</span>
                </p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ClaimBlockProps {
    /// The claimant's current figure.
    claim: Rc<Claim>,
    /// The same claimant's earlier figures, newest first.
    earlier: Vec<Rc<Claim>>,
    scale_max: Option<u64>,
    locale: Locale,
}

/// One claimant's figure in a row, its label beside it: relation, "according to …", the figure, its
/// bar, where it came from, and any earlier figure of the same claimant, each with its own source.
#[component]
fn ClaimBlock(props: &ClaimBlockProps) -> Html {
    let ClaimBlockProps { claim, earlier, scale_max, locale } = props;
    let (scale_max, locale) = (*scale_max, *locale);
    let words = locale.words();
    html! {
        <li class="claim" data-claimant={claim.claimant.id.clone()}>
            { claimant_label(claim, locale) }
            <FigureText claim={Some(claim.clone())} {locale} />
            <Bar figure={claim.figure} {scale_max} />
            <Provenance claim={claim.clone()} {locale} />
            { for earlier.iter().map(|earlier| html! {
                <details class="provenance earlier" data-claim={earlier.id.clone()}>
                    <summary>
                        { fill(words.earlier, &[
                            ("figure", &format!(
                                "{} {}",
                                words.figure(earlier.figure),
                                words.group(locale, earlier.group, earlier.figure)
                            )),
                            ("as_of", &words.as_of(earlier.as_of)),
                        ]) }
                    </summary>
                    <ProvenanceBody claim={earlier.clone()} {locale} />
                </details>
            }) }
        </li>
    }
}

/// "Counter-claim · according to Veldora's defence ministry"; a version-1 claimant by name only.
pub(super) fn claimant_label(claim: &Claim, locale: Locale) -> Html {
    let words = locale.words();
    html! {
        <p class="claimant">
            if let Some(relation) = words.relation(claim.relation()) {
                <span class="relation">{ relation }</span>{ " · " }
            }
            { words.according_to(claim.claimant.name.get(locale)) }
        </p>
    }
}
