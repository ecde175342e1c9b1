//! The page's cards: every `<claims-card>` and `[data-claims-card]` present at start, and those added
//! later. Each is mounted once, as a Yew app of its own (`app`), unless its server markup is already
//! what this release renders, which is kept as it is; a card removed from the page is released by
//! dropping its handle.
//!
//! Everything the page holds is one `Page`: its cards, those waiting to be mounted, the pacing of
//! their slices (`pacing.rs`), what readers asked, and the page's observer. Dropping it releases all
//! of that. It is borrowed only for short steps, never across a call into Yew or the page (a card's
//! render or drop calls back into it).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::console;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::platform::spawn_local;
use yew::{AppHandle, Callback, Renderer};

use super::app::{ActionSlot, CardApp, CardAppProps, Shown};
use super::data::{read_data, read_first};
use super::host::{CardShadow, CardState, Host};
use super::loader;
use super::observer::{Changes, PageObserver};
use super::pacing::{NextSlice, Pacing};
use super::schedule;
use super::stylesheet::prepare_shared_sheet;
use claims_card_view::card::Action;
use claims_card_view::heading::HeadingLevel;
use claims_card_view::loader_contract::CARD_SELECTOR;

struct MountedCard {
    host: Host,
    /// `None` for a server-rendered card kept as it is (its markup is what the wasm would render).
    app: Option<CardHandle>,
    /// A reader's click on a footer button: for a kept server card, it hands the card to an app;
    /// for an app's card, it runs the app's action.
    upgrade: Option<EventListener>,
}

/// A card's Yew app. Dropping it destroys the app and takes its render out of the shadow root, so
/// a fetch still on the way draws nothing.
struct CardHandle {
    app: Option<AppHandle<CardApp>>,
    card: Rc<RenderedCard>,
}

impl Drop for CardHandle {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.card.mount.remove();
        self.card.host.remove_placeholder();
        // A card that leaves the page before its first render will never render: its slice stops
        // waiting for it.
        if !self.card.placed.replace(true) {
            rendered_one();
        }
    }
}

/// What the page holds.
#[derive(Default)]
struct Page {
    cards: Vec<MountedCard>,
    /// Cards found but not yet mounted, and whether a task to mount them is already scheduled.
    waiting: VecDeque<Host>,
    slice_scheduled: bool,
    /// The page's first card has been mounted in a task of its own.
    first_mounted: bool,
    pacing: Pacing,
    /// How many cards have been mounted: each card's place in the order the page hears of them.
    mounts: u64,
    /// Cards rendered in Yew's current run, in the order they were mounted (`settle_rendered`).
    rendered: Vec<(u64, Rc<RenderedCard>, Shown)>,
    /// What readers asked of cards the wasm has not drawn as apps yet (`ask`), taken when each is
    /// mounted.
    asked: Vec<(Element, Action)>,
    /// Follows the page for as long as it is open.
    observer: Option<PageObserver>,
}

thread_local! {
    /// The page, from `mount_all_and_follow` on.
    static PAGE: RefCell<Page> = RefCell::new(Page::default());
}

/// One short step with the page.
fn with_page<T>(step: impl FnOnce(&mut Page) -> T) -> T {
    PAGE.with(|page| step(&mut page.borrow_mut()))
}

pub fn mount_all_and_follow() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Some(root) = document.document_element() else { return };
    mount_within(&root);
    let observer = PageObserver::new(&root, |Changes { added, removed_any }| {
        added.iter().for_each(mount_within);
        if removed_any {
            release_disconnected();
        }
    });
    with_page(|page| page.observer = observer);
}

/// Queues `element` if it is a card, and every card inside it, and has them mounted.
fn mount_within(element: &Element) {
    let mut found = Vec::new();
    if element.matches(CARD_SELECTOR).unwrap_or(false) {
        found.push(element.clone());
    }
    if let Ok(inside) = element.query_selector_all(CARD_SELECTOR) {
        found.extend((0..inside.length()).filter_map(|index| inside.item(index)?.dyn_into::<Element>().ok()));
    }
    let task = with_page(|page| {
        page.waiting.extend(found.into_iter().map(Host::new));
        let scheduled = std::mem::replace(&mut page.slice_scheduled, true);
        let first = !std::mem::replace(&mut page.first_mounted, true);
        (!scheduled).then_some(if first { read_first_ahead as fn() } else { mount_slice })
    });
    if let Some(task) = task {
        schedule::soon(task);
    }
}

/// The page's first card is read (its data, and the shared stylesheet made) in a task of its own,
/// then mounted alone in the next, so the frame after it shows the card. The browser compiles each
/// wasm function when it is first called, so one task doing both would be the longest a card makes.
fn read_first_ahead() {
    let first = with_page(|page| page.waiting.iter().find(|host| host.state() != Some(CardState::Ready)).cloned());
    if let Some(host) = first {
        // Kept by `read_once`, where the card's mount finds it.
        let _ = read_first(&host);
    }
    prepare_shared_sheet();
    schedule::soon(mount_first);
}

fn mount_first() {
    mount_until(1);
}

fn mount_slice() {
    mount_until(with_page(|page| page.pacing.slice_size()));
}

fn mount_after_frame() {
    // The frame is over (its layout may have been long): the page has just been drawn.
    with_page(|page| page.pacing.framed(js_sys::Date::now()));
    mount_slice();
}

/// Mounts up to `limit` waiting cards (current server cards, kept as they are, do not count). The
/// next slice is scheduled once all of them have rendered (`rendered_one`): Yew renders in its own
/// tasks when it yields, and a slice that did not wait would mount card after card ahead of those
/// renders, which would then all come in one long task.
fn mount_until(limit: usize) {
    with_page(|page| page.slice_scheduled = false);
    let began = js_sys::Date::now();
    let (mut mounted, mut all_from_scratch) = (0, true);
    while mounted < limit {
        let Some(host) = with_page(|page| page.waiting.pop_front()) else { break };
        // A card removed while it waited is not mounted.
        let how = if host.element().is_connected() {
            mount(host)
        } else {
            host.remove_placeholder();
            take_asked(host.element());
            Mounted::Nothing
        };
        all_from_scratch &= how != Mounted::OverMarkup;
        mounted += usize::from(how != Mounted::Nothing);
    }
    let done = with_page(|page| {
        page.slice_scheduled = true;
        page.pacing.mounted(began, mounted, all_from_scratch)
    });
    if done {
        schedule_next_slice();
    }
}

/// One card of the slice has rendered, or left the page before it could.
fn rendered_one() {
    // `try_with`: a card dropped with the page itself has no slice to tell.
    let done =
        PAGE.try_with(|page| page.try_borrow_mut().map(|mut page| page.pacing.rendered_one(js_sys::Date::now())));
    if let Ok(Ok(true)) = done {
        schedule_next_slice();
    }
}

/// Schedules the slice after the last one, if cards wait, when `Pacing` says.
fn schedule_next_slice() {
    let next = with_page(|page| {
        if page.waiting.is_empty() {
            page.slice_scheduled = false;
            return None;
        }
        Some(page.pacing.next_slice(js_sys::Date::now()))
    });
    match next {
        Some(NextSlice::Straight) => schedule::first(mount_slice),
        Some(NextSlice::AfterFrame) => schedule::after_next_frame(mount_after_frame),
        None => {}
    }
}

/// What `mount` did with a card.
#[derive(PartialEq)]
enum Mounted {
    /// Nothing to render: a card already mounted, a current server card, or one that cannot be.
    Nothing,
    /// Drawn in place of nothing or of a placeholder: it skips layout while off screen.
    FromScratch,
    /// Drawn in place of a server card, which the browser lays out again wherever it is.
    OverMarkup,
}

/// Mounts one card, unless it already is one or is a current server card. (A second copy of the
/// loader never gets this far: it starts the wasm once per page.)
fn mount(host: Host) -> Mounted {
    // Taken first, so a request for a card already mounted does not linger.
    let requested = take_asked(host.element());
    let known = with_page(|page| page.cards.iter().any(|card| card.host.element() == host.element()));
    if known {
        return Mounted::Nothing;
    }
    let shadow = match host.shadow() {
        Ok(shadow) => shadow,
        Err(reason) => {
            console::error!(format!("claims-card: {}: {reason}", host.describe()));
            host.settle(CardState::Error, &[reason]);
            return Mounted::Nothing;
        }
    };
    if requested.is_none() && loader::is_current(host.element()) {
        let upgrade = Some(upgrade_on_click(&host));
        with_page(|page| page.cards.push(MountedCard { host: host.clone(), app: None, upgrade }));
        // The loader has usually said so already (it keeps current cards without the wasm).
        if host.state() != Some(CardState::Ready) {
            host.settle(CardState::Ready, &[]);
        }
        return Mounted::Nothing;
    }
    host.set_state(CardState::Loading);
    let (first, live_data) = read_data(&host);
    let refresh = match (host.refresh(), &live_data) {
        // The demo dataset (data-seed) is no src: it does not change.
        (Some(Ok(refresh)), Some(url)) if !url.is_seed() => Some(refresh),
        (Some(Ok(_)), _) => {
            console::warn!(format!("claims-card: {}: data-refresh: the card has no src to re-read", host.describe()));
            None
        }
        // The card still shows its data, read once.
        (Some(Err(reason)), _) => {
            console::error!(format!("claims-card: {}: {reason}; the card reads its data once", host.describe()));
            None
        }
        (None, _) => None,
    };
    // A level the outline cannot use still gives a card, headed as if the page had written none.
    let heading = match host.heading_level() {
        Some(Err(reason)) => {
            console::error!(format!("claims-card: {}: {reason}; the card's title is an <h2>", host.describe()));
            HeadingLevel::default()
        }
        level => level.and_then(Result::ok).unwrap_or_default(),
    };
    let mount = match shadow.new_mount() {
        Ok(mount) => mount,
        Err(reason) => {
            host.settle(CardState::Error, &[reason]);
            return Mounted::Nothing;
        }
    };
    let how = if shadow.draws_from_scratch() { Mounted::FromScratch } else { Mounted::OverMarkup };
    // A card handed over for a reader's action must be the app's render, whatever the markup.
    let final_data = live_data.is_none() && requested.is_none();
    let src = host.src();
    let card = Rc::new(RenderedCard {
        host: host.clone(),
        shadow,
        mount: mount.clone(),
        final_data,
        placed: Cell::new(false),
    });
    let on_shown = on_shown(card.clone());
    let actions = ActionSlot::default();
    let props = CardAppProps {
        first,
        live_data,
        refresh,
        heading,
        host: host.clone(),
        locale: host.locale(),
        initial_measure: host.chosen_measure(),
        on_shown,
        src,
        requested,
        actions: actions.clone(),
    };
    let app = Renderer::<CardApp>::with_root_and_props(mount, props).render();
    // The footer's buttons, heard on the card's element: dropped with the card.
    let listener = Some(host.on_action_click(move |action| actions.run(action)));
    let mounted = MountedCard { host, app: Some(CardHandle { app: Some(app), card }), upgrade: listener };
    with_page(|page| page.cards.push(mounted));
    how
}

/// What a card does after each render: the first puts the render in the page (in place of the
/// server's markup or placeholder, unless that markup already looks the same and nothing will
/// change it), then each one tells the page what the card shows. Both wait for the end of Yew's
/// run (`settle_rendered`), which calls the apps' effects in an order of its own: the page hears
/// of its cards in page order.
fn on_shown(card: Rc<RenderedCard>) -> Callback<Shown> {
    let order = with_page(|page| {
        page.mounts += 1;
        page.mounts - 1
    });
    Callback::from(move |shown: Shown| {
        let first_waiting = with_page(|page| {
            let place = page.rendered.partition_point(|(earlier, _, _)| *earlier <= order);
            page.rendered.insert(place, (order, card.clone(), shown));
            page.rendered.len() == 1
        });
        if first_waiting {
            spawn_local(async { settle_rendered() });
        }
    })
}

/// A card the browser has rendered, as the page sees it.
struct RenderedCard {
    host: Host,
    shadow: CardShadow,
    mount: Element,
    /// No live data will change the card later.
    final_data: bool,
    /// The render is in the page (or the server's markup was kept in its place).
    placed: Cell<bool>,
}

/// Puts the cards rendered in Yew's last run in the page and tells the page what each shows.
fn settle_rendered() {
    let rendered = with_page(|page| std::mem::take(&mut page.rendered));
    for (_, card, shown) in rendered {
        if !card.placed.replace(true) {
            if !card.shadow.take_over(&card.mount, card.final_data) {
                keep_server_markup(&card.host);
            }
            rendered_one();
        }
        match shown {
            Shown::Waiting => card.host.set_state(CardState::Loading),
            Shown::Card => card.host.settle(CardState::Ready, &[]),
            Shown::Problems(problems) => card.host.settle(CardState::Error, &problems),
        }
    }
}

/// The server's markup stays; the app that rendered the same card beside it is no longer needed
/// until a reader clicks one of the markup's footer buttons.
fn keep_server_markup(host: &Host) {
    let listener = upgrade_on_click(host);
    let app = with_page(|page| {
        let card = page.cards.iter_mut().find(|card| card.host.element() == host.element())?;
        card.upgrade = Some(listener);
        card.app.take()
    });
    // Destroyed once Yew's scheduler has finished the render that called this.
    spawn_local(async move { drop(app) });
}

/// A kept server card's footer buttons have no handlers: a reader's first click on one hands the
/// card to a Yew app, which takes over its markup and then does what was asked.
fn upgrade_on_click(host: &Host) -> EventListener {
    let element = host.element().clone();
    host.on_action_click(move |action| ask(&element, action))
}

/// A reader asked a card for `action` with a click the wasm has not handled (on a kept card, or on
/// one the loader kept before the wasm arrived: `asked.rs`). A kept card is handed to an app, which
/// does it once drawn; a card still waiting to be mounted does it once drawn. An app's card ignores
/// it (its own listener heard the click), and so does an element that is no card: nothing lingers
/// for a card mounted later. The request is kept in the wasm, never in the page, whose markup
/// could otherwise ask for it.
pub fn ask(element: &Element, action: Action) {
    let kept = with_page(|page| {
        let kept = page.cards.iter().any(|card| card.host.element() == element && card.app.is_none());
        let waiting = page.waiting.iter().any(|host| host.element() == element);
        if kept || waiting {
            page.asked.retain(|(card, _)| card != element);
            page.asked.push((element.clone(), action));
        }
        kept
    });
    if kept {
        let element = element.clone();
        // Not from inside the click's listener, which forgetting the kept card drops.
        spawn_local(async move { upgrade(&element) });
    }
}

/// What a reader asked of this card before it was mounted, taken once.
fn take_asked(element: &Element) -> Option<Action> {
    with_page(|page| {
        let place = page.asked.iter().position(|(card, _)| card == element)?;
        Some(page.asked.remove(place).1)
    })
}

/// Forgets a kept server card and mounts it again, as an app (a reader asked it for an action).
fn upgrade(element: &Element) {
    let kept = with_page(|page| {
        let place = page.cards.iter().position(|card| card.host.element() == element && card.app.is_none())?;
        Some(page.cards.remove(place))
    });
    if kept.is_some() {
        drop(kept);
        mount_within(element);
    }
}

/// Forgets the cards no longer in the page: dropping their handles destroys their apps and takes
/// their renders out of their shadow roots.
fn release_disconnected() {
    let gone: Vec<MountedCard> = with_page(|page| {
        let (live, gone) = page.cards.drain(..).partition(|card| card.host.element().is_connected());
        page.cards = live;
        gone
    });
    // Outside the page's borrow: a card's drop tells its slice.
    drop(gone);
}
