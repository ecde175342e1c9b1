//! What a reader sees instead of the card when its data cannot be used: a short message, not a blank box.

use yew::prelude::*;

use crate::words::Locale;

/// Why the card cannot be shown, and what the reader can do about it.
#[derive(Properties, PartialEq)]
pub struct ErrorCardProps {
    /// The problems, each naming its field, for the editor.
    pub problems: Vec<String>,
    /// True when the problem is fetching the data, not the data itself.
    #[prop_or_default]
    pub load_failed: bool,
    /// "Try again", offered when trying again may help: when the data could not be fetched.
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
    pub locale: Locale,
}

#[component]
pub fn ErrorCard(props: &ErrorCardProps) -> Html {
    let ErrorCardProps { problems, load_failed, on_retry, locale } = props;
    let words = locale.words();
    html! {
        <article class="card error" lang={words.tag} dir="ltr" role="alert">
            <p class="error-title">{ words.error_title }</p>
            <p class="error-body">{ if *load_failed { words.load_failed_body } else { words.error_body } }</p>
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
