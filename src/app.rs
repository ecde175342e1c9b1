//! The Yew app a card runs in the browser: the card when its data is good, an error card when it
//! is not, and for live data (`src`) the fetch, with the pasted snapshot or a placeholder meanwhile
//! and "Try again" when fetching failed. A live card (`data-refresh`) re-reads its data (`live.rs`)
//! and updates in place: the reader's measure, open sources and focus stay, and its line under the
//! title says what changed. After every render it tells the page what it now shows.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::console;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::fetch::{first_read, DataUrl};
use super::host::Host;
use super::live::{OnRead, Poller, Read};
use super::loader;
use claims_card_data::dataset::{Dataset, Measure};
use claims_card_export::csv::claims_csv;
use claims_card_export::embed::live_embed_code;
use claims_card_view::card::{Action, Card, ErrorCard, LiveStatus, LiveUpdate, Notice, Placeholder, Trouble};
use claims_card_view::heading::HeadingLevel;
use claims_card_view::refresh::{Refresh, RefreshAttributes};
use claims_card_view::words::Locale;
use claims_card_web::{clipboard, download};

/// Data a card can show, or why it cannot.
#[derive(Clone, PartialEq)]
pub enum Content {
    /// The dataset, and the text it was read from: the JSON a reader downloads ("the dataset as
    /// published") and the embed code's data, never re-serialised.
    Card(Rc<Dataset>, Rc<str>),
    Problems {
        problems: Vec<String>,
        trouble: Trouble,
    },
}

impl Content {
    pub fn from_json(json: &str) -> Self {
        match Dataset::from_json(json) {
            Ok(dataset) => Content::Card(Rc::new(dataset), Rc::from(json)),
            Err(error) => Content::Problems { problems: error.lines(), trouble: Trouble::BadData },
        }
    }
}

/// What the card shows after a render, for the page (`data-state` and its events).
#[derive(Clone, PartialEq)]
pub enum Shown {
    /// The placeholder, or the pasted snapshot while the live data is on the way.
    Waiting,
    Card,
    Problems(Vec<String>),
}

#[derive(Properties, PartialEq)]
pub struct CardAppProps {
    /// Shown at once: the page's data, the seed (asked for), or why there is none. `None` while the
    /// live data loads.
    pub first: Option<Content>,
    /// Fetched at once; what arrives replaces `first`.
    pub live_data: Option<DataUrl>,
    /// How often the live data is re-read while the card is on screen; `None`: read once.
    pub refresh: Option<Refresh>,
    /// The level of the card's title, as the page's outline needs it.
    pub heading: HeadingLevel,
    /// The card's element: what must be on screen for a re-read, and where the reader's measure is.
    pub host: Host,
    pub locale: Locale,
    /// The measure shown first; a reader may have picked another in the server's markup.
    pub initial_measure: Option<Measure>,
    /// Called after every render that changed what the card shows.
    pub on_shown: Callback<Shown>,
    /// The card's `src` as the page wrote it, for the embed code.
    pub src: Option<String>,
    /// What a reader asked for in the server's markup before this app took the card over (a
    /// trusted click, handed over by the loader or heard by the wasm: `asked.rs`, `page.rs`),
    /// done once the card is drawn.
    pub requested: Option<Action>,
    /// Where the app leaves what its footer buttons do, for the page's one click listener on the
    /// card (`page.rs`). Not Yew's `onclick`: Yew keeps the listeners of an app's root for the
    /// life of the page, so every card removed would leave them behind (about 600 B of wasm memory
    /// a card).
    pub actions: ActionSlot,
}

/// What a card's footer buttons do now: the app's callback, once it shows a card.
#[derive(Clone, Default)]
pub struct ActionSlot(Rc<RefCell<Option<Callback<Action>>>>);

impl ActionSlot {
    /// Does what a reader asked for, if the card is showing its data.
    pub fn run(&self, action: Action) {
        let on_action = self.0.borrow().clone();
        if let Some(on_action) = on_action {
            on_action.emit(action);
        }
    }
}

impl PartialEq for ActionSlot {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the app shows: content, and whether the live data is still on the way.
#[derive(Clone, PartialEq)]
struct Showing {
    content: Option<Content>,
    fetching: bool,
    /// Counts the changes of content. The card is keyed by it, so new content is drawn afresh
    /// rather than patched into nodes that a page (a translation tool) may have replaced.
    drawing: u32,
}

#[component]
pub fn CardApp(props: &CardAppProps) -> Html {
    let showing =
        use_state(|| Showing { content: props.first.clone(), fetching: props.live_data.is_some(), drawing: 0 });
    // Each "Try again" is a new attempt, which runs the fetch effect again.
    let attempt = use_state(|| 0_u32);

    {
        let showing = showing.clone();
        let live_data = props.live_data.clone();
        let snapshot = match &props.first {
            Some(Content::Card(dataset, text)) => Some((dataset.clone(), text.clone())),
            _ => None,
        };
        use_effect_with(*attempt, move |_| {
            // A card that leaves the page (or tries again) ignores a fetch still on the way.
            let current = Rc::new(Cell::new(true));
            if let Some(url) = live_data {
                let still_current = current.clone();
                spawn_local(async move {
                    let fetched = first_read(&url).await;
                    if still_current.get() {
                        let content = Some(arrived(&url, fetched, snapshot));
                        showing.set(Showing { content, fetching: false, drawing: showing.drawing + 1 });
                    }
                });
            }
            move || current.set(false)
        });
    }

    // What the card shows now, for a re-read to compare with (the state handle a callback holds
    // keeps the render it was made in).
    let now_showing = use_mut_ref(|| (*showing).clone());
    *now_showing.borrow_mut() = (*showing).clone();
    let live = use_reducer(LiveState::default);
    {
        let (showing, now_showing, live) = (showing.clone(), now_showing.clone(), live.clone());
        let poll = props.live_data.clone().zip(props.refresh);
        let card = props.host.element().clone();
        // Re-reads start once the first read has ended (and again after "Try again"): one read at a time.
        use_effect_with(showing.fetching, move |fetching| {
            let poller = poll.filter(|_| !fetching).map(|(url, refresh)| {
                // The text the card shows now: a first re-read of the same file is then unchanged.
                let shown = match &showing.content {
                    Some(Content::Card(_, text)) => Some(text.to_string()),
                    _ => None,
                };
                let on_read = on_read(url.clone(), showing, now_showing, live);
                Poller::start(&card, url, refresh, shown, on_read)
            });
            // The card left the page: no timer, observer or read of it remains.
            move || drop(poller)
        });
    }

    {
        let on_shown = props.on_shown.clone();
        use_effect_with((*showing).clone(), move |showing| {
            on_shown.emit(match showing {
                Showing { fetching: true, .. } | Showing { content: None, .. } => Shown::Waiting,
                Showing { content: Some(Content::Card(..)), .. } => Shown::Card,
                Showing { content: Some(Content::Problems { problems, .. }), .. } => Shown::Problems(problems.clone()),
            });
        });
    }

    // What the footer says after "Copy embed code"; the fallback's field is selected once drawn.
    let notice = use_state(|| None::<Notice>);
    use_effect_with((*notice).clone(), |notice| {
        if let Some(Notice::CopyByHand { field, .. }) = notice {
            clipboard::select(field);
        }
    });

    let locale = props.locale;
    let on_action = match &showing.content {
        Some(Content::Card(dataset, text)) => {
            let actions = ReaderActions {
                dataset: dataset.clone(),
                text: text.clone(),
                locale,
                src: props.src.clone(),
                refresh: props.refresh.and_then(|_| props.host.published_refresh()),
                notice: notice.clone(),
            };
            Some(Callback::from(move |action| actions.run(action)))
        }
        _ => None,
    };

    // The action a reader asked for before this app had the card, once, when the card is drawn.
    {
        let requested = use_mut_ref(|| props.requested);
        let on_action = on_action.clone();
        use_effect_with(on_action.is_some(), move |drawn| {
            if let (true, Some(on_action)) = (*drawn, on_action) {
                if let Some(action) = requested.borrow_mut().take() {
                    on_action.emit(action);
                }
            }
        });
    }

    // The buttons' callback, as the page's listener finds it.
    props.actions.0.replace(on_action);

    let key = showing.drawing;
    // A card with live data may be drawn again: it keeps the measure the reader has chosen since.
    let initial_measure = match props.live_data {
        Some(_) => props.host.chosen_measure().or(props.initial_measure),
        None => props.initial_measure,
    };
    let live = props.refresh.map(|_| live.0.clone());
    match &showing.content {
        None => html! { <Placeholder {key} {locale} /> },
        Some(Content::Card(dataset, _)) => html! {
            <Card {key} dataset={dataset.clone()} {locale} {initial_measure} notice={(*notice).clone()} {live} heading={props.heading} />
        },
        Some(Content::Problems { problems, trouble }) => {
            let on_retry = (*trouble == Trouble::LoadFailed && props.live_data.is_some()).then(|| {
                let (showing, attempt) = (showing.clone(), attempt.clone());
                Callback::from(move |()| {
                    showing.set(Showing { content: None, fetching: true, drawing: showing.drawing + 1 });
                    attempt.set(*attempt + 1);
                })
            });
            html! { <ErrorCard {key} problems={problems.clone()} trouble={*trouble} {on_retry} {locale} /> }
        }
    }
}

/// What a fetch gives the card: the live data; when it failed, the page's snapshot if it has one,
/// else an error card. One console message says what failed.
fn arrived(url: &DataUrl, fetched: Result<String, String>, snapshot: Option<(Rc<Dataset>, Rc<str>)>) -> Content {
    let fetched = match fetched {
        Ok(text) => Content::from_json(&text),
        Err(reason) => Content::Problems { problems: vec![reason], trouble: Trouble::LoadFailed },
    };
    let Content::Problems { problems, .. } = &fetched else { return fetched };
    match snapshot {
        Some((snapshot, text)) => {
            console::warn!(format!(
                "claims-card: showing the data pasted with the card; the live data failed:\n  {}",
                problems.join("\n  ")
            ));
            Content::Card(snapshot, text)
        }
        None => {
            console::error!(format!(
                "claims-card: the data at {} cannot be shown:\n  {}",
                url.shown(),
                problems.join("\n  ")
            ));
            fetched
        }
    }
}

/// What the footer's buttons need: the card's data, its text and language, and where the footer's
/// notice goes.
struct ReaderActions {
    dataset: Rc<Dataset>,
    text: Rc<str>,
    locale: Locale,
    src: Option<String>,
    /// A live card's refresh, which its embed code carries.
    refresh: Option<RefreshAttributes>,
    notice: UseStateHandle<Option<Notice>>,
}

impl ReaderActions {
    fn run(&self, action: Action) {
        let id = &self.dataset.id;
        let saved = match action {
            Action::Csv => download::download(
                &format!("{id}.csv"),
                "text/csv;charset=utf-8",
                &claims_csv(&self.dataset, self.locale),
            ),
            Action::Json => download::download(&format!("{id}.json"), "application/json", &self.text),
            Action::CopyEmbed => {
                let loader = loader::loader_url().unwrap_or_else(|| "embed.js".to_owned());
                let code = live_embed_code(
                    &self.text,
                    self.locale,
                    self.src.as_deref(),
                    self.refresh.as_ref(),
                    // Another page's outline: the usual place, under its headline.
                    HeadingLevel::default(),
                    &loader,
                );
                let notice = self.notice.clone();
                spawn_local(async move {
                    notice.set(Some(if clipboard::write_text(&code).await {
                        Notice::Copied
                    } else {
                        Notice::CopyByHand { code, field: NodeRef::default() }
                    }));
                });
                Ok(())
            }
        };
        if let Err(reason) = saved {
            console::error!(format!("claims-card: the data could not be saved: {reason}"));
        }
    }
}

/// What a live card's status line says, changed by each re-read.
#[derive(Default, PartialEq)]
struct LiveState(LiveStatus);

enum LiveEvent {
    /// The data changed: when, and the figures that changed.
    Updated(LiveUpdate),
    /// A re-read reached the data (changed or not): the figures are as fresh as they can be.
    Fresh,
    /// A re-read failed: the data's age, once older than allowed.
    Failed(Option<u32>),
}

impl Reducible for LiveState {
    type Action = LiveEvent;

    fn reduce(self: Rc<Self>, event: LiveEvent) -> Rc<Self> {
        let LiveStatus { update, .. } = &self.0;
        let status = match event {
            LiveEvent::Updated(update) => LiveStatus { update: Some(update), stale_minutes: None },
            LiveEvent::Fresh => LiveStatus { update: update.clone(), stale_minutes: None },
            LiveEvent::Failed(stale_minutes) => LiveStatus { update: update.clone(), stale_minutes },
        };
        if status == self.0 {
            return self;
        }
        Rc::new(LiveState(status))
    }
}

/// What a live card does with each re-read: a changed, valid dataset is drawn in place of the old
/// one (the same nodes, patched: the reader's open sources and focus stay) and the status line says
/// what changed; a dataset the card cannot show leaves the card as it is, with one console message
/// naming the field, and counts as a failed read.
fn on_read(
    url: DataUrl,
    showing: UseStateHandle<Showing>,
    now_showing: Rc<RefCell<Showing>>,
    live: UseReducerHandle<LiveState>,
) -> OnRead {
    // The last text refused, so a file that stays bad is reported once, not at every re-read.
    let refused = RefCell::new(None::<String>);
    Rc::new(move |read| match read {
        Read::Changed(text) => {
            let before = now_showing.borrow().clone();
            let shown = match &before.content {
                Some(Content::Card(dataset, shown)) => Some((dataset.clone(), shown.clone())),
                _ => None,
            };
            if shown.as_ref().is_some_and(|(_, shown)| **shown == *text) {
                live.dispatch(LiveEvent::Fresh);
                return Ok(());
            }
            let dataset = match Dataset::from_json(&text) {
                Ok(dataset) => Rc::new(dataset),
                Err(error) => {
                    if refused.borrow().as_deref() != Some(text.as_str()) {
                        console::error!(format!(
                            "claims-card: the data at {} changed and cannot be shown; the card keeps the figures it \
                             has:\n  {}",
                            url.shown(),
                            error.lines().join("\n  ")
                        ));
                        refused.replace(Some(text));
                    }
                    return Err(());
                }
            };
            let changed = shown.as_ref().map(|(old, _)| dataset.changed_since(old)).unwrap_or_default();
            let clock = js_sys::Date::new_0();
            let update = LiveUpdate { hour: clock.get_hours() as u8, minute: clock.get_minutes() as u8, changed };
            // Patched in place over a card; drawn afresh over an error card or the placeholder.
            let drawing = if shown.is_some() { before.drawing } else { before.drawing + 1 };
            showing.set(Showing { content: Some(Content::Card(dataset, Rc::from(text))), fetching: false, drawing });
            live.dispatch(LiveEvent::Updated(update));
            Ok(())
        }
        Read::Unchanged => {
            live.dispatch(LiveEvent::Fresh);
            Ok(())
        }
        Read::Failed { stale_minutes } => {
            live.dispatch(LiveEvent::Failed(stale_minutes));
            Ok(())
        }
    })
}
