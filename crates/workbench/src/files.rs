//! The editor's files: start from blank or from the seed, import a dataset (a file picker, or a file
//! dropped on the page), export the draft as a download, and keep the work in this page's own storage
//! on the editor's machine (the one page of the card's that stores anything: readers' pages never do).

use std::rc::Rc;

use gloo::file::callbacks::{read_as_text, FileReader};
use gloo::storage::{LocalStorage, Storage};
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use crate::draft::Draft;
use claims_card_web::download::download;

/// Where the draft is kept between visits: this origin's localStorage, on the editor's machine.
const KEPT_DRAFT: &str = "claims-card-builder:draft";

/// What this browser kept from the last visit.
#[derive(Clone, PartialEq)]
pub enum Kept {
    Nothing,
    Draft(Draft),
    /// A kept draft that is not restored, and why: over the format's limits (storage is the page's
    /// origin's, and anything on that origin can write it), or not a dataset.
    Refused(String),
}

/// The draft kept from the last visit.
pub fn kept() -> Kept {
    match LocalStorage::get::<String>(KEPT_DRAFT) {
        Err(_) => Kept::Nothing,
        Ok(text) => match Draft::from_text(&text) {
            Ok(draft) => Kept::Draft(draft),
            Err(reason) => Kept::Refused(reason),
        },
    }
}

/// Keeps the draft for the next visit. Quietly does nothing where storage is refused (a private window):
/// the editor still has Export.
pub fn keep(draft: &Draft) {
    let _ = LocalStorage::set(KEPT_DRAFT, draft.0.to_string());
}

/// Asks the editor before their work is replaced; false where the browser will not ask.
pub fn confirm(question: &str) -> bool {
    gloo::utils::window().confirm_with_message(question).unwrap_or(false)
}

pub fn forget() {
    LocalStorage::delete(KEPT_DRAFT);
}

#[derive(Properties, PartialEq)]
pub struct FilesProps {
    /// The draft's file, as Export saves it.
    pub text: Rc<str>,
    /// The draft's id, which names the exported file.
    pub id: AttrValue,
    /// Replaces the draft (start, import), or with None keeps it (an import that failed); the text is
    /// what the editor is told.
    pub on_replace: Callback<(Option<Draft>, String)>,
    /// Clears the kept draft and starts from blank.
    pub on_forget: Callback<()>,
    /// What happened last, for the status line.
    pub status: AttrValue,
}

#[component]
pub fn Files(props: &FilesProps) -> Html {
    let FilesProps { text, id, on_replace, on_forget, status } = props;
    // The reader of an imported file; dropping it would cancel the read.
    let reading = use_mut_ref(|| None::<FileReader>);
    let dragging = use_state(|| false);

    let import = {
        let (on_replace, reading) = (on_replace.clone(), reading.clone());
        Rc::new(move |file: web_sys::File| {
            let name = file.name();
            let on_replace = on_replace.clone();
            let reader = read_as_text(&gloo::file::File::from(file).into(), move |result| match result {
                Ok(text) => match Draft::from_text(&text) {
                    Ok(draft) => on_replace.emit((Some(draft), format!("Imported {name}."))),
                    Err(reason) => {
                        on_replace.emit((None, format!("Could not import {name}: {reason}. Your card is unchanged.")))
                    }
                },
                Err(error) => {
                    on_replace.emit((None, format!("Could not read {name}: {error}. Your card is unchanged.")))
                }
            });
            *reading.borrow_mut() = Some(reader);
        }) as Rc<dyn Fn(web_sys::File)>
    };
    let on_pick = {
        let import = import.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                if let Some(file) = input.files().and_then(|files| files.get(0)) {
                    import(file);
                }
                input.set_value("");
            }
        })
    };
    let on_drop = {
        let (import, dragging) = (import.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if let Some(file) = event.data_transfer().and_then(|data| data.files()).and_then(|files| files.get(0)) {
                import(file);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let start = |draft: fn() -> Draft, what: &'static str| {
        let on_replace = on_replace.clone();
        Callback::from(move |_| {
            let sure = confirm(&format!(
                "Start {what}? The card you are making now is replaced (export it first to keep a copy)."
            ));
            if sure {
                on_replace.emit((Some(draft()), format!("Started {what}.")));
            }
        })
    };
    let on_export = {
        let (text, id) = (text.clone(), id.clone());
        Callback::from(move |_| {
            let name = if id.trim().is_empty() { "claims-card".to_owned() } else { id.trim().to_owned() };
            let _ = download(&format!("{name}.json"), "application/json", &text);
        })
    };
    html! {
        <section class={classes!("files", dragging.then_some("dragging"))} aria-labelledby="files-title"
            ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
            <h2 id="files-title">{ "Dataset" }</h2>
            <div class="actions">
                <button type="button" onclick={start(Draft::blank, "a blank card")}>{ "New blank card" }</button>
                <button type="button" onclick={start(Draft::seed, "from the example")}>{ "Start from the example" }</button>
                // The file input inside its label: the keyboard reaches it, and the label shows its focus.
                <label class="button">
                    { "Import a file…" }
                    <input type="file" id="import-file" class="visually-hidden" accept=".json,application/json" onchange={on_pick} />
                </label>
                <button type="button" onclick={on_export}>{ "Export the file" }</button>
                <button type="button" onclick={on_forget.reform(|_| ())}>{ "Clear saved work" }</button>
            </div>
            <p class="hint">{ "Or drop a dataset file here. Your work is saved in this browser only, on this machine; nothing is sent anywhere." }</p>
            <p class="status" role="status">{ status }</p>
        </section>
    }
}
