//! The page's cards: every `<claims-card>` and `[data-claims-card]` present at start, and those added
//! later, each rendered once; a card removed from the page has its Yew app destroyed.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord, Node};
use yew::prelude::*;
use yew::{AppHandle, Renderer};

use super::host::{CardState, Host};
use super::root::{Content, Root, RootProps};
use crate::dataset::{Dataset, SEED_JSON};

const CARD_SELECTOR: &str = "claims-card, [data-claims-card]";

struct MountedCard {
    host: Host,
    app: AppHandle<Root>,
}

thread_local! {
    static CARDS: RefCell<Vec<MountedCard>> = const { RefCell::new(Vec::new()) };
}

pub fn mount_all_and_follow() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Some(root) = document.document_element() else { return };
    mount_within(&root);
    follow(&root);
}

/// Renders `element` if it is a card, and every card inside it.
fn mount_within(element: &Element) {
    if element.matches(CARD_SELECTOR).unwrap_or(false) {
        mount(Host::new(element.clone()));
    }
    let Ok(found) = element.query_selector_all(CARD_SELECTOR) else { return };
    for index in 0..found.length() {
        if let Some(card) = found.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
            mount(Host::new(card));
        }
    }
}

/// Watches the page for cards added and removed after start. The observer lives as long as the page.
fn follow(root: &Element) {
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(|records: js_sys::Array| {
        let mut removed_any = false;
        for record in records.iter().filter_map(|record| record.dyn_into::<MutationRecord>().ok()) {
            let added = record.added_nodes();
            for index in 0..added.length() {
                if let Some(element) = added.item(index).and_then(|node: Node| node.dyn_into::<Element>().ok()) {
                    mount_within(&element);
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

/// Renders one card, unless it already is one. (A second copy of the script never gets this far:
/// embed.js starts the wasm once per page.)
fn mount(host: Host) {
    let known = CARDS.with(|cards| cards.borrow().iter().any(|card| card.host.element() == host.element()));
    if known {
        return;
    }
    host.set_state(CardState::Loading);
    let shadow = match host.shadow() {
        Ok(shadow) => shadow,
        Err(reason) => {
            web_sys::console::error_1(&format!("claims-card: {}: {reason}", host.describe()).into());
            host.settle(CardState::Error, &[reason]);
            return;
        }
    };
    let content = read_content(&host);
    let problems = match &content {
        Content::Problems(problems) => problems.clone(),
        Content::Card(_) => Vec::new(),
    };
    let mount_point = match shadow.new_mount() {
        Ok(mount_point) => mount_point,
        Err(reason) => {
            host.settle(CardState::Error, &[reason]);
            return;
        }
    };
    let initial_measure = shadow.chosen_measure();
    let on_rendered = {
        let host = host.clone();
        let mount_point = mount_point.clone();
        let shadow = Rc::new(shadow);
        Callback::from(move |()| {
            shadow.take_over(&mount_point);
            let state = if problems.is_empty() { CardState::Ready } else { CardState::Error };
            host.settle(state, &problems);
        })
    };
    let props = RootProps { content: Rc::new(content), locale: host.locale(), initial_measure, on_rendered };
    let app = Renderer::<Root>::with_root_and_props(mount_point, props).render();
    CARDS.with(|cards| cards.borrow_mut().push(MountedCard { host, app }));
}

/// The card's data: the page's inline JSON, else the compiled-in seed. Bad data becomes an error card
/// and one console message that lists every problem.
fn read_content(host: &Host) -> Content {
    let json = host.inline_data();
    match Dataset::from_json(json.as_deref().unwrap_or(SEED_JSON)) {
        Ok(dataset) => Content::Card(Rc::new(dataset)),
        Err(error) => {
            let problems = error.lines();
            let message = format!(
                "claims-card: the data in {} cannot be shown ({} problem{}):\n  {}",
                host.describe(),
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                problems.join("\n  ")
            );
            web_sys::console::error_1(&message.into());
            Content::Problems(problems)
        }
    }
}

/// Destroys the apps of cards no longer in the page, releasing their listeners and state.
fn release_disconnected() {
    let gone: Vec<MountedCard> = CARDS.with(|cards| {
        let mut cards = cards.borrow_mut();
        let (live, gone) = cards.drain(..).partition(|card| card.host.element().is_connected());
        *cards = live;
        gone
    });
    for card in gone {
        card.app.destroy();
    }
}
