//! A figure in words, the same way everywhere on the card: qualifier, number, what it counts, and
//! the source's own hedge. A figure that was not reported is a dash and the words, never a zero.

use yew::prelude::*;

use crate::dataset::{Claim, Figure};
use crate::words::Locale;

#[derive(Properties, PartialEq)]
pub struct FigureTextProps {
    /// `None` when the party gave no figure at all for this measure.
    pub claim: Option<Claim>,
    pub locale: Locale,
    /// The paragraph's class: `figure` in a comparison row, `breakdown-figure` in the breakdown.
    pub class: &'static str,
}

#[component]
pub fn FigureText(props: &FigureTextProps) -> Html {
    let words = props.locale.words();
    let reported = props.claim.as_ref().filter(|claim| claim.figure != Figure::NotReported);
    let Some(claim) = reported else {
        return html! {
            <p class={classes!(props.class, "not-reported")}>
                <span class="number" aria-hidden="true">{ "—" }</span>
                { " " }
                <span class="qualifier">{ words.not_reported }</span>
            </p>
        };
    };
    let (before, number, after) = words.figure_parts(claim.figure);
    html! {
        <p class={props.class}>
            if !before.is_empty() { <span class="qualifier">{ before.trim_end() }</span>{ " " } }
            <span class="number">{ number }</span>
            if !after.is_empty() { { " " }<span class="qualifier">{ after.trim_start() }</span> }
            { " " }
            <span class="group">{ words.group(props.locale, claim.group, claim.figure) }</span>
            if let Some(hedge) = &claim.hedge { { " " }<span class="hedge">{ hedge.get(props.locale) }</span> }
        </p>
    }
}
