//! The card: Yew function components, one file per visible block, rendered on the server by Yew's
//! server renderer (claims-card-publish's snippet) and in the browser by Yew's own renderer (the
//! reader's app, the workbench's preview). The blocks hold
//! no state: the measure switch is native radios and each source a `<details>`, so a pasted card is
//! interactive with no script at all. Nothing here knows where the data came from: the same
//! validated `Dataset` and `Locale` give the same card on the server and in the browser.

mod actions;
mod bar;
mod breakdown;
mod comparison;
mod context;
mod error;
mod figure_text;
mod header;
mod live;
mod measure_switch;
mod notes;
mod placeholder;
mod provenance;
mod render_key;
mod series_chart;
mod sources;

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use crate::heading::HeadingLevel;
use crate::words::Locale;
use claims_card_data::dataset::{Claim, Dataset, Measure, Party, Text};

use actions::Actions;
use comparison::Comparison;
use context::Context;
use header::Header;
use live::live_line;
use measure_switch::MeasureSwitch;
use notes::Notes;
use sources::Sources;

pub use actions::{Action, Notice};
pub use bar::{segments, Mark, Segment};
pub use error::{ErrorCard, ErrorCardProps, Trouble};
pub use live::{update_line, LiveStatus, LiveUpdate};
pub use placeholder::{Placeholder, PlaceholderProps};
pub use render_key::{render_key, CODE_VERSION};
pub use series_chart::{chart, step_path, Chart, ChartLine};

/// The card's stylesheet, put in each shadow root by the server snippet and by the browser alike.
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/card.min.css"));
/// The stylesheet before it is minified: style.css and the rule build.rs writes from the format's
/// measures (each measure's panel shows when its radio is checked). Tests compare STYLE against it.
pub const STYLE_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/card.css"));
/// The text of the card's `<style>` elements (the snippet's, and the browser's where it cannot
/// construct a stylesheet): the CSS inside `<!--` and `-->`, which CSS ignores there. A sanitizer
/// that strips the `<style>` tags but keeps their text (WordPress for authors) keeps an invisible
/// comment, never the CSS as text. The CSP hash is of this text.
pub const STYLE_ELEMENT_TEXT: &str = concat!("<!--", include_str!(concat!(env!("OUT_DIR"), "/card.min.css")), "-->");

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub dataset: Rc<Dataset>,
    #[prop_or_default]
    pub locale: Locale,
    /// The measure shown first; a reader may have picked another before the wasm arrived.
    #[prop_or_default]
    pub initial_measure: Option<Measure>,
    /// What the footer says after "Copy embed code".
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// A live card's line under the title (re-read data, its age); `None` for a card that is not live,
    /// and always on the server.
    #[prop_or_default]
    pub live: Option<LiveStatus>,
    /// The level of the card's title, as the host page's outline needs it.
    #[prop_or_default]
    pub heading: HeadingLevel,
}

/// What most blocks need: the dataset and the reader's language.
#[derive(Properties, PartialEq)]
pub struct DatasetProps {
    pub dataset: Rc<Dataset>,
    pub locale: Locale,
    #[prop_or_default]
    pub heading: HeadingLevel,
}

/// The blocks of one measure's panel.
#[derive(Properties, PartialEq)]
pub struct MeasureProps {
    pub dataset: Rc<Dataset>,
    pub measure: Measure,
    pub locale: Locale,
    #[prop_or_default]
    pub heading: HeadingLevel,
}

/// The whole card: headline, measure switch, one comparison panel per measure, context, notes, sources,
/// and the footer actions (get the data, copy the embed code).
#[component]
pub fn Card(props: &CardProps) -> Html {
    let CardProps { dataset, locale, initial_measure, notice, live, heading } = props;
    let heading = *heading;
    let locale = *locale;
    let words = locale.words();
    let measures = dataset.measures();
    let selected = initial_measure.filter(|measure| measures.contains(measure)).or_else(|| measures.first().copied());

    html! {
        <article class="card" lang={words.tag} dir="ltr" aria-labelledby="cc-title">
            <Header dataset={dataset.clone()} {locale} {heading} />
            if let Some(status) = live {
                { live_line(status, locale) }
            }
            <MeasureSwitch measures={measures.clone()} {selected} {locale} />
            { for measures.iter().map(|measure| html! {
                <Comparison key={measure.key()} dataset={dataset.clone()} measure={*measure} {locale} {heading} />
            }) }
            <Context dataset={dataset.clone()} {locale} {heading} />
            <Notes dataset={dataset.clone()} {locale} />
            <Sources dataset={dataset.clone()} {locale} {heading} />
            <Actions {locale} notice={notice.clone()} />
        </article>
    }
}

/// The `lang` a dataset's text needs in a card in `locale`: its own language where the dataset has no
/// translation into `locale` (a Russian voice must not read English as Russian), else none.
fn lang_of(text: &Text, locale: Locale) -> Option<&'static str> {
    let (_, language) = text.get_with_lang(locale);
    (language != locale).then(|| language.tag())
}

/// A phrase of the card's words around dataset texts ("according to {claimant}"), with each of
/// `within` that the dataset has not translated into the card's language in `<span lang>`: a Russian
/// voice reads the Russian phrase, then the English name in English. Unmarked runs stay one text node
/// each, as the server's HTML gives them to the browser.
fn marked_in(text: String, within: &[&Text], locale: Locale) -> Html {
    let mut runs: Vec<(String, Option<&'static str>)> = vec![(text, None)];
    for inner in within {
        let (Some(lang), said) = (lang_of(inner, locale), inner.get(locale)) else { continue };
        let Some(index) = runs.iter().position(|(run, lang)| lang.is_none() && run.contains(said)) else { continue };
        let (run, _) = runs.remove(index);
        let (before, rest) = run.split_at(run.find(said).unwrap_or_default());
        let after = &rest[said.len()..];
        let split = [(before.to_owned(), None), (said.to_owned(), Some(lang)), (after.to_owned(), None)];
        runs.splice(index..index, split.into_iter().filter(|(run, _)| !run.is_empty()));
    }
    runs.into_iter()
        .map(|(run, lang)| match lang {
            Some(lang) => html! { <span {lang}>{ run }</span> },
            None => html! { { run } },
        })
        .collect()
}

/// The names of the parties whose losses a claim counts: one, or several together.
fn party_names(claim: &Claim) -> Vec<&Text> {
    std::iter::once(&claim.party).chain(&claim.with).map(|party| &party.name).collect()
}

/// " · " between parts of a line: the dot seen, never read aloud; a comma heard in its place, so a
/// listener hears a pause between the parts ("27 September 2023, Kyiv Independent"), not one phrase.
/// The comma is unseen by its size (style.css's `.pause`), not taken out of the line as
/// `.visually-hidden` is, which would give the line's name a space before it. The spaces stand
/// outside the hidden spans, so the parts never run together.
fn separator() -> Html {
    html! { <><span class="pause">{ "," }</span>{ " " }<span class="sep" aria-hidden="true">{ "·" }</span>{ " " }</> }
}

/// The party's accent colour, one of four, as style.css's `[data-accent]` selectors name it. An
/// attribute, not a computed class: Yew parses a computed `class` into a set of class names,
/// which costs the wasm 3 KB (brotli) for nothing.
fn accent(party: &Party) -> &'static str {
    ["0", "1", "2", "3"][party.slot % 4]
}
