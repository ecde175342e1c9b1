//! The newsroom's workbench (builder.html, this crate's own wasm): an editor makes a card with no
//! code. A form for every part of the format, the real card beside it as the editor types,
//! each problem from the same validation as `claims-card validate` shown at its field, and the
//! paste-ready snippet made in the editor's browser by the same renderer as `claims-card render`.
//! Nothing leaves the page: the work is kept in the page's own storage on the editor's machine.
//!
//! - `draft`: the dataset as the editor is making it, and the edits the form makes (tested natively).
//! - `app`: the draft and its edits, and the page's layout.
//! - `fields`: the form's controls, each bound to a place in the draft by its path.
//! - `form`: one section per part of the format.
//! - `problems`: the validator's problems, each moving focus to its field (`focus`).
//! - `preview`: the card in a shadow root, at the width, colours and language the editor picks.
//! - `publish`: the code to paste, and copying it.
//! - `files`: start, import, export, and keeping the work between visits.

pub mod draft;

mod app;
mod fields;
mod files;
mod focus;
mod form;
mod preview;
mod problems;
mod publish;

use wasm_bindgen::prelude::*;

/// Runs once, when builder.html has instantiated the wasm.
#[wasm_bindgen(start)]
pub fn start() {
    if let Some(root) = gloo::utils::document().get_element_by_id("builder") {
        root.set_inner_html("");
        yew::Renderer::<app::Builder>::with_root(root).render();
    }
}
