//! The workbench: the draft and its edits, checked by the validator after each one; the form on one
//! side, and beside it the problems, the live card and the code to publish.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::fields::Form;
use super::files::{self, Files, Kept};
use super::form::{Claimants, Claims, Context, Corrections, Notes, Parties, Sources, Story};
use super::preview::{Preview, View};
use super::problems::Problems;
use super::publish::Publish;
use crate::draft::{Draft, Edit, FieldPath};
use claims_card_data::dataset::Dataset;

/// The draft, and what changes it.
#[derive(PartialEq)]
struct Work {
    draft: Rc<Draft>,
    /// Counts the cards started or imported: the preview never shows an earlier card's last valid state
    /// in place of a new one's.
    card: u32,
}

enum Change {
    Edit(Edit),
    Replace(Draft),
}

impl Reducible for Work {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let (draft, card) = match change {
            Change::Edit(edit) => {
                let mut draft = (*self.draft).clone();
                draft.apply(edit);
                (draft, self.card)
            }
            Change::Replace(draft) => (draft, self.card + 1),
        };
        Rc::new(Work { draft: Rc::new(draft), card })
    }
}

/// How long typing pauses before the draft is kept in storage.
const KEEP_AFTER_MS: u32 = 400;

#[component]
pub fn Builder() -> Html {
    let restored = use_memo((), |_| files::kept());
    let work = use_reducer(|| {
        let draft = match &*restored {
            Kept::Draft(draft) => draft.clone(),
            Kept::Nothing | Kept::Refused(_) => Draft::blank(),
        };
        Work { draft: Rc::new(draft), card: 0 }
    });
    let status = use_state(|| {
        match &*restored {
        Kept::Draft(_) => "Restored the card you were making from this browser's storage.".to_owned(),
        Kept::Refused(reason) => format!(
            "The card saved in this browser was not restored: {reason}. Press \"Clear saved work\" to remove it, or import a file."
        ),
        Kept::Nothing => String::new(),
    }
    });
    let checked = use_memo(work.draft.clone(), |draft| draft.check());
    // The preview keeps this card's last valid state while the draft has problems.
    let last_valid = use_mut_ref(|| None::<(u32, Rc<Dataset>)>);
    if let Ok(dataset) = &checked.outcome {
        *last_valid.borrow_mut() = Some((work.card, dataset.clone()));
    }
    let shown = last_valid.borrow().as_ref().filter(|(card, _)| *card == work.card).map(|(_, dataset)| dataset.clone());
    let problems = Rc::new(checked.outcome.as_ref().err().cloned().unwrap_or_default());
    // The preview starts in the editor's own colour scheme; the controls switch it.
    let view = use_state(|| View { phone: false, dark: prefers_dark(), locale: Default::default() });

    // Keeps the work on this machine a moment after each change (a blank card is nothing to keep).
    let keeping = use_mut_ref(|| None::<Timeout>);
    {
        let keeping = keeping.clone();
        use_effect_with(work.draft.clone(), move |draft: &Rc<Draft>| {
            let draft = draft.clone();
            *keeping.borrow_mut() =
                (*draft != Draft::blank()).then(|| Timeout::new(KEEP_AFTER_MS, move || files::keep(&draft)));
        });
    }

    let edit = {
        let work = work.dispatcher();
        Callback::from(move |edit: Edit| work.dispatch(Change::Edit(edit)))
    };
    let on_replace = {
        let (work, status) = (work.dispatcher(), status.clone());
        Callback::from(move |(draft, said): (Option<Draft>, String)| {
            if let Some(draft) = draft {
                work.dispatch(Change::Replace(draft));
            }
            status.set(said);
        })
    };
    let on_forget = {
        let (work, status, keeping) = (work.dispatcher(), status.clone(), keeping.clone());
        Callback::from(move |_| {
            if files::confirm("Clear the card saved in this browser and start a blank one?") {
                keeping.borrow_mut().take();
                files::forget();
                work.dispatch(Change::Replace(Draft::blank()));
                status.set("Cleared the saved work from this browser.".into());
            }
        })
    };
    let form = Form { draft: work.draft.clone(), problems: problems.clone(), edit };
    let language = form.language();
    let id = work.draft.text(&FieldPath::root().field("id"));

    html! {
        <ContextProvider<Form> context={form}>
            <main class="workbench">
                <header class="masthead">
                    <h1>{ "claims-card workbench" }</h1>
                    <p>{ "Make a card of the losses each side claims: every figure with who claims it, about whom, as of when and where it was reported." }</p>
                </header>
                <Files text={checked.text.clone()} id={AttrValue::from(id)} {on_replace} {on_forget} status={AttrValue::from((*status).clone())} />
                <div class="columns">
                    <form class="editor" aria-label="The card's data" novalidate=true onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                        <Story />
                        <Parties />
                        <Claimants />
                        <Sources />
                        <Claims />
                        <Context />
                        <Notes />
                        <Corrections />
                        <details class="json">
                            <summary>{ "The file, as JSON" }</summary>
                            <pre tabindex="0" aria-label="The file, as JSON">{ &*checked.text }</pre>
                        </details>
                    </form>
                    <div class="side">
                        <Problems problems={problems.clone()} unread={checked.unread} />
                        <Preview dataset={shown} current={checked.outcome.is_ok()} view={*view}
                            on_view={Callback::from({ let view = view.clone(); move |new| view.set(new) })} />
                        <Publish text={checked.text.clone()} dataset={checked.outcome.as_ref().ok().cloned()} {language} />
                    </div>
                </div>
            </main>
        </ContextProvider<Form>>
    }
}

fn prefers_dark() -> bool {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}
