//! The newsroom's workbench (builder.html, wasm with `--features builder`): an editor makes a card with
//! no code. A form for every part of the format, the real card beside it as the editor types, each
//! problem from the same validation as `claims-card validate` shown at its field, and the paste-ready
//! snippet made in the editor's browser by the same renderer as `claims-card render`. Nothing leaves
//! the page: the work is kept in the page's own storage on the editor's machine.

mod app;

use wasm_bindgen::prelude::*;

/// Runs once, when builder.html has instantiated the wasm.
#[wasm_bindgen(start)]
pub fn start() {
    if let Some(root) = gloo::utils::document().get_element_by_id("builder") {
        yew::Renderer::<app::Builder>::with_root(root).render();
    }
}
