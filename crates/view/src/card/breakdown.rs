//! The breakdown under a measure's comparison, closed by default: each party's other figures
//! (service branch, civilians, children), grouped under the claimant who gives them, none added to another.

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use claims_card_data::dataset::Claim;

use super::comparison::claimant_label;
use super::figure_text::FigureText;
use super::provenance::Provenance;
use super::MeasureProps;

#[component]
pub fn Breakdown(props: &MeasureProps) -> Html {
    let MeasureProps { dataset, measure, locale, heading } = props;
    let (measure, locale) = (*measure, *locale);
    let words = locale.words();
    let parties: Vec<_> =
        dataset.parties().iter().filter(|party| dataset.breakdown(party, measure).next().is_some()).collect();
    if parties.is_empty() {
        return Html::default();
    }
    html! {
        <details class="breakdown">
            // Named for its measure too: a listener may meet it beside another measure's.
            <summary aria-label={format!("{}: {}", words.breakdown, (words.measure_names)(measure))}>
                { words.breakdown }
            </summary>
            <div class="breakdown-body">
                { for parties.into_iter().map(|party| {
                    // One group per claimant, in the order the dataset first gives each.
                    let mut by_claimant: Vec<Vec<&Rc<Claim>>> = Vec::new();
                    for claim in dataset.breakdown(party, measure) {
                        match by_claimant.iter_mut().find(|group| group[0].claimant.id == claim.claimant.id) {
                            Some(group) => group.push(claim),
                            None => by_claimant.push(vec![claim]),
                        }
                    }
                    html! {
                        <div class="breakdown-party" data-accent={super::accent(party)} key={party.id.clone()}>
                            <@{heading.party()} class="breakdown-name" lang={super::lang_of(&party.name, locale)}>{ party.name.get(locale) }</@>
                            { for by_claimant.into_iter().map(|claims| html! {
                                <div class="breakdown-claimant" data-claimant={claims[0].claimant.id.clone()}>
                                    { claimant_label(claims[0], locale) }
                                    <ul class="breakdown-list">
                                        { for claims.into_iter().map(|claim| html! {
                                            <li key={claim.id.clone()}>
                                                <FigureText claim={Some(claim.clone())} {locale} />
                                                <Provenance claim={claim.clone()} {locale} />
                                            </li>
                                        }) }
                                    </ul>
                                </div>
                            }) }
                        </div>
                    }
                }) }
            </div>
        </details>
    }
}
