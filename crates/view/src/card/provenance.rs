//! Where a figure came from: its date and outlet under the figure, and on tap or Enter the source's
//! own sentence, any note, and the full citation. A `<details>` element: keyboard and screen reader
//! support come with it, and it works before the wasm arrives.

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use crate::words::fill;
use crate::words::phrase;
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
                <span class="visually-hidden">
                    { super::marked_in(format!("{}: ", source_of(claim, locale)), &[super::party_names(claim).as_slice(), &[&claim.claimant.name]].concat(), locale) }
                </span>
                <span class="as-of">{ words.as_of(claim.as_of) }</span>
                { super::separator() }
                <span class="outlet">{ outlet_names(&claim.source, locale) }</span>
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
            // In the piece's language, which a voice should read it in.
            <blockquote class="quote" lang={piece_lang(&claim.source, locale).map(str::to_owned)}>{ format!("“{}”", claim.quote) }</blockquote>
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
    let piece = piece_lang(source, locale);
    let lang = piece.map(str::to_owned);
    let outlet = match &source.url {
        Some(url) => html! {
            <a href={url.to_string()} target="_blank" rel="noopener noreferrer" {lang}>{ &source.outlet }</a>
        },
        None => html! { <cite {lang}>{ &source.outlet }</cite> },
    };
    // Each part in the language it is written in: the piece's for its names and title, the
    // description as translated.
    let mut pieces = Pieces::default();
    if let Some(author) = &source.author {
        pieces.push(", ", None).push(author, piece);
    }
    if let Some(title) = &source.title {
        pieces.push(", ", None).push(&format!("“{title}”"), piece);
    }
    if let Some(description) = &source.description {
        pieces.push(", ", None).push(description.get(locale), super::lang_of(description, locale));
    }
    if let Some(published) = source.published {
        pieces.push(", ", None).push(&words.date(published), None);
    }
    if let Some(via) = &source.via {
        pieces.push(&format!(", {} ", words.via), None);
        pieces.outlets(via, locale);
    }
    html! {
        <>
            { outlet }
            { pieces.into_html() }
        </>
    }
}

/// "Reuters via TASS": the outlet and those it reached us through, each name marked with its
/// piece's language where that is not the card's.
pub(super) fn outlet_names(source: &Source, locale: Locale) -> Html {
    let mut pieces = Pieces::default();
    pieces.outlets(source, locale);
    pieces.into_html()
}

/// Text in runs of one language: each run not in the card's language in `<span lang>`, the others
/// one text node each, as the server's HTML gives them to the browser (two text nodes side by side
/// are shaped apart, which moves a space by a pixel between the server's card and the app's).
#[derive(Default)]
struct Pieces(Vec<(String, Option<String>)>);

impl Pieces {
    fn push(&mut self, text: &str, lang: Option<&str>) -> &mut Self {
        let lang = lang.map(str::to_owned);
        match self.0.last_mut() {
            Some((run, run_lang)) if *run_lang == lang => run.push_str(text),
            _ => self.0.push((text.to_owned(), lang)),
        }
        self
    }

    fn outlets(&mut self, source: &Source, locale: Locale) {
        self.push(&source.outlet, piece_lang(source, locale));
        if let Some(via) = &source.via {
            self.push(&format!(" {} ", locale.words().via), None);
            self.outlets(via, locale);
        }
    }

    fn into_html(self) -> Html {
        self.0
            .into_iter()
            .map(|(text, lang)| match lang {
                Some(lang) => html! { <span {lang}>{ text }</span> },
                None => html! { { text } },
            })
            .collect()
    }
}

/// The `lang` of the piece's own words (its outlet's name, author, title, the quotes from it), where
/// it is not the card's.
pub(super) fn piece_lang(source: &Source, locale: Locale) -> Option<&str> {
    (source.language != locale.tag()).then_some(source.language.as_str())
}
