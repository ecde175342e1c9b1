//! What a reader sees instead of the card when its data cannot be used: a short message, not a blank box.

use yew::prelude::*;

use crate::words::Locale;

/// Why the card cannot be shown, and what the reader can do about it.
pub struct Failure<'a> {
    /// The problems, each naming its field, for the editor.
    pub problems: &'a [String],
    /// True when the problem is fetching the data, not the data itself.
    pub load_failed: bool,
    /// Offer "Try again" (a `button.retry`, whose click the browser code listens for): when trying
    /// again may help, that is when the data could not be fetched.
    pub retry: bool,
}

pub fn error_card(failure: Failure, locale: Locale) -> Html {
    let words = locale.words();
    let Failure { problems, load_failed, retry } = failure;
    html! {
        <article class="card error" lang={words.tag} dir="ltr" role="alert">
            <p class="error-title">{ words.error_title }</p>
            <p class="error-body">{ if load_failed { words.load_failed_body } else { words.error_body } }</p>
            if !problems.is_empty() {
                <ul class="error-problems">
                    { for problems.iter().take(5).map(|problem| html! { <li><code>{ problem }</code></li> }) }
                </ul>
            }
            if retry {
                <button type="button" class="retry">{ words.retry }</button>
            }
        </article>
    }
}
