//! A figure in words, the same way everywhere on the card: qualifier, number, what it counts, and
//! the source's own hedge. A figure that was not reported is a dash and the words, never a zero.

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use crate::words::{phrase, Locale};
use claims_card_data::dataset::{Claim, Figure};

#[derive(Properties, PartialEq)]
pub struct FigureTextProps {
    /// `None` shows nothing: a row with no claim says so itself ("No figure on this card").
    pub claim: Option<Rc<Claim>>,
    pub locale: Locale,
}

/// The same paragraph in a comparison row and in the breakdown: the stylesheet sizes it by where it stands.
#[component]
pub fn FigureText(props: &FigureTextProps) -> Html {
    let locale = props.locale;
    let words = locale.words();
    let Some(claim) = props.claim.as_ref() else { return Html::default() };
    if claim.figure == Figure::NotReported {
        return html! {
            <p class="figure not-reported" data-claim={claim.id.clone()}>
                <span class="number" aria-hidden="true">{ "—" }</span>
                { " " }
                <span class="qualifier">{ words.not_reported }</span>
            </p>
        };
    }
    let (before, number, after) = phrase::figure_parts(claim, locale);
    // In the order the eye learns: bound and number, what it counts, the period, how it was counted.
    html! {
        <p class="figure" data-claim={claim.id.clone()} data-bound={claim.figure.bound().key()}>
            if !before.is_empty() { <span class="qualifier">{ before.trim_end() }</span>{ " " } }
            // A range reads by its words ("900 to 1,400"), not by a dash a listener may not hear; a
            // number grouped by spaces ("1 150") ungrouped, not as two numbers. (The words first:
            // where a sanitizer strips the card's classes, the dash still stands next to what it counts.)
            if let Some(spoken) = words.number_spoken(claim.figure) {
                <span class="visually-hidden">{ spoken }</span>
                <span class="number" aria-hidden="true">{ number }</span>
            } else {
                <span class="number">{ number }</span>
            }
            // Printed as the template writes it: Azerbaijani's "-dən çox" joins the number.
            if !after.is_empty() { <span class="qualifier">{ after }</span> }
            { " " }
            <span class="group">{ phrase::group(claim, locale) }</span>
            if let Some(hedge) = &claim.hedge { { " " }<span class="hedge" lang={super::lang_of(hedge, locale)}>{ hedge.get(locale) }</span> }
            if let Some(central) = phrase::central(claim, locale) { { ", " }<span class="central">{ central }</span> }
            if let Some(period) = phrase::period(claim, locale) { { " " }<span class="period">{ period }</span> }
            if let Some(method) = claim.method {
                { super::separator() }
                <span class="method" data-method={method.key()}>{ (words.method_names)(method) }</span>
            }
        </p>
    }
}
