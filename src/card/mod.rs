//! The card: Yew markup (`html!`) assembled from view functions, one file per visible block.
//! The blocks are plain functions, not components: they hold no state of their own (the measure
//! switch is native radios, each source a `<details>`), so the card is interactive with no script.
//! The server renders `Card` with Yew's server renderer; the browser builds the same `Html` with the
//! DOM's own constructors (embed/dom.rs), without Yew's client runtime, which would be a third of
//! the wasm. Nothing here knows where the data came from: the same validated `Dataset` and `Locale`
//! give the same markup on the server and in the browser.

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
mod render_key;
mod sources;

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::{Dataset, Measure, Party};
use crate::words::Locale;

pub use error::{error_card, Failure};
pub use placeholder::placeholder;
pub use render_key::{render_key, CODE_VERSION};

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

/// `card` as a component, for Yew's server renderer.
#[component]
pub fn Card(props: &CardProps) -> Html {
    card(&props.dataset, props.locale, props.initial_measure)
}

/// The whole card: headline, measure switch, one comparison panel per measure, context, notes, sources.
pub fn card(dataset: &Dataset, locale: Locale, initial_measure: Option<Measure>) -> Html {
    let words = locale.words();
    let measures = dataset.measures();
    let selected = initial_measure.filter(|measure| measures.contains(measure)).or_else(|| measures.first().copied());

    html! {
        <article class="card" lang={words.tag} dir="ltr" aria-labelledby="cc-title">
            { header::header(dataset, locale) }
            { measure_switch::measure_switch(&measures, selected, locale) }
            { for measures.iter().map(|measure| comparison::comparison(dataset, *measure, locale)) }
            { context::context(dataset, locale) }
            { notes::notes(dataset, locale) }
            { sources::sources(dataset, locale) }
        </article>
    }
}

/// The party's accent colour, one of four, as card.css's `[data-accent]` selectors name it. An
/// attribute, not a computed class: Yew parses a computed `class` into a set of class names,
/// which costs the wasm 3 KB (brotli) for nothing.
fn accent(party: &Party) -> &'static str {
    ["0", "1", "2", "3"][party.slot % 4]
}
