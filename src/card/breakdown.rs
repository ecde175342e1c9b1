//! The breakdown under a measure's comparison, closed by default: each party's other figures
//! (service branch, civilians, children), each attributed, none added to another.

use yew::prelude::*;

use super::figure_text::FigureText;
use super::provenance::Provenance;
use super::MeasureProps;

#[component]
pub fn Breakdown(props: &MeasureProps) -> Html {
    let MeasureProps { dataset, measure, locale } = props;
    let (measure, locale) = (*measure, *locale);
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
                                    <FigureText claim={Some(claim.clone())} {locale} />
                                    <Provenance claim={claim.clone()} {locale} />
                                </li>
                            }) }
                        </ul>
                    </div>
                }) }
            </div>
        </details>
    }
}
