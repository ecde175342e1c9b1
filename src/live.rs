//! A live card's re-reads of its `src` (`data-refresh`): every interval while the card is on screen
//! and its tab is visible; a read that comes due meanwhile waits until the reader can see the card,
//! then goes at once. One read at a time (the next is scheduled only when the last has ended); the
//! wait doubles after a failure (`Refresh::wait_after`); the browser's HTTP cache revalidates each
//! read (`cache: no-cache`), so an unchanged file costs its host a 304. Dropping the `Poller`
//! stops everything: its timer, its observers, and any read still on the way is ignored.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};
use yew::platform::spawn_local;

use super::fetch::{fetch_text, Cached, DataUrl};
use claims_card_view::refresh::Refresh;

/// What a read brought, for the card: new text to show (or the reason it cannot be shown), and the
/// card is told when its data has gone unread for longer than the editor allows.
pub enum Read {
    /// The file's text, when it differs from the last read's.
    Changed(String),
    /// The file is as it was.
    Unchanged,
    /// The read failed, or brought data the card cannot show; `stale_minutes` once the data is older
    /// than allowed.
    Failed { stale_minutes: Option<u32> },
}

/// What the card does with a changed text: `Err` when it cannot show it (a bad dataset), which
/// counts as a failed read.
pub type OnRead = Rc<dyn Fn(Read) -> Result<(), ()>>;

pub struct Poller {
    state: Rc<State>,
    _visibility: Option<EventListener>,
    _on_screen: Option<OnScreen>,
}

/// Tells whether the card is on screen, until dropped.
struct OnScreen {
    observer: IntersectionObserver,
    // Held so the browser can call it; freed with the observer.
    _on_change: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for OnScreen {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

struct State {
    url: DataUrl,
    refresh: Refresh,
    on_read: OnRead,
    /// The text last read, to tell a changed file from the same one.
    last_text: RefCell<Option<String>>,
    timer: RefCell<Option<Timeout>>,
    due: Cell<bool>,
    reading: Cell<bool>,
    on_screen: Cell<bool>,
    stopped: Cell<bool>,
    failures: Cell<u32>,
    /// When the data was last read (`Date.now()`).
    last_read: Cell<f64>,
}

impl Poller {
    /// Starts re-reading `url` every `refresh.every` seconds while `card` is on screen. `shown`: the
    /// text the card shows now (read at load), if any.
    pub fn start(card: &Element, url: DataUrl, refresh: Refresh, shown: Option<String>, on_read: OnRead) -> Self {
        let state = Rc::new(State {
            url,
            refresh,
            on_read,
            last_text: RefCell::new(shown),
            timer: RefCell::new(None),
            due: Cell::new(false),
            reading: Cell::new(false),
            // Until the observer first says otherwise (a browser without it re-reads regardless).
            on_screen: Cell::new(true),
            stopped: Cell::new(false),
            failures: Cell::new(0),
            last_read: Cell::new(js_sys::Date::now()),
        });
        state.schedule();
        let visibility = web_sys::window().and_then(|window| window.document()).map(|document| {
            let state = state.clone();
            EventListener::new(&document, "visibilitychange", move |_| state.read_if_due())
        });
        let on_screen = {
            let state = state.clone();
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let Some(entry) = entries.iter().last() else { return };
                state.on_screen.set(entry.unchecked_into::<IntersectionObserverEntry>().is_intersecting());
                state.read_if_due();
            });
            IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok().map(|observer| {
                observer.observe(card);
                OnScreen { observer, _on_change: callback }
            })
        };
        Self { state, _visibility: visibility, _on_screen: on_screen }
    }
}

impl Drop for Poller {
    fn drop(&mut self) {
        self.state.stopped.set(true);
        self.state.timer.borrow_mut().take();
    }
}

impl State {
    /// The next read, after the interval (or the wait after failures).
    fn schedule(self: &Rc<Self>) {
        let wait_ms = self.refresh.wait_after(self.failures.get()).saturating_mul(1000);
        let state = self.clone();
        let timer = Timeout::new(wait_ms, move || {
            state.timer.borrow_mut().take();
            state.due.set(true);
            state.read_if_due();
        });
        self.timer.replace(Some(timer));
    }

    /// Reads now if a read is due, none is on the way, and the reader can see the card.
    fn read_if_due(self: &Rc<Self>) {
        if self.stopped.get() || self.reading.get() || !self.due.get() || !self.on_screen.get() || tab_hidden() {
            return;
        }
        self.due.set(false);
        self.reading.set(true);
        let state = self.clone();
        spawn_local(async move {
            let fetched = fetch_text(&state.url, Cached::Revalidate).await;
            state.reading.set(false);
            if state.stopped.get() {
                return;
            }
            let read = match fetched {
                Ok(text) if state.last_text.borrow().as_deref() == Some(text.as_str()) => Ok(Read::Unchanged),
                Ok(text) => Ok(Read::Changed(text)),
                Err(reason) => Err(reason),
            };
            let shown = match read {
                Ok(Read::Changed(text)) => {
                    let shown = (state.on_read)(Read::Changed(text.clone()));
                    // A text the card refused is not read again as unchanged: it stays a failure.
                    if shown.is_ok() {
                        state.last_text.replace(Some(text));
                    }
                    shown
                }
                Ok(read) => (state.on_read)(read),
                Err(reason) => {
                    gloo::console::warn!(format!("claims-card: the live data could not be re-read: {reason}"));
                    Err(())
                }
            };
            match shown {
                Ok(()) => {
                    state.failures.set(0);
                    state.last_read.set(js_sys::Date::now());
                }
                Err(()) => {
                    state.failures.set(state.failures.get().saturating_add(1));
                    let age_seconds = ((js_sys::Date::now() - state.last_read.get()) / 1000.0) as u32;
                    let stale_minutes = state.refresh.is_stale(age_seconds).then_some(age_seconds / 60);
                    // What the card shows of its age; the text it shows stays.
                    let _ = (state.on_read)(Read::Failed { stale_minutes });
                }
            }
            state.schedule();
        });
    }
}

fn tab_hidden() -> bool {
    web_sys::window().and_then(|window| window.document()).is_some_and(|document| document.hidden())
}
