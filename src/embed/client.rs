//! A card the browser draws (`page` decides which), and what it shows when: the page's own data at
//! once, or its live data (`src`) once fetched, showing the pasted snapshot or a placeholder
//! meanwhile; the card when the data is good, an error card (with "Try again" when fetching failed)
//! when it is not. Each step redraws the card's mount from the `Html` that card/ describes.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, Event};

use super::dom::replace_children;
use super::fetch::{fetch_text, DataUrl};
use super::host::{CardShadow, CardState, Host};
use crate::card::{card, error_card, placeholder, Failure};
use crate::dataset::{Dataset, Measure};
use crate::words::Locale;

/// Data a card can show, or why it cannot.
#[derive(Clone)]
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
}

/// Cards built on this page, kept to be copied: twenty cards of one dataset are built once and
/// cloned (`cloneNode`) twenty times, far fewer calls from the wasm than building each. The card
/// holds no listeners and no state, so a copy is the card. Each entry keeps its dataset alive, so a
/// key can never match another dataset read later at the same address.
const BUILT_KEPT: usize = 4;

thread_local! {
    static BUILT: RefCell<VecDeque<(BuiltKey, Element)>> = const { RefCell::new(VecDeque::new()) };
}

struct BuiltKey {
    dataset: Rc<Dataset>,
    locale: Locale,
    initial_measure: Option<Measure>,
}

impl PartialEq for BuiltKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.locale == other.locale
            && self.initial_measure == other.initial_measure
    }
}

/// The card of `dataset` in `locale`, showing `initial_measure` first, as built for this page: built
/// now (detached, so no layout) if no card of the same data, language and measure was built before.
/// Cards are drawn as copies of it: the drawn card changes as the reader uses it (and a page may
/// rewrite it), which later copies must not inherit. Building apart from drawing lets the page's
/// first card be built in a task of its own (embed/page.rs).
pub fn built_card(dataset: &Rc<Dataset>, locale: Locale, initial_measure: Option<Measure>) -> Result<Element, String> {
    let key = BuiltKey { dataset: dataset.clone(), locale, initial_measure };
    let known =
        BUILT.with(|built| built.borrow().iter().find(|(known, _)| *known == key).map(|(_, card)| card.clone()));
    if let Some(card) = known {
        return Ok(card);
    }
    let document = web_sys::window().and_then(|window| window.document()).ok_or("the page has no document")?;
    let holder = document.create_element("div").map_err(|_| "cannot create the card's root")?;
    replace_children(&holder, &card(dataset, locale, initial_measure))?;
    let built = holder.first_element_child().ok_or("the card's markup is empty")?;
    BUILT.with(|cards| {
        let mut cards = cards.borrow_mut();
        if cards.len() == BUILT_KEPT {
            cards.pop_front();
        }
        cards.push_back((key, built.clone()));
    });
    Ok(built)
}

/// What a card starts from.
pub struct Start {
    /// Shown at once: the page's data or the seed. `None` while the live data loads.
    pub first: Option<Content>,
    /// Fetched at once, replacing `first`.
    pub live_data: Option<DataUrl>,
    pub locale: Locale,
    /// The measure shown first; a reader may have picked another in the server's markup.
    pub initial_measure: Option<Measure>,
}

/// A card the browser draws, until `release`.
pub struct ClientCard {
    drawn: Rc<Drawn>,
}

struct Drawn {
    host: Host,
    /// The element the card is drawn into, inside the card's shadow root.
    mount: Element,
    live_data: Option<DataUrl>,
    /// The page's data, kept when the live data fails rather than replace good figures with an error.
    snapshot: Option<Rc<Dataset>>,
    locale: Locale,
    initial_measure: Option<Measure>,
    /// Hears "Try again" (cards with live data only); lives as long as the card.
    on_click: RefCell<Option<ClickListener>>,
}

type ClickListener = Closure<dyn FnMut(Event)>;

impl ClientCard {
    /// Draws the card into `mount` and, once complete, puts it in place of the server's markup, if
    /// any (which stays instead when it is already the same markup); then fetches its live data.
    pub fn start(host: Host, shadow: &CardShadow, mount: Element, start: Start) -> Self {
        let Start { first, live_data, locale, initial_measure } = start;
        let snapshot = match &first {
            Some(Content::Card(dataset)) => Some(dataset.clone()),
            _ => None,
        };
        let drawn_into = |mount: Element| {
            let (host, live_data, snapshot) = (host.clone(), live_data.clone(), snapshot.clone());
            Rc::new(Drawn { host, mount, live_data, snapshot, locale, initial_measure, on_click: RefCell::default() })
        };
        let drawn = drawn_into(mount);
        drawn.draw(first.as_ref());
        let in_page = shadow.take_over(&drawn.mount);
        // The server's markup was kept: later draws (live data, Try again) go there.
        let drawn = if in_page == drawn.mount { drawn } else { drawn_into(in_page) };
        if drawn.live_data.is_some() {
            drawn.listen_for_retry();
            fetch(Rc::downgrade(&drawn));
        } else if let Some(content) = &first {
            drawn.settle(content);
        }
        Self { drawn }
    }

    /// For a card that left the page: takes its markup out of the shadow root and its listener off;
    /// a fetch still on the way then draws nothing.
    pub fn release(self) {
        if let Some(on_click) = self.drawn.on_click.take() {
            let _ = self.drawn.mount.remove_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        }
        self.drawn.mount.remove();
    }
}

impl Drawn {
    /// Redraws the card: `None` is the placeholder.
    fn draw(&self, content: Option<&Content>) {
        let html = match content {
            None => placeholder(self.locale),
            Some(Content::Card(dataset)) => return self.draw_card(dataset),
            Some(Content::Problems { problems, fetch_failed }) => error_card(
                Failure { problems, load_failed: *fetch_failed, retry: *fetch_failed && self.live_data.is_some() },
                self.locale,
            ),
        };
        if let Err(reason) = replace_children(&self.mount, &html) {
            self.fail(reason);
        }
    }

    /// Draws the card of `dataset`: a copy of the one built for this page (`built_card`).
    fn draw_card(&self, dataset: &Rc<Dataset>) {
        let drawn = built_card(dataset, self.locale, self.initial_measure).and_then(|card| {
            let copy =
                card.clone_node_with_deep(true).map_err(|_| "the browser refused to copy the card".to_owned())?;
            self.mount.set_text_content(None);
            self.mount.append_child(&copy).map(drop).map_err(|_| "the browser refused to add the card".to_owned())
        });
        if let Err(reason) = drawn {
            self.fail(reason);
        }
    }

    fn fail(&self, reason: String) {
        web_sys::console::error_1(&format!("claims-card: {}: {reason}", self.host.describe()).into());
        self.host.settle(CardState::Error, &[reason]);
    }

    /// Tells the page the card shows what it will show: `ready`, or `error` with the problems.
    fn settle(&self, content: &Content) {
        match content {
            Content::Card(_) => self.host.settle(CardState::Ready, &[]),
            Content::Problems { problems, .. } => self.host.settle(CardState::Error, problems),
        }
    }

    /// One listener on the mount for the error card's "Try again": the placeholder, and fetch again.
    fn listen_for_retry(self: &Rc<Self>) {
        let drawn = Rc::downgrade(self);
        let on_click = ClickListener::new(move |event: Event| {
            let on_retry = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|target| target.closest("button.retry").ok().flatten())
                .is_some();
            let Some(card) = drawn.upgrade().filter(|_| on_retry) else { return };
            card.draw(None);
            card.host.set_state(CardState::Loading);
            fetch(drawn.clone());
        });
        if self.mount.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref()).is_ok() {
            self.on_click.replace(Some(on_click));
        }
    }
}

/// Fetches the card's live data and draws what came: the data, or (when it failed) the snapshot if
/// the page had one, else an error card. One console message says what failed.
fn fetch(drawn: Weak<Drawn>) {
    let Some(url) = drawn.upgrade().and_then(|card| card.live_data.clone()) else { return };
    spawn_local(async move {
        let fetched = match fetch_text(&url).await {
            Ok(text) => Content::from_json(&text),
            Err(reason) => Content::Problems { problems: vec![reason], fetch_failed: true },
        };
        // The card left the page while its data was on the way.
        let Some(card) = drawn.upgrade() else { return };
        let content = match (&fetched, &card.snapshot) {
            (Content::Problems { problems, .. }, Some(snapshot)) => {
                web_sys::console::warn_1(
                    &format!(
                        "claims-card: showing the data pasted with the card; the live data failed:\n  {}",
                        problems.join("\n  ")
                    )
                    .into(),
                );
                Content::Card(snapshot.clone())
            }
            (Content::Problems { problems, .. }, None) => {
                web_sys::console::error_1(
                    &format!("claims-card: the data at {} cannot be shown:\n  {}", url.as_str(), problems.join("\n  "))
                        .into(),
                );
                fetched
            }
            (Content::Card(_), _) => fetched,
        };
        card.draw(Some(&content));
        card.settle(&content);
    });
}
