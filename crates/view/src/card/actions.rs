//! The card's foot: "Get the data" (CSV, JSON) and "Copy embed code". Native `<button>`s, so the
//! keyboard reaches them and Enter or Space activates them; hidden in print and, since they need
//! the wasm, where script is off (style.css). What Copy did is said in a status region always present.
//!
//! The server renders the same buttons (a kept server card has them, and nothing moves when a Yew
//! app takes it over); they do nothing there until the loader hands the card to the wasm on a
//! reader's first click (`data-action` names what was asked for: loader/embed.js, browser/asked.rs). In the browser
//! a click on one runs the card's Yew callback for that action (browser/app.rs), found through one
//! listener on the card's element (browser/page.rs), which goes with the card.

use crate::words::LocaleWords;
use yew::prelude::*;

use crate::words::Locale;

/// What a reader asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Csv,
    Json,
    CopyEmbed,
}

impl Action {
    pub const ALL: [Action; 3] = [Action::Csv, Action::Json, Action::CopyEmbed];

    /// The button's `data-action`, which the loader passes on (`readerAsked`) for a kept card.
    pub fn key(self) -> &'static str {
        match self {
            Action::Csv => "csv",
            Action::Json => "json",
            Action::CopyEmbed => "copy",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|action| action.key() == key)
    }
}

/// What the block says after "Copy embed code".
#[derive(Clone, PartialEq)]
pub enum Notice {
    Copied,
    /// The browser could not copy: the code, shown selected in `field` for the reader to copy.
    CopyByHand {
        code: String,
        field: NodeRef,
    },
}

#[derive(Properties, PartialEq)]
pub struct ActionsProps {
    pub locale: Locale,
    #[prop_or_default]
    pub notice: Option<Notice>,
}

#[component]
pub fn Actions(props: &ActionsProps) -> Html {
    let words = props.locale.words();
    let button = |action: Action, text: &'static str, label: Option<String>| {
        html! {
            <button type="button" class="action" data-action={action.key()} aria-label={label}>
                { text }
            </button>
        }
    };
    // The status is always in the card, empty until there is something to say: a screen reader
    // announces a change to a live region it already knows, and may skip one that arrives with its
    // text. Server markup and the browser's first render both hold it empty (`seen.rs` compares them).
    let (status, field) = match &props.notice {
        None => (None, Html::default()),
        Some(Notice::Copied) => (Some(words.embed_copied), Html::default()),
        Some(Notice::CopyByHand { code, field }) => (
            Some(words.copy_by_hand),
            html! {
                <textarea class="embed-code" ref={field.clone()} readonly=true rows="4"
                    aria-label={words.copy_embed} aria-describedby="cc-copy-status" value={code.clone()} />
            },
        ),
    };
    html! {
        <footer class="actions">
            <div class="action-group" role="group" aria-labelledby="cc-get-data">
                <span class="action-label" id="cc-get-data">{ words.get_data }</span>
                { button(Action::Csv, "CSV", Some(format!("{}: CSV", words.get_data))) }
                { button(Action::Json, "JSON", Some(format!("{}: JSON", words.get_data))) }
            </div>
            { button(Action::CopyEmbed, words.copy_embed, None) }
            <p class="action-notice" id="cc-copy-status" role="status">
                if let Some(status) = status { { status } }
            </p>
            { field }
        </footer>
    }
}
