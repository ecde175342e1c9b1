//! The Killed | Wounded switch: a radio group styled as a segmented control.
//!
//! Radios need no script: the stylesheet shows the panel of the checked measure (`:has()`), so the
//! switch works in the server-rendered card before the wasm arrives, and with the keyboard's arrow keys.
//! Radio groups are scoped to their shadow root, so every card on a page switches on its own.

use crate::words::LocaleWords;
use yew::prelude::*;

use crate::words::Locale;
use claims_card_data::dataset::Measure;

#[derive(Properties, PartialEq)]
pub struct MeasureSwitchProps {
    pub measures: Vec<Measure>,
    pub selected: Option<Measure>,
    pub locale: Locale,
}

#[component]
pub fn MeasureSwitch(props: &MeasureSwitchProps) -> Html {
    let MeasureSwitchProps { measures, selected, locale } = props;
    let (selected, locale) = (*selected, *locale);
    let words = locale.words();
    // One measure needs no switch.
    if measures.len() < 2 {
        return Html::default();
    }
    html! {
        <>
        <fieldset class="switch">
            <legend class="visually-hidden">{ words.measure_switch }</legend>
            { for measures.iter().map(|measure| html! {
                <label class="switch-option" key={measure.key()}>
                    <input
                        type="radio"
                        name="measure"
                        value={measure.key()}
                        // The stylesheet selects the panel by this, not by `value`: Yew's browser
                        // renderer sets `value` as a property, so only server markup has the attribute.
                        data-measure={measure.key()}
                        checked={selected == Some(*measure)}
                    />
                    <span>{ (words.measure_names)(*measure) }</span>
                </label>
            }) }
        </fieldset>
        // Empty until a reader switches: then the loader says what is shown (loader/embed.js), in
        // the words the card carries, so the loader carries none.
        <p class="measure-status" role="status" data-said={words.measure_shown}></p>
        </>
    }
}
