//! What a card's Yew app renders: the card when its data is good, an error card when it is not.

use std::rc::Rc;

use yew::prelude::*;

use crate::card::{Card, ErrorCard};
use crate::dataset::{Dataset, Measure};
use crate::words::Locale;

#[derive(PartialEq)]
pub enum Content {
    Card(Rc<Dataset>),
    /// Every problem with the data, each naming its field.
    Problems(Vec<String>),
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub content: Rc<Content>,
    pub locale: Locale,
    pub initial_measure: Option<Measure>,
    pub on_rendered: Callback<()>,
}

#[component]
pub fn Root(props: &RootProps) -> Html {
    match &*props.content {
        Content::Card(dataset) => html! {
            <Card
                dataset={dataset.clone()}
                locale={props.locale}
                initial_measure={props.initial_measure}
                on_rendered={props.on_rendered.clone()}
            />
        },
        Content::Problems(problems) => html! {
            <ErrorCard problems={problems.clone()} locale={props.locale} on_rendered={props.on_rendered.clone()} />
        },
    }
}
