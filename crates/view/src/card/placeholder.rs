//! What a card shows while its data is on the way: its frame at about its final height.

use crate::words::LocaleWords;
use yew::prelude::*;

use crate::words::Locale;

#[derive(Properties, PartialEq)]
pub struct PlaceholderProps {
    pub locale: Locale,
}

#[component]
pub fn Placeholder(props: &PlaceholderProps) -> Html {
    let words = props.locale.words();
    html! {
        <article class="card placeholder" lang={words.tag} dir="ltr" aria-busy="true">
            <p role="status">{ words.loading }</p>
        </article>
    }
}
