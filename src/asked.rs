//! The loader's channel for a reader's click: `embed.js` keeps a current server card without the
//! wasm, and when a reader clicks one of its footer buttons (a trusted click, `isTrusted`) it starts
//! the wasm and then calls this module's export, `readerAsked(host, action)`, on the glue it
//! imported. Nothing on the page's markup can call it or speak for it: an attribute (the loader once
//! set `data-upgrade`) could be written by any CMS author, and would make every reader's browser
//! download, copy or move focus at load.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::page;
use claims_card_view::card::Action;

/// A reader clicked `action` (a footer button's `data-action`) on the card `host`, which the loader
/// kept; the card does it once the wasm has it drawn. Ignored unless the page has had a reader's
/// activation.
#[wasm_bindgen(js_name = readerAsked)]
pub fn reader_asked(host: Element, action: &str) {
    let Some(action) = Action::from_key(action) else { return };
    if reader_has_been_active() {
        page::ask(&host, action);
    }
}

/// True when a reader has activated the page (clicked, tapped, pressed a key): a second lock behind
/// the loader's `isTrusted`. The sticky `hasBeenActive`, not the transient `isActive`: the click
/// that asked came before the wasm was downloaded and compiled, which on a slow connection takes
/// longer than the few seconds transient activation lasts. A browser without `userActivation`
/// (before Safari 16.4, Firefox 120) leaves the loader's check alone.
fn reader_has_been_active() -> bool {
    let activation = js_sys::Reflect::get(&js_sys::global(), &"navigator".into())
        .and_then(|navigator| js_sys::Reflect::get(&navigator, &"userActivation".into()));
    match activation {
        Ok(activation) if activation.is_object() => {
            js_sys::Reflect::get(&activation, &"hasBeenActive".into()).is_ok_and(|active| active.is_truthy())
        }
        _ => true,
    }
}
