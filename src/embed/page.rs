//! The page's cards: every `<claims-card>` and `[data-claims-card]` present at start, and those added
//! later, each rendered once; a card removed from the page has its Yew app destroyed and its client
//! render taken out of its shadow root.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord, Node};
use yew::prelude::*;
use yew::{AppHandle, Renderer};

use super::fetch::DataUrl;
use super::host::{CardState, Host};
use super::root::{Content, Root, RootProps};
use super::scheme;
use crate::dataset::SEED_JSON;

const CARD_SELECTOR: &str = "claims-card, [data-claims-card]";

struct MountedCard {
    host: Host,
    app: AppHandle<Root>,
    /// The element the app renders into (inside the card's shadow root once rendered).
    mount_point: Element,
}

thread_local! {
    static CARDS: RefCell<Vec<MountedCard>> = const { RefCell::new(Vec::new()) };
}

pub fn mount_all_and_follow() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Some(root) = document.document_element() else { return };
    mount_within(&root);
    follow(&root);
    let page = document.clone();
    scheme::follow(&document, move || {
        let declared = scheme::declared_by(&page);
        CARDS.with(|cards| cards.borrow().iter().for_each(|card| scheme::mark(card.host.element(), declared)));
    });
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

/// Renders one card, unless it already is one. (A second copy of the script never gets this far:
/// embed.js starts the wasm once per page.)
fn mount(host: Host) {
    let known = CARDS.with(|cards| cards.borrow().iter().any(|card| card.host.element() == host.element()));
    if known {
        return;
    }
    host.set_state(CardState::Loading);
    if let Some(document) = host.element().owner_document() {
        scheme::mark(host.element(), scheme::declared_by(&document));
    }
    let shadow = match host.shadow() {
        Ok(shadow) => shadow,
        Err(reason) => {
            web_sys::console::error_1(&format!("claims-card: {}: {reason}", host.describe()).into());
            host.settle(CardState::Error, &[reason]);
            return;
        }
    };
    let (first, live_data) = read_data(&host);
    let mount_point = match shadow.new_mount() {
        Ok(mount_point) => mount_point,
        Err(reason) => {
            host.settle(CardState::Error, &[reason]);
            return;
        }
    };
    let initial_measure = shadow.chosen_measure();
    let on_first_render = {
        let mount_point = mount_point.clone();
        Callback::from(move |()| shadow.take_over(&mount_point))
    };
    let on_settled = {
        let host = host.clone();
        Callback::from(move |outcome: Result<(), Vec<String>>| match outcome {
            Ok(()) => host.settle(CardState::Ready, &[]),
            Err(problems) => host.settle(CardState::Error, &problems),
        })
    };
    let props = RootProps { first, live_data, locale: host.locale(), initial_measure, on_first_render, on_settled };
    let app = Renderer::<Root>::with_root_and_props(mount_point.clone(), props).render();
    CARDS.with(|cards| cards.borrow_mut().push(MountedCard { host, app, mount_point }));
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
    let first = match (host.inline_data(), &live_data) {
        (Some(json), _) => Some(Content::from_json(&json)),
        (None, Some(_)) => None,
        (None, None) => Some(Content::from_json(SEED_JSON)),
    };
    let first = match first {
        Some(Content::Problems { problems, .. }) => Some(report(host, problems)),
        other => other,
    };
    (first, live_data)
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

/// Destroys the apps of cards no longer in the page, releasing their listeners and state.
///
/// Yew never removes the delegated event listeners an app installs on its root element (they hold
/// the app's event registry); the root is taken out of the shadow root here, so what stays behind
/// is one empty, detached `<div>` per app that had a listener (an error card's "Try again"), and
/// never the card's host element, its data or the host page.
fn release_disconnected() {
    let gone: Vec<MountedCard> = CARDS.with(|cards| {
        let mut cards = cards.borrow_mut();
        let (live, gone) = cards.drain(..).partition(|card| card.host.element().is_connected());
        *cards = live;
        gone
    });
    for card in gone {
        card.app.destroy();
        card.mount_point.remove();
    }
}
