//! The host page's own colour scheme. A card follows, in order: its element's `theme` attribute, the
//! page's declaration (`color-scheme` on the root element, or the common `data-theme="dark"` and
//! `class="dark"` toggles on `<html>` or `<body>`), then the reader's `prefers-color-scheme`.
//! The stylesheet does the first and the last; this module reads the page's declaration, writes it
//! on each card as `data-scheme`, and follows the page when it toggles its theme.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, MutationObserver, MutationObserverInit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    fn from_word(word: &str) -> Option<Self> {
        match word.trim().to_ascii_lowercase().as_str() {
            "dark" => Some(Scheme::Dark),
            "light" => Some(Scheme::Light),
            _ => None,
        }
    }
}

/// What the page declares, if anything: a theme attribute or class on `<html>` or `<body>` first,
/// then the root's computed `color-scheme` when it names exactly one scheme.
pub fn declared_by(document: &Document) -> Option<Scheme> {
    let toggles = [document.document_element(), document.body().map(Element::from)];
    for element in toggles.iter().flatten() {
        if let Some(scheme) = element.get_attribute("data-theme").and_then(|theme| Scheme::from_word(&theme)) {
            return Some(scheme);
        }
        let classes = element.class_list();
        if classes.contains("dark") {
            return Some(Scheme::Dark);
        }
        if classes.contains("light") {
            return Some(Scheme::Light);
        }
    }
    let root = document.document_element()?;
    let style = web_sys::window()?.get_computed_style(&root).ok().flatten()?;
    let declared = style.get_property_value("color-scheme").ok()?;
    Scheme::from_word(&declared)
}

/// Marks a card with the page's scheme (or clears the mark when the page declares none).
pub fn mark(host: &Element, scheme: Option<Scheme>) {
    let _ = match scheme {
        Some(Scheme::Dark) => host.set_attribute("data-scheme", "dark"),
        Some(Scheme::Light) => host.set_attribute("data-scheme", "light"),
        None => host.remove_attribute("data-scheme"),
    };
}

/// Calls `on_change` whenever `<html>` or `<body>` changes an attribute that can carry a theme.
pub fn follow(document: &Document, on_change: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn()>::new(on_change);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else { return };
    let options = MutationObserverInit::new();
    options.set_attributes(true);
    let filter: js_sys::Array = ["class", "data-theme", "style"].iter().map(|name| JsValue::from_str(name)).collect();
    options.set_attribute_filter(&filter);
    let targets = [document.document_element(), document.body().map(Element::from)];
    for target in targets.iter().flatten() {
        let _ = observer.observe_with_options(target, &options);
    }
    // The observer lives as long as the page.
    callback.forget();
}
