//! The page's cards: every `<claims-card>` and `[data-claims-card]` present at start, and those added
//! later, each rendered once (or, when the server's markup is already what the wasm would render,
//! kept as it is); a card removed from the page has its client render taken out of its shadow root.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord, Node};

use super::client::{built_card, ClientCard, Content, Start};
use super::fetch::DataUrl;
use super::host::{prepare_shared_sheet, CardShadow, CardState, Host};
use crate::card::render_key;
use crate::dataset::{Dataset, SEED_JSON};

const CARD_SELECTOR: &str = "claims-card, [data-claims-card]";
/// How long one task may spend rendering cards before it yields to the browser (it renders at least
/// one). 100 cards at once would block the page for seconds on a phone; slices this short keep every
/// task, with the layout that follows it, under the 50 ms a reader starts to notice.
const TASK_BUDGET_MS: f64 = 30.0;
/// How long cards may be rendered without the page drawing a frame (see `mount_batch_until`): a
/// reader scrolling meanwhile sees a few frames late, not a frozen page.
const FRAME_INTERVAL_MS: f64 = 100.0;
/// Distinct datasets kept read at once (a page rarely shows more than a few different cards).
const DATASETS_KEPT: usize = 8;

struct MountedCard {
    host: Host,
    /// `None` for a server-rendered card kept as it is (its markup is what the wasm would render).
    client: Option<ClientCard>,
}

thread_local! {
    static CARDS: RefCell<Vec<MountedCard>> = const { RefCell::new(Vec::new()) };
    /// Cards found but not yet rendered, and whether a task to render them is already scheduled.
    static WAITING: RefCell<VecDeque<Host>> = const { RefCell::new(VecDeque::new()) };
    static BATCH_SCHEDULED: Cell<bool> = const { Cell::new(false) };
    /// The page's first card has been read ahead of its render (`read_ahead`).
    static FIRST_READ_AHEAD: Cell<bool> = const { Cell::new(false) };
    /// When the page last finished a frame while cards were being rendered (`Date.now()`).
    static LAST_FRAME: Cell<f64> = const { Cell::new(0.0) };
    /// Datasets already read on this page, by their JSON text: twenty copies of one snippet are read
    /// once and share one `Dataset`.
    static READ: RefCell<VecDeque<(String, Rc<Dataset>)>> = const { RefCell::new(VecDeque::new()) };
}

pub fn mount_all_and_follow() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Some(root) = document.document_element() else { return };
    mount_within(&root);
    follow(&root);
}

/// Queues `element` if it is a card, and every card inside it, and has them rendered.
fn mount_within(element: &Element) {
    let mut found = Vec::new();
    if element.matches(CARD_SELECTOR).unwrap_or(false) {
        found.push(element.clone());
    }
    if let Ok(inside) = element.query_selector_all(CARD_SELECTOR) {
        found.extend((0..inside.length()).filter_map(|index| inside.item(index)?.dyn_into::<Element>().ok()));
    }
    WAITING.with(|waiting| waiting.borrow_mut().extend(found.into_iter().map(Host::new)));
    if !BATCH_SCHEDULED.get() {
        // Once the wasm's functions are compiled (the first card), a card needs no tasks ahead.
        let first_on_page = !FIRST_READ_AHEAD.replace(true);
        BATCH_SCHEDULED.set(schedule_soon(if first_on_page { read_ahead } else { mount_batch }));
    }
}

/// The page's first card is made in three tasks of its own, after the one that instantiated the
/// wasm (or ran the page script that added it): this one reads its data and makes the shared
/// stylesheet, the next builds it (detached), the third puts it in the page, alone, so the next
/// frame shows it. The browser compiles each wasm function when it is first called, so one task
/// doing all of it would be long.
fn read_ahead() {
    if let Some(host) = first_waiting() {
        // Kept by `read_once`, which `build_ahead` and the card's render then find.
        let _ = read_first(&host);
    }
    prepare_shared_sheet();
    BATCH_SCHEDULED.set(schedule_soon(build_ahead));
}

fn build_ahead() {
    if let Some(host) = first_waiting() {
        if let Some(Content::Card(dataset)) = read_first(&host) {
            // Drawn from later (it is kept); a failure here is reported when the card is drawn.
            let _ = built_card(&dataset, host.locale(), host.chosen_measure());
        }
    }
    BATCH_SCHEDULED.set(schedule_soon(mount_first));
}

/// The first card waiting to be drawn: embed.js has already marked current server cards ready.
fn first_waiting() -> Option<Host> {
    WAITING.with(|waiting| waiting.borrow().iter().find(|host| host.state() != Some(CardState::Ready)).cloned())
}

fn mount_first() {
    mount_batch_until(None);
}

fn mount_batch() {
    mount_batch_until(Some(js_sys::Date::now() + TASK_BUDGET_MS));
}

fn mount_after_frame() {
    // The frame is over (its layout may have been long): the page has just been drawn.
    LAST_FRAME.set(js_sys::Date::now());
    mount_batch();
}

/// Renders waiting cards (current server cards, kept as they are, do not count): one, or as many as
/// fit before `deadline`; and schedules a task for the rest. While the cards are drawn from scratch
/// (they skip layout off screen) and the page had a frame in the last `FRAME_INTERVAL_MS`, that task
/// comes straight after this one, ahead of the page's rendering: a frame in between would only delay
/// cards nobody can see yet. Otherwise it waits for the next frame, which lays out what was drawn.
fn mount_batch_until(deadline: Option<f64>) {
    BATCH_SCHEDULED.set(false);
    let mut all_from_scratch = true;
    loop {
        let Some(host) = WAITING.with(|waiting| waiting.borrow_mut().pop_front()) else { return };
        // A card removed while it waited is not rendered.
        let mounted = if host.element().is_connected() { mount(host) } else { Mounted::Nothing };
        all_from_scratch &= mounted != Mounted::OverMarkup;
        if mounted != Mounted::Nothing && deadline.is_none_or(|deadline| js_sys::Date::now() >= deadline) {
            break;
        }
    }
    if WAITING.with(|waiting| waiting.borrow().is_empty()) {
        return;
    }
    // After the page's first card (no deadline), the next frame shows it.
    let straight_on =
        deadline.is_some() && all_from_scratch && js_sys::Date::now() - LAST_FRAME.get() < FRAME_INTERVAL_MS;
    BATCH_SCHEDULED.set(if straight_on {
        schedule_first(mount_batch)
    } else {
        schedule_after_next_frame(mount_after_frame)
    });
}

/// Runs `task` in a task of its own after the browser's next frame, so the cards just rendered are
/// laid out in that frame. A hidden tab draws no frames, so there the task simply follows the timer
/// queue. Returns false if nothing could be scheduled.
fn schedule_after_next_frame(task: fn()) -> bool {
    let Some(window) = web_sys::window() else { return false };
    if window.document().is_none_or(|document| document.hidden()) {
        return schedule_soon(task);
    }
    let after_frame = Closure::once_into_js(move || {
        schedule_soon(task);
    });
    window.request_animation_frame(after_frame.unchecked_ref()).is_ok()
}

/// Runs `task` in a task of its own, after those already queued. Returns false if it could not.
fn schedule_soon(task: fn()) -> bool {
    set_timeout(&Closure::once_into_js(task))
}

fn set_timeout(task: &JsValue) -> bool {
    let Some(window) = web_sys::window() else { return false };
    window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0).is_ok()
}

#[wasm_bindgen]
extern "C" {
    /// `scheduler.postTask` (Chromium 94, Firefox 142); a browser without it throws.
    #[wasm_bindgen(js_namespace = scheduler, js_name = postTask, catch)]
    fn post_task(task: &JsValue, options: &JsValue) -> Result<JsValue, JsValue>;
}

/// Runs `task` in a task of its own, ahead of the page's rendering and its other tasks where the
/// browser has a task scheduler (`user-blocking` priority), else as `schedule_soon`.
fn schedule_first(task: fn()) -> bool {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"priority".into(), &"user-blocking".into());
    let task = Closure::once_into_js(task);
    post_task(&task, &options).is_ok() || set_timeout(&task)
}

/// Watches the page for cards added and removed after start. The observer lives as long as the page.
fn follow(root: &Element) {
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(|records: js_sys::Array| {
        let mut removed_any = false;
        for record in records.iter().filter_map(|record| record.dyn_into::<MutationRecord>().ok()) {
            let added = record.added_nodes();
            for index in 0..added.length() {
                // A node added and removed again before the observer ran (a framework's re-render)
                // is not rendered at all.
                if let Some(element) = added.item(index).and_then(|node: Node| node.dyn_into::<Element>().ok()) {
                    if element.is_connected() {
                        mount_within(&element);
                    }
                }
            }
            removed_any |= record.removed_nodes().length() > 0;
        }
        if removed_any {
            release_disconnected();
        }
    });
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        if observer.observe_with_options(root, &options).is_ok() {
            on_change.forget();
        }
    }
}

/// What `mount` did with a card.
#[derive(PartialEq)]
enum Mounted {
    /// Nothing to render: a card already rendered, a current server card, or one that cannot be.
    Nothing,
    /// Drawn in place of nothing or of a placeholder: it skips layout while off screen.
    FromScratch,
    /// Drawn in place of a server card, which the browser lays out again wherever it is.
    OverMarkup,
}

/// Renders one card, unless it already is one or is a current server card. (A second copy of the
/// script never gets this far: embed.js starts the wasm once per page.)
fn mount(host: Host) -> Mounted {
    let known = CARDS.with(|cards| cards.borrow().iter().any(|card| card.host.element() == host.element()));
    if known {
        return Mounted::Nothing;
    }
    let shadow = match host.shadow() {
        Ok(shadow) => shadow,
        Err(reason) => {
            web_sys::console::error_1(&format!("claims-card: {}: {reason}", host.describe()).into());
            host.settle(CardState::Error, &[reason]);
            return Mounted::Nothing;
        }
    };
    if is_current(&host, &shadow) {
        CARDS.with(|cards| cards.borrow_mut().push(MountedCard { host: host.clone(), client: None }));
        // embed.js has usually said so already (it keeps current cards without the wasm).
        if host.state() != Some(CardState::Ready) {
            host.settle(CardState::Ready, &[]);
        }
        return Mounted::Nothing;
    }
    host.set_state(CardState::Loading);
    let (first, live_data) = read_data(&host);
    let mount_point = match shadow.new_mount() {
        Ok(mount_point) => mount_point,
        Err(reason) => {
            host.settle(CardState::Error, &[reason]);
            return Mounted::Nothing;
        }
    };
    let mounted = if shadow.draws_from_scratch() { Mounted::FromScratch } else { Mounted::OverMarkup };
    let start = Start { first, live_data, locale: host.locale(), initial_measure: host.chosen_measure() };
    let client = ClientCard::start(host.clone(), &shadow, mount_point, start);
    CARDS.with(|cards| cards.borrow_mut().push(MountedCard { host, client: Some(client) }));
    mounted
}

/// True when the card's server markup is exactly what this wasm would render: same code, language
/// and data (its render key matches), and no live data to fetch. Such a card is already complete and
/// interactive (native radios and `<details>`), so rendering it again would only cost the reader's
/// phone time; it is kept, and the reader's choices in it stay as they are.
fn is_current(host: &Host, shadow: &CardShadow) -> bool {
    let Some(server_key) = shadow.server_render_key() else { return false };
    host.src().is_none() && host.inline_data().is_some_and(|json| render_key(host.locale(), &json) == server_key)
}

/// What the card shows first, and the live data to fetch (`src`). The page's inline JSON, else the
/// compiled-in seed; with `src` and no inline JSON, nothing until the fetch ends. Bad data becomes
/// an error card and one console message that lists every problem.
fn read_data(host: &Host) -> (Option<Content>, Option<DataUrl>) {
    let live_data = match host.src().map(|src| DataUrl::resolve(&src, &host.base_url())) {
        Some(Err(reason)) => return (Some(report(host, vec![reason])), None),
        Some(Ok(url)) => Some(url),
        None => None,
    };
    let first = match read_first(host) {
        Some(Content::Problems { problems, .. }) => Some(report(host, problems)),
        other => other,
    };
    (first, live_data)
}

/// What a card shows before any fetch, read (once per page): the page's own JSON, else, with no live
/// data to wait for, the compiled-in seed.
fn read_first(host: &Host) -> Option<Content> {
    match host.inline_data() {
        Some(json) => Some(read_once(&json)),
        None if host.src().is_none() => Some(read_once(SEED_JSON)),
        None => None,
    }
}

/// Reads a dataset, or shares the one already read from the same text.
fn read_once(json: &str) -> Content {
    let known =
        READ.with(|read| read.borrow().iter().find(|(text, _)| text == json).map(|(_, dataset)| dataset.clone()));
    if let Some(dataset) = known {
        return Content::Card(dataset);
    }
    let content = Content::from_json(json);
    if let Content::Card(dataset) = &content {
        READ.with(|read| {
            let mut read = read.borrow_mut();
            if read.len() == DATASETS_KEPT {
                read.pop_front();
            }
            read.push_back((json.to_owned(), dataset.clone()));
        });
    }
    content
}

fn report(host: &Host, problems: Vec<String>) -> Content {
    let message = format!(
        "claims-card: the data in {} cannot be shown ({} problem{}):\n  {}",
        host.describe(),
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        problems.join("\n  ")
    );
    web_sys::console::error_1(&message.into());
    Content::Problems { problems, fetch_failed: false }
}

/// Forgets the cards no longer in the page: their client renders leave their shadow roots, with
/// their listeners, and a fetch still on the way draws nothing.
fn release_disconnected() {
    let gone: Vec<MountedCard> = CARDS.with(|cards| {
        let mut cards = cards.borrow_mut();
        let (live, gone) = cards.drain(..).partition(|card| card.host.element().is_connected());
        *cards = live;
        gone
    });
    gone.into_iter().filter_map(|card| card.client).for_each(ClientCard::release);
}
