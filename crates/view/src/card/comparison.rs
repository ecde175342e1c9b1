//! One measure's comparison: a row per party, then the breakdown. A party's row leads with the figure
//! the editor chose (by default the party's own) and lists every other claimant's figure for the same
//! losses beneath it, each labelled by its claimant: never summed, averaged or merged. Bars share a scale
//! only with figures counted the same way (a count of named dead is never drawn on an estimate's scale).
//! An earlier figure is listed only under its own claimant's later one, counted the same way. A figure
//! that covers several parties together is listed once, under the rows, with no bar.

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use crate::heading::HeadingLevel;
use crate::words::{fill, phrase, Locale};
use claims_card_data::dataset::{scale_of, Claim, Dataset, Measure, Method, Missing, Party};

use super::bar::Bar;
use super::breakdown::Breakdown;
use super::figure_text::FigureText;
use super::provenance::{Provenance, ProvenanceBody};
use super::series_chart::SeriesChart;
use super::MeasureProps;

/// One measure's panel.
#[component]
pub fn Comparison(props: &MeasureProps) -> Html {
    let MeasureProps { dataset, measure, locale, heading } = props;
    let (measure, locale, heading) = (*measure, *locale, *heading);
    let words = locale.words();
    let scales: Scales = dataset.scales(measure).into();
    let joint: Vec<Rc<Claim>> = dataset.joint(measure).cloned().collect();
    html! {
        <section class="panel" data-measure={measure.key()} aria-label={(words.measure_names)(measure)}>
            // Printed cards show every measure, so each needs its name.
            <@{heading.measure()} class="panel-title">{ (words.measure_names)(measure) }</@>
            // Said before the bars it qualifies: bar lengths compare only within one method.
            if scales.len() > 1 {
                <p class="scale-note">{ words.scale_note }</p>
            }
            <ul class="rows">
                { for dataset.parties().iter().map(|party| html! {
                    <PartyRow
                        key={party.id.clone()}
                        dataset={dataset.clone()}
                        party={party.clone()}
                        {measure}
                        scales={scales.clone()}
                        {locale}
                        {heading}
                    />
                }) }
            </ul>
            if !joint.is_empty() {
                <ul class="joint">
                    { for joint.into_iter().map(|claim| html! {
                        <li class="claim" key={claim.id.clone()} data-claimant={claim.claimant.id.clone()}>
                            { claimant_label(&claim, locale) }
                            <FigureText claim={Some(claim.clone())} {locale} />
                            <Provenance claim={claim.clone()} {locale} />
                        </li>
                    }) }
                </ul>
            }
            <Breakdown dataset={dataset.clone()} {measure} {locale} {heading} />
        </section>
    }
}

/// Each method's scale in a panel: the largest figure counted that way.
type Scales = Rc<[(Option<Method>, Option<u64>)]>;

#[derive(Properties, PartialEq)]
struct PartyRowProps {
    dataset: Rc<Dataset>,
    party: Rc<Party>,
    measure: Measure,
    /// The measure's scales, one per method: each claim's bar is drawn against its method's.
    scales: Scales,
    locale: Locale,
    heading: HeadingLevel,
}

/// The party's name, then one block per claimant: the lead first, every competing claim after it.
#[component]
fn PartyRow(props: &PartyRowProps) -> Html {
    let PartyRowProps { dataset, party, measure, scales, locale, heading } = props;
    let (measure, locale) = (*measure, *locale);
    let words = locale.words();
    let row = dataset.row(party, measure);
    // A party whose only figures for the measure are in the breakdown has figures: its row names it and
    // leaves the figures to the breakdown, without saying the card has none.
    let has_figures = dataset.has_figures(party, measure);
    // Each claimant's running count, for the chart under the row.
    let lines: Vec<(Rc<Claim>, Vec<Rc<Claim>>)> = row
        .iter()
        .flat_map(|row| std::iter::once(&row.lead).chain(&row.competing))
        .map(|figures| (figures.current.clone(), figures.earlier.iter().map(|claim| (*claim).clone()).collect()))
        .collect();
    if row.is_none() && (dataset.missing_for(party) == Missing::LeaveOut || has_figures) {
        return Html::default();
    }
    html! {
        <li class="row" data-accent={super::accent(party)}>
            // The outline a listener moves by: the card's title, the measure, then each party.
            <@{heading.party()} class="who"><span class="party" lang={super::lang_of(&party.name, locale)}>{ party.name.get(locale) }</span></@>
            if let Some(row) = row {
                <ul class="claims">
                    { for std::iter::once(row.lead).chain(row.competing).map(|figures| html! {
                        <ClaimBlock
                            // The claimant's first figure here, which a revision does not change: a
                            // live card's update keeps the block, and the reader's open sources in it.
                            key={figures.earlier.last().map_or(&figures.current.id, |first| &first.id).clone()}
                            claim={figures.current.clone()}
                            earlier={figures.earlier.iter().map(|claim| (*claim).clone()).collect::<Vec<Rc<Claim>>>()}
                            scale_max={scale_of(scales, figures.current.method)}
                            {measure}
                            {locale}
                        />
                    }) }
                </ul>
                <SeriesChart {lines} {locale} />
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
    /// The scale of the claim's method in this measure.
    scale_max: Option<u64>,
    measure: Measure,
    locale: Locale,
}

/// One claimant's figure in a row, its label beside it: relation, "according to …", the figure, its
/// bar, where it came from, and any earlier figure of the same claimant, each with its own source.
#[component]
fn ClaimBlock(props: &ClaimBlockProps) -> Html {
    let ClaimBlockProps { claim, earlier, scale_max, measure, locale } = props;
    let (scale_max, locale) = (*scale_max, *locale);
    let method = claim.method.map_or("unstated", |method| method.key());
    let words = locale.words();
    html! {
        <li class="claim" data-claimant={claim.claimant.id.clone()}>
            { claimant_label(claim, locale) }
            <FigureText claim={Some(claim.clone())} {locale} />
            // A running count: how it moved since the claimant's report before it, and where it began.
            if let Some(history) = phrase::history(claim, &earlier.iter().collect::<Vec<_>>(), locale) {
                <p class="history">{ history }</p>
            }
            <Bar figure={claim.figure} {scale_max} scale={format!("{}/{method}", measure.key())} />
            <Provenance claim={claim.clone()} {locale} />
            { for earlier.iter().map(|earlier| html! {
                <details class="provenance earlier" key={earlier.id.clone()} data-claim={earlier.id.clone()}>
                    <summary>
                        { fill(words.earlier, &[
                            ("figure", &phrase::figure(earlier, locale)),
                            ("as_of", &words.as_of(earlier.as_of)),
                        ]) }
                        // Whose, for a listener: an earlier figure of another claimant may read alike.
                        <span class="visually-hidden">
                            { super::marked_in(
                                format!(" ({}, {})", phrase::whose(earlier, locale), words.according_to(earlier.claimant.name.get(locale))),
                                &[super::party_names(earlier).as_slice(), &[&earlier.claimant.name]].concat(),
                                locale,
                            ) }
                        </span>
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
            // Whose losses, said in every claim: a listener moving by list item never hears a
            // counter-claim as the claimant's own losses. (The row shows the party once, above.)
            if claim.with.is_empty() {
                <span class="visually-hidden" lang={super::lang_of(&claim.party.name, locale)}>
                    { format!("{}: ", claim.party.name.get(locale)) }
                </span>
            }
            if let Some(relation) = phrase::relation(claim, locale) {
                <span class="relation">{ super::marked_in(relation, &super::party_names(claim), locale) }</span>
                { super::separator() }
            }
            { super::marked_in(words.according_to(claim.claimant.name.get(locale)), &[&claim.claimant.name], locale) }
        </p>
    }
}
