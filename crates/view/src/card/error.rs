//! What a reader sees instead of the card when its data cannot be used: a short message, not a blank box.

use crate::words::LocaleWords;
use yew::prelude::*;

use crate::words::Locale;

/// What went wrong, which decides what the reader is told.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Trouble {
    /// The data arrived and has problems.
    #[default]
    BadData,
    /// The data could not be fetched.
    LoadFailed,
    /// The card was given no data at all: its inline JSON or its `data-src` was lost on the way (a
    /// CMS's sanitizer strips both), and it did not ask for the seed.
    NoData,
}

/// Why the card cannot be shown, and what the reader can do about it.
#[derive(Properties, PartialEq)]
pub struct ErrorCardProps {
    /// The problems, each naming its field, for the editor.
    pub problems: Vec<String>,
    #[prop_or_default]
    pub trouble: Trouble,
    /// "Try again", offered when trying again may help: when the data could not be fetched.
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
    pub locale: Locale,
}

#[component]
pub fn ErrorCard(props: &ErrorCardProps) -> Html {
    let ErrorCardProps { problems, trouble, on_retry, locale } = props;
    let words = locale.words();
    html! {
        <article class="card error" lang={words.tag} dir="ltr" role="alert">
            <p class="error-title">{ words.error_title }</p>
            <p class="error-body">{ match trouble {
                Trouble::BadData => words.error_body,
                Trouble::LoadFailed => words.load_failed_body,
                Trouble::NoData => words.no_data_body,
            } }</p>
            if !problems.is_empty() {
                <ul class="error-problems">
                    { for problems.iter().take(5).map(|problem| html! { <li><code>{ problem }</code></li> }) }
                </ul>
            }
            if let Some(on_retry) = on_retry {
                <button type="button" class="retry" onclick={on_retry.reform(|_| ())}>{ words.retry }</button>
            }
        </article>
    }
}
