//! Moving the editor's focus to a place in the form: a new entry once it is drawn, or the field a
//! problem names. A place with no control of its own (a claim as a whole, an object the validator names)
//! gets the nearest control around it.

use crate::draft::ControlId;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement, HtmlElement};

use crate::draft::FieldPath;

/// What focus is going to `path` for.
#[derive(Clone, Copy, PartialEq)]
pub enum For {
    /// A problem at `path`: the control that shows it, which for a claim's missing number or a
    /// claimant's role is not the place's own.
    Problem,
    /// The place itself (a new entry): its own control, or its first.
    Place,
}

/// The control for `path` (see `For`), or for the nearest place around it that has one.
fn control_for(path: &FieldPath, purpose: For) -> Option<HtmlElement> {
    let document = gloo::utils::document();
    let mut place = Some(path.clone());
    while let Some(here) = place {
        let id = here.control_id();
        let showing = document.query_selector(&format!("[data-shows-problems-of~=\"{id}\"]")).ok().flatten();
        let own = document.get_element_by_id(&id);
        let found = match purpose {
            For::Problem => showing.or(own),
            For::Place => own.or(showing),
        };
        if let Some(element) = found {
            return element.dyn_into().ok();
        }
        place = here.parent();
    }
    None
}

/// Focuses the control for `path` now: unfolds any `<details>` it is inside, and scrolls it into view.
pub fn focus(path: &FieldPath, purpose: For) {
    let Some(control) = control_for(path, purpose) else { return };
    let mut around: Option<Element> = control.parent_element();
    while let Some(element) = around {
        if let Some(details) = element.dyn_ref::<HtmlDetailsElement>() {
            details.set_open(true);
        }
        around = element.parent_element();
    }
    // An entry as a whole (a fieldset) hands focus to its first control.
    let control = match control.tag_name().as_str() {
        "FIELDSET" => control
            .query_selector("input, select, textarea")
            .ok()
            .flatten()
            .and_then(|first| first.dyn_into::<HtmlElement>().ok())
            .unwrap_or(control),
        _ => control,
    };
    let _ = control.focus();
    control.scroll_into_view_with_bool(false);
}

/// Focuses `path` once the form has drawn the change just made (a new entry).
pub fn focus_soon(path: FieldPath) {
    Timeout::new(0, move || focus(&path, For::Place)).forget();
}
