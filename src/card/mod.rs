//! The card as Yew components, one file per visible block. Components know nothing of where the
//! data came from: they get a validated `Dataset` and a `Locale`, and the same props give the same
//! markup on the server and in the browser.

mod bar;
mod breakdown;
mod comparison;
mod context;
mod error;
mod figure_text;
mod header;
mod measure_switch;
mod notes;
mod placeholder;
mod provenance;
mod sources;

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::{Dataset, Measure};
use crate::words::Locale;

pub use error::ErrorCard;
pub use placeholder::Placeholder;

/// The card's stylesheet, put in each shadow root by the server snippet and by the browser alike.
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/card.min.css"));

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub dataset: Rc<Dataset>,
    #[prop_or_default]
    pub locale: Locale,
    /// The measure shown first; a reader may have picked another before the wasm arrived.
    #[prop_or_default]
    pub initial_measure: Option<Measure>,
}

/// The whole card: headline, measure switch, one comparison panel per measure, context, notes, sources.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let CardProps { dataset, locale, initial_measure } = props;
    let words = locale.words();
    let measures = dataset.measures();
    let selected = initial_measure.filter(|measure| measures.contains(measure)).or_else(|| measures.first().copied());

    html! {
        <article class="card" lang={words.tag} dir="ltr" aria-labelledby="cc-title">
            <header::Header dataset={dataset.clone()} locale={*locale} />
            <measure_switch::MeasureSwitch measures={measures.clone()} selected={selected} locale={*locale} />
            { for measures.iter().map(|measure| html! {
                <comparison::Comparison
                    key={measure.key()}
                    dataset={dataset.clone()}
                    measure={*measure}
                    locale={*locale}
                />
            }) }
            <context::Context dataset={dataset.clone()} locale={*locale} />
            <notes::Notes dataset={dataset.clone()} locale={*locale} />
            <sources::Sources dataset={dataset.clone()} locale={*locale} />
        </article>
    }
}
