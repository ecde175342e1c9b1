//! What a reader sees instead of the card when its data cannot be used: a short message, not a blank box.

use yew::prelude::*;

use crate::words::Locale;

#[derive(Properties, PartialEq)]
pub struct ErrorCardProps {
    /// The problems, for the editor who opens the details.
    pub problems: Vec<String>,
    #[prop_or_default]
    pub locale: Locale,
    /// Offered when trying again may help (the data could not be fetched).
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
    /// True when the problem is fetching the data, not the data itself.
    #[prop_or_default]
    pub load_failed: bool,
}

#[component]
pub fn ErrorCard(props: &ErrorCardProps) -> Html {
    let words = props.locale.words();
    html! {
        <article class="card error" lang={words.tag} dir="ltr" role="alert">
            <p class="error-title">{ words.error_title }</p>
            <p class="error-body">{ if props.load_failed { words.load_failed_body } else { words.error_body } }</p>
            if !props.problems.is_empty() {
                <ul class="error-problems">
                    { for props.problems.iter().take(5).map(|problem| html! { <li><code>{ problem }</code></li> }) }
                </ul>
            }
            if let Some(on_retry) = &props.on_retry {
                <button type="button" class="retry" onclick={on_retry.reform(|_| ())}>{ words.retry }</button>
            }
        </article>
    }
}
