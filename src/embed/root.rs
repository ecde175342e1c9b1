//! What a card's Yew app renders, and where its data comes from: the page's own data at once, or its
//! live data (`src`) once fetched, showing the pasted snapshot or a placeholder meanwhile; the card
//! when the data is good, an error card (with "Try again" when fetching failed) when it is not.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::fetch::{fetch_text, DataUrl};
use crate::card::{error_card, placeholder, Card, Failure};
use crate::dataset::{Dataset, Measure};
use crate::words::Locale;

/// Data a card can show, or why it cannot.
#[derive(Clone, PartialEq)]
pub enum Content {
    Card(Rc<Dataset>),
    Problems { problems: Vec<String>, fetch_failed: bool },
}

impl Content {
    pub fn from_json(json: &str) -> Self {
        match Dataset::from_json(json) {
            Ok(dataset) => Content::Card(Rc::new(dataset)),
            Err(error) => Content::Problems { problems: error.lines(), fetch_failed: false },
        }
    }

    fn outcome(&self) -> Result<(), Vec<String>> {
        match self {
            Content::Card(_) => Ok(()),
            Content::Problems { problems, .. } => Err(problems.clone()),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// Shown at once: the page's data or the seed. `None` while the live data loads.
    pub first: Option<Content>,
    /// Fetched on load, replacing `first`.
    pub live_data: Option<DataUrl>,
    pub locale: Locale,
    pub initial_measure: Option<Measure>,
    /// The first render is in the DOM.
    pub on_first_render: Callback<()>,
    /// The card shows what it will show: data (`Ok`) or an error (`Err` with the problems).
    pub on_settled: Callback<Result<(), Vec<String>>>,
}

#[component]
pub fn Root(props: &RootProps) -> Html {
    let shown = use_state(|| props.first.clone());
    let settled = use_state(|| props.live_data.is_none().then(|| props.first.as_ref().map(Content::outcome)).flatten());
    let attempt = use_state(|| 0_u32);

    {
        let on_first_render = props.on_first_render.clone();
        use_effect_with((), move |_| on_first_render.emit(()));
    }
    {
        let on_settled = props.on_settled.clone();
        use_effect_with((*settled).clone(), move |outcome| {
            if let Some(outcome) = outcome {
                on_settled.emit(outcome.clone());
            }
        });
    }
    {
        let (shown, settled) = (shown.clone(), settled.clone());
        let live_data = props.live_data.clone();
        let snapshot = props.first.clone().filter(|first| matches!(first, Content::Card(_)));
        use_effect_with(*attempt, move |_| {
            if let Some(url) = live_data {
                spawn_local(async move {
                    let fetched = match fetch_text(&url).await {
                        Ok(text) => Content::from_json(&text),
                        Err(reason) => Content::Problems { problems: vec![reason], fetch_failed: true },
                    };
                    let content = match (&fetched, snapshot) {
                        // Keep the pasted snapshot rather than replace good figures with an error.
                        (Content::Problems { problems, .. }, Some(snapshot)) => {
                            web_sys::console::warn_1(
                                &format!(
                                    "claims-card: showing the data pasted with the card; the live data failed:\n  {}",
                                    problems.join("\n  ")
                                )
                                .into(),
                            );
                            snapshot
                        }
                        (Content::Problems { problems, .. }, None) => {
                            web_sys::console::error_1(
                                &format!(
                                    "claims-card: the data at {} cannot be shown:\n  {}",
                                    url.as_str(),
                                    problems.join("\n  ")
                                )
                                .into(),
                            );
                            fetched
                        }
                        (Content::Card(_), _) => fetched,
                    };
                    settled.set(Some(content.outcome()));
                    shown.set(Some(content));
                });
            }
        });
    }

    let retry = {
        let (shown, settled, attempt) = (shown.clone(), settled.clone(), attempt.clone());
        Callback::from(move |()| {
            shown.set(None);
            settled.set(None);
            attempt.set(*attempt + 1);
        })
    };

    match &*shown {
        None => placeholder(props.locale),
        Some(Content::Card(dataset)) => html! {
            <Card dataset={dataset.clone()} locale={props.locale} initial_measure={props.initial_measure} />
        },
        Some(Content::Problems { problems, fetch_failed }) => error_card(
            Failure { problems, load_failed: *fetch_failed, on_retry: fetch_failed.then_some(retry) },
            props.locale,
        ),
    }
}
