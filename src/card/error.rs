//! What a reader sees instead of the card when its data cannot be used: a short message, not a blank box.

use yew::prelude::*;

use crate::words::Locale;

#[derive(Properties, PartialEq)]
pub struct ErrorCardProps {
    /// The problems, for the editor who opens the details.
    pub problems: Vec<String>,
    #[prop_or_default]
    pub locale: Locale,
    #[prop_or_default]
    pub on_rendered: Callback<()>,
}

#[component]
pub fn ErrorCard(props: &ErrorCardProps) -> Html {
    let words = props.locale.words();
    {
        let on_rendered = props.on_rendered.clone();
        use_effect_with((), move |_| on_rendered.emit(()));
    }
    html! {
        <article class="card error" lang={words.tag} role="alert">
            <p class="error-title">{ words.error_title }</p>
            <p class="error-body">{ words.error_body }</p>
            if !props.problems.is_empty() {
                <ul class="error-problems">
                    { for props.problems.iter().take(5).map(|problem| html! { <li><code>{ problem }</code></li> }) }
                </ul>
            }
        </article>
    }
}
