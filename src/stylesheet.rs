//! The card's stylesheet in the browser: one constructable stylesheet shared by every card on the
//! page (`adoptedStyleSheets`), not a `<style>` element per card. A page's `style-src` governs
//! `<style>` elements but not constructed sheets, so a strict CSP needs nothing for client-rendered
//! cards. Goes through `Reflect`, so a browser without constructable sheets (or a page that
//! replaced them) gets a `<style>` element instead of an exception inside the wasm.

use std::cell::OnceCell;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRoot};

use claims_card_view::card::{STYLE, STYLE_ELEMENT_TEXT};

thread_local! {
    /// The card's stylesheet, constructed once per page and adopted by every card's shadow root.
    /// `None` where the browser cannot construct stylesheets.
    static SHARED_SHEET: OnceCell<Option<JsValue>> = const { OnceCell::new() };
}

/// Makes the shared sheet now, if it is not made yet (it is otherwise made for the first card).
pub fn prepare_shared_sheet() {
    SHARED_SHEET.with(|cell| {
        cell.get_or_init(construct_sheet);
    });
}

/// Styles a shadow root: adopts the shared sheet, or (in browsers without constructable
/// stylesheets) adds a `<style>` element, which a strict `style-src` would need a hash for.
pub fn style(root: &ShadowRoot) -> Result<(), String> {
    if let Some(sheet) = SHARED_SHEET.with(|cell| cell.get_or_init(construct_sheet).clone()) {
        if adopt(root, &sheet).is_some() {
            return Ok(());
        }
    }
    let document = root.owner_document().ok_or("the element has no document")?;
    let style = document.create_element("style").map_err(|_| "cannot create the card's style")?;
    style.set_text_content(Some(STYLE_ELEMENT_TEXT));
    root.append_child(&style).map_err(|_| "cannot add the card's style")?;
    Ok(())
}

/// `new CSSStyleSheet()` filled with the card's CSS, through `Reflect` so a browser without it (or a
/// page that replaced it) gives `None` rather than an exception inside the wasm.
fn construct_sheet() -> Option<JsValue> {
    let constructor: Function = Reflect::get(&js_sys::global(), &"CSSStyleSheet".into()).ok()?.dyn_into().ok()?;
    let sheet = Reflect::construct(&constructor, &Array::new()).ok()?;
    let replace_sync: Function = Reflect::get(&sheet, &"replaceSync".into()).ok()?.dyn_into().ok()?;
    replace_sync.call1(&sheet, &STYLE.into()).ok()?;
    Some(sheet)
}

/// Adds `sheet` to the root's adopted sheets, keeping any the root has already.
fn adopt(root: &ShadowRoot, sheet: &JsValue) -> Option<()> {
    let key = JsValue::from_str("adoptedStyleSheets");
    let current = Reflect::get(root, &key).ok()?;
    if !Array::is_array(&current) {
        return None;
    }
    let sheets = Array::from(&current);
    if !sheets.includes(sheet, 0) {
        sheets.push(sheet);
        if !Reflect::set(root, &key, &sheets).ok()? {
            return None;
        }
    }
    Some(())
}

/// True when a `<style>` in the root holds this release's CSS and applies: the server snippet's,
/// unless the page's CSP blocked it (a blocked `<style>` element has no `sheet`).
pub fn has_current_style(root: &ShadowRoot) -> bool {
    styles(root).iter().any(|style| {
        let applies = Reflect::get(style, &"sheet".into()).is_ok_and(|sheet| !sheet.is_null() && !sheet.is_undefined());
        applies && style.text_content().is_some_and(|css| css == STYLE_ELEMENT_TEXT)
    })
}

pub fn remove_styles(root: &ShadowRoot) {
    styles(root).iter().for_each(Element::remove);
}

fn styles(root: &ShadowRoot) -> Vec<Element> {
    let Ok(styles) = root.query_selector_all("style") else { return Vec::new() };
    (0..styles.length()).filter_map(|index| styles.item(index)?.dyn_into::<Element>().ok()).collect()
}
