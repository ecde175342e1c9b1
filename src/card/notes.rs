//! The dataset's notes, starting with what kind of numbers these are.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::Dataset;
use crate::words::Locale;

#[derive(Properties, PartialEq)]
pub struct NotesProps {
    pub dataset: Rc<Dataset>,
    pub locale: Locale,
}

#[component]
pub fn Notes(props: &NotesProps) -> Html {
    let words = props.locale.words();
    let notes = &props.dataset.notes;
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <section class="notes" aria-label={words.notes}>
            { for notes.iter().map(|note| html! { <p>{ note }</p> }) }
        </section>
    }
}
