//! Where a figure came from: its date and outlet under the figure, and on tap or Enter the source's
//! own sentence, any note, and the full citation. A `<details>` element: keyboard and screen reader
//! support come with it, and it works before the wasm arrives.

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use crate::words::fill;
use crate::words::phrase::{self, outlet_chain};
use crate::words::Locale;
use claims_card_data::dataset::{Claim, Source};

#[derive(Properties, PartialEq)]
pub struct ProvenanceProps {
    pub claim: Rc<Claim>,
    pub locale: Locale,
}

#[component]
pub fn Provenance(props: &ProvenanceProps) -> Html {
    let ProvenanceProps { claim, locale } = props;
    let locale = *locale;
    let words = locale.words();
    html! {
        <details class="provenance">
            <summary>
                // Named for the figure it belongs to, not only a date and an outlet.
                <span class="visually-hidden">{ source_of(claim, locale) }{ ": " }</span>
                <span class="as-of">{ words.as_of(claim.as_of) }</span>
                { super::separator() }
                <span class="outlet">{ outlet_chain(&claim.source, words) }</span>
            </summary>
            <ProvenanceBody claim={claim.clone()} {locale} />
        </details>
    }
}

/// "Source of at least 200 people (Nagorno-Karabakh), according to …": what a figure's disclosure
/// is about, for a listener who reaches it by control; whose losses and who claims them, so no two
/// read alike.
pub(super) fn source_of(claim: &Claim, locale: Locale) -> String {
    let words = locale.words();
    let according_to = words.according_to(claim.claimant.name.get(locale));
    let figure = format!("{} ({})", phrase::figure_heard(claim, locale), phrase::whose(claim, locale));
    fill(words.source_of, &[("figure", &figure), ("according_to", &according_to)])
}

/// What opens under a figure: the source's own sentence, any note, and the full citation.
#[component]
pub fn ProvenanceBody(props: &ProvenanceProps) -> Html {
    let ProvenanceProps { claim, locale } = props;
    let locale = *locale;
    let words = locale.words();
    html! {
        <div class="provenance-body">
            <blockquote class="quote">{ format!("“{}”", claim.quote) }</blockquote>
            if let Some(note) = &claim.note {
                <p class="claim-note" lang={super::lang_of(note, locale)}>{ note.get(locale) }</p>
            }
            <p class="citation">
                <span class="citation-label">{ format!("{}: ", words.source_label) }</span>
                <Citation source={claim.source.clone()} {locale} />
            </p>
        </div>
    }
}

/// A full citation: outlet (linked when the data gives a safe link), author, title, description,
/// date, and the outlet it reached us through.
#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub source: Rc<Source>,
    pub locale: Locale,
}

#[component]
pub fn Citation(props: &CitationProps) -> Html {
    let CitationProps { source, locale } = props;
    let locale = *locale;
    let words = locale.words();
    let outlet = match &source.url {
        Some(url) => html! {
            <a href={url.to_string()} target="_blank" rel="noopener noreferrer">{ &source.outlet }</a>
        },
        None => html! { <cite>{ &source.outlet }</cite> },
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some(author) = &source.author {
        parts.push(author.clone());
    }
    if let Some(title) = &source.title {
        parts.push(format!("“{title}”"));
    }
    if let Some(description) = &source.description {
        parts.push(description.get(locale).to_owned());
    }
    if let Some(published) = source.published {
        parts.push(words.date(published));
    }
    if let Some(via) = &source.via {
        parts.push(format!("{} {}", words.via, outlet_chain(via, words)));
    }
    html! {
        <>
            { outlet }
            if !parts.is_empty() { { format!(", {}", parts.join(", ")) } }
        </>
    }
}
