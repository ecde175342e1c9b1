//! The form's controls, each bound to one place in the draft by its path: a labelled native control,
//! its id made from the path (so a problem finds it), and the problems the validator found there shown
//! beneath it, tied to it with `aria-describedby`.

use crate::draft::ControlId;
use std::rc::Rc;

use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::draft::{Draft, Edit, FieldPath, Problem};
use claims_card_data::dataset::Step;
use claims_card_data::locale::Locale;

/// What every control needs: the draft, its problems and where edits go. Provided once by the app.
#[derive(Clone, PartialEq)]
pub struct Form {
    pub draft: Rc<Draft>,
    pub problems: Rc<Vec<Problem>>,
    pub edit: Callback<Edit>,
}

impl Form {
    /// The language the draft's plain strings are in.
    pub fn language(&self) -> Locale {
        self.draft.language()
    }

    fn problems_at<'a>(&'a self, paths: &'a [FieldPath]) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems.iter().filter(move |problem| paths.contains(&problem.path))
    }
}

#[hook]
pub fn use_form() -> Form {
    use_context::<Form>().expect("controls are inside the form's context")
}

/// The problems under a control, and the attributes that tie them to it: those at its own place
/// (unless `own` is false: another control shows them) and at the places in `also`.
fn problem_lines(form: &Form, path: &FieldPath, also: &[FieldPath], own: bool) -> (Html, Option<String>) {
    let paths: Vec<FieldPath> = std::iter::once(path.clone()).filter(|_| own).chain(also.iter().cloned()).collect();
    let lines: Vec<&Problem> = form.problems_at(&paths).collect();
    if lines.is_empty() {
        return (Html::default(), None);
    }
    let id = format!("{}-problem", path.control_id());
    let html = html! {
        <p class="problem" id={id.clone()}>
            { for lines.iter().map(|problem| html! { <span>{ &problem.reason }</span> }) }
        </p>
    };
    (html, Some(id))
}

/// What a labelled text field and a choice share: the control's id, the attributes that tie it to its
/// hint and its problems, and the field's markup around it.
struct Labelled {
    id: String,
    label: AttrValue,
    hint: Option<(AttrValue, String)>,
    problems: Html,
    /// `aria-invalid`, `aria-describedby` and `data-shows-problems-of` for the control.
    invalid: Option<&'static str>,
    described: Option<String>,
    shows: Option<String>,
}

impl Labelled {
    fn new(
        form: &Form,
        path: &FieldPath,
        label: &AttrValue,
        hint: &Option<AttrValue>,
        also: &[FieldPath],
        own: bool,
    ) -> Self {
        let id = path.control_id();
        let (problems, problem_id) = problem_lines(form, path, also, own);
        let hint = hint.clone().map(|hint| (hint, format!("{id}-hint")));
        let described = hint.iter().map(|(_, id)| id.clone()).chain(problem_id.clone()).collect::<Vec<_>>().join(" ");
        Self {
            id,
            label: label.clone(),
            hint,
            problems,
            invalid: problem_id.map(|_| "true"),
            described: (!described.is_empty()).then_some(described),
            shows: also_ids(also),
        }
    }

    fn around(self, control: Html) -> Html {
        html! {
            <div class={classes!("field", self.invalid.map(|_| "has-problem"))}>
                <label for={self.id}>{ self.label }</label>
                if let Some((hint, hint_id)) = self.hint {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
                { control }
                { self.problems }
            </div>
        }
    }
}

/// The control ids of the places whose problems a control also shows, for `data-shows-problems-of`:
/// a problem at one of them moves focus to this control (`focus`).
fn also_ids(also: &[FieldPath]) -> Option<String> {
    (!also.is_empty()).then(|| also.iter().map(ControlId::control_id).collect::<Vec<_>>().join(" "))
}

fn input_text(event: &Event) -> String {
    let target = event.target();
    if let Some(input) = target.as_ref().and_then(|t| t.dyn_ref::<HtmlInputElement>()) {
        input.value()
    } else if let Some(area) = target.as_ref().and_then(|t| t.dyn_ref::<HtmlTextAreaElement>()) {
        area.value()
    } else if let Some(select) = target.as_ref().and_then(|t| t.dyn_ref::<HtmlSelectElement>()) {
        select.value()
    } else {
        String::new()
    }
}

/// How a text control's value is written into the draft.
#[derive(Clone, Copy, PartialEq, Default)]
pub enum Kind {
    /// Required text: kept even when empty, so the validator says it is empty.
    #[default]
    Required,
    /// Optional text: an empty field is left out of the file.
    Optional,
    /// A whole number: digits only; an empty field is left out, and the validator says it is missing.
    Count,
    /// A whole number whose field's name says what it is (a period's `year` or `past_months`): an empty
    /// field is kept, as null, so the choice that made it stays and the validator asks for the number.
    KeptCount,
    /// A day, YYYY-MM-DD, with the browser's date picker; required.
    Day,
    /// A day, left out when empty.
    OptionalDay,
    /// Several lines of text.
    Long,
    OptionalLong,
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub path: FieldPath,
    pub label: AttrValue,
    #[prop_or_default]
    pub kind: Kind,
    /// A line under the label, in the format's words.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Problems at these places are shown here too (a figure's own problems under its number).
    #[prop_or_default]
    pub also: Vec<FieldPath>,
    /// Text the control shows for the language it is in (`lang`), for translations.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

/// A labelled text, number or date field.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let form = use_form();
    let TextFieldProps { path, label, kind, hint, also, lang } = props;
    let field = Labelled::new(&form, path, label, hint, also, true);
    let kind = *kind;
    let onchange = {
        let (edit, path) = (form.edit.clone(), path.clone());
        Callback::from(move |event: Event| edit.emit(Edit::Set(path.clone(), value_of(kind, input_text(&event)))))
    };
    // Typing edits the draft at once (the preview follows); `change` catches pickers and pastes.
    let oninput = {
        let onchange = onchange.clone();
        Callback::from(move |event: InputEvent| onchange.emit(event.into()))
    };
    let value = form.draft.text(path);
    let (id, invalid, described, shows) =
        (field.id.clone(), field.invalid, field.described.clone(), field.shows.clone());
    let control = match kind {
        Kind::Long | Kind::OptionalLong => html! {
            <textarea {id} rows="3" {value} {oninput} {onchange} lang={lang.clone()}
                aria-invalid={invalid} aria-describedby={described} data-shows-problems-of={shows} />
        },
        _ => {
            let (input_type, mode) = match kind {
                Kind::Count | Kind::KeptCount => ("text", Some("numeric")),
                Kind::Day | Kind::OptionalDay => ("date", None),
                _ => ("text", None),
            };
            html! {
                <input {id} type={input_type} inputmode={mode} {value} {oninput} {onchange}
                    lang={lang.clone()} aria-invalid={invalid} aria-describedby={described}
                    data-shows-problems-of={shows} />
            }
        }
    };
    field.around(control)
}

fn value_of(kind: Kind, text: String) -> Option<Value> {
    match kind {
        Kind::Required | Kind::Long | Kind::Day => Some(Value::String(text)),
        Kind::Optional | Kind::OptionalLong | Kind::OptionalDay => {
            (!text.trim().is_empty()).then_some(Value::String(text))
        }
        // Digits become a number; anything else is kept as text, so the validator names the field
        // ("expected a whole number") instead of the typing vanishing.
        Kind::Count | Kind::KeptCount => {
            let trimmed = text.trim();
            if trimmed.is_empty() {
                (kind == Kind::KeptCount).then_some(Value::Null)
            } else {
                Some(trimmed.parse::<u64>().map(Value::from).unwrap_or(Value::String(text)))
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub path: FieldPath,
    pub label: AttrValue,
    /// (value written to the file, what the editor reads).
    pub options: Vec<(String, String)>,
    /// The first option, meaning "not chosen": the field is left out of the file. None: a choice is required.
    #[prop_or_default]
    pub none: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub also: Vec<FieldPath>,
    /// Called instead of setting the value (a bound or a date kind reshapes its object).
    #[prop_or_default]
    pub on_choose: Option<Callback<String>>,
    /// The value shown, where it is not the text at `path`.
    #[prop_or_default]
    pub current: Option<String>,
    /// Whether the problems at `path` itself are shown here; false where another control shows them
    /// (a period's year: a period of that kind lacks only its number).
    #[prop_or(true)]
    pub own_problems: bool,
}

/// A labelled `<select>`. A value in the draft that is not among the options (an id no entry has) is
/// shown as itself, so the problem the validator names is visible where it is.
#[component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let form = use_form();
    let ChoiceProps { path, label, options, none, hint, also, on_choose, current, own_problems } = props;
    let field = Labelled::new(&form, path, label, hint, also, *own_problems);
    let value = current.clone().unwrap_or_else(|| form.draft.text(path));
    let onchange = {
        let (edit, path, on_choose) = (form.edit.clone(), path.clone(), on_choose.clone());
        Callback::from(move |event: Event| {
            let chosen = input_text(&event);
            match &on_choose {
                Some(on_choose) => on_choose.emit(chosen),
                None => edit.emit(Edit::Set(path.clone(), (!chosen.is_empty()).then_some(Value::String(chosen)))),
            }
        })
    };
    let known = options.iter().any(|(key, _)| *key == value);
    let control = html! {
        <select id={field.id.clone()} {onchange} aria-invalid={field.invalid}
            aria-describedby={field.described.clone()} data-shows-problems-of={field.shows.clone()}>
            if let Some(none) = none {
                <option value="" selected={value.is_empty()}>{ none }</option>
            } else if value.is_empty() {
                <option value="" selected=true disabled=true>{ "Choose…" }</option>
            }
            if !known && !value.is_empty() {
                <option value={value.clone()} selected=true>{ format!("{value} (not listed)") }</option>
            }
            { for options.iter().map(|(key, text)| html! {
                <option value={key.clone()} selected={*key == value}>{ text }</option>
            }) }
        </select>
    };
    field.around(control)
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub path: FieldPath,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A labelled checkbox for a true-or-left-out field (`headline`, `lead`).
#[component]
pub fn Check(props: &CheckProps) -> Html {
    let form = use_form();
    let CheckProps { path, label, hint } = props;
    let id = path.control_id();
    let (problems, problem_id) = problem_lines(&form, path, &[], true);
    let checked = form.draft.get(path).and_then(Value::as_bool).unwrap_or(false);
    let onchange = {
        let (edit, path) = (form.edit.clone(), path.clone());
        Callback::from(move |event: Event| {
            let on = event.target_dyn_into::<HtmlInputElement>().is_some_and(|input| input.checked());
            edit.emit(Edit::Set(path.clone(), on.then_some(json!(true))));
        })
    };
    html! {
        <div class={classes!("field", "check", problem_id.as_ref().map(|_| "has-problem"))}>
            <input id={id.clone()} type="checkbox" {checked} {onchange}
                aria-invalid={problem_id.as_ref().map(|_| "true")} aria-describedby={problem_id.clone()} />
            <label for={id}>{ label }</label>
            if let Some(hint) = hint {
                <p class="hint">{ hint }</p>
            }
            { problems }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SeveralProps {
    pub path: FieldPath,
    pub label: AttrValue,
    /// (value written into the list, what the editor reads), in the order the list is written.
    pub options: Vec<(String, String)>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A list of chosen values (the parties a figure covers together): a labelled group with a checkbox
/// per option, written as a JSON list in the options' order. A value in the list that is not among the
/// options (an id no entry has) is shown as itself, ticked, so the problem the validator names there is
/// visible and the editor can untick it. Problems at the list and at each of its items are shown under it.
#[component]
pub fn Several(props: &SeveralProps) -> Html {
    let form = use_form();
    let SeveralProps { path, label, options, hint } = props;
    let chosen: Vec<Value> = form.draft.get(path).and_then(Value::as_array).cloned().unwrap_or_default();
    let items: Vec<(Value, String)> = options
        .iter()
        .map(|(key, text)| (Value::String(key.clone()), text.clone()))
        .chain(chosen.iter().filter(|value| !options.iter().any(|(key, _)| value.as_str() == Some(key))).map(|value| {
            (value.clone(), format!("{} (not listed)", value.as_str().map_or(value.to_string(), str::to_owned)))
        }))
        .collect();
    let id = path.control_id();
    let items_at: Vec<FieldPath> = (0..chosen.len()).map(|index| path.index(index)).collect();
    let (problems, problem_id) = problem_lines(&form, path, &items_at, true);
    let hint = hint.clone().map(|hint| (hint, format!("{id}-hint")));
    let described = hint.iter().map(|(_, id)| id.clone()).chain(problem_id.clone()).collect::<Vec<_>>().join(" ");
    html! {
        <fieldset class={classes!("field", problem_id.as_ref().map(|_| "has-problem"))} id={id.clone()} tabindex="-1"
            aria-describedby={(!described.is_empty()).then_some(described)}>
            <legend>{ label }</legend>
            if let Some((hint, hint_id)) = hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            { for items.iter().enumerate().map(|(index, (value, text))| {
                let checked = chosen.contains(value);
                let onchange = {
                    let (edit, path, items, chosen, value) =
                        (form.edit.clone(), path.clone(), items.clone(), chosen.clone(), value.clone());
                    Callback::from(move |_| {
                        let list: Vec<Value> = items
                            .iter()
                            .map(|(each, _)| each)
                            .filter(|each| if **each == value { !checked } else { chosen.contains(each) })
                            .cloned()
                            .collect();
                        edit.emit(Edit::Set(path.clone(), Some(Value::Array(list))));
                    })
                };
                let each = format!("{id}-each-{index}");
                html! {
                    <div class="check">
                        <input type="checkbox" id={each.clone()} {checked} {onchange} />
                        <label for={each}>{ text }</label>
                    </div>
                }
            }) }
            { problems }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct TranslatableProps {
    pub path: FieldPath,
    pub label: AttrValue,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub long: bool,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// Text that may be translated: the field in the dataset's language, and beneath it, folded, one field
/// per other language the card speaks. With no translations the file holds a plain string; with any,
/// the object of language codes the format takes.
#[component]
pub fn Translatable(props: &TranslatableProps) -> Html {
    let form = use_form();
    let TranslatableProps { path, label, optional, long, hint } = props;
    let language = form.language();
    let translated = form.draft.get(path).is_some_and(Value::is_object);
    let own = if translated { path.field(language.tag()) } else { path.clone() };
    let kind = match (*long, *optional) {
        (false, false) => Kind::Required,
        (false, true) => Kind::Optional,
        (true, false) => Kind::Long,
        (true, true) => Kind::OptionalLong,
    };
    // Edits to any language rewrite the whole value, so plain and translated forms stay as the format has them.
    let others: Vec<Locale> = Locale::ALL.into_iter().filter(|other| *other != language).collect();
    let done = others.iter().filter(|other| !form.draft.text(&path.field(other.tag())).trim().is_empty()).count();
    let edit = {
        let (draft, edit, path) = (form.draft.clone(), form.edit.clone(), path.clone());
        let optional = *optional;
        Callback::from(move |(locale, text): (Locale, String)| {
            let mut texts: Vec<(Locale, String)> = Locale::ALL
                .into_iter()
                .map(|each| {
                    let current = if draft.get(&path).is_some_and(Value::is_object) {
                        draft.text(&path.field(each.tag()))
                    } else if each == language {
                        draft.text(&path)
                    } else {
                        String::new()
                    };
                    (each, if each == locale { text.clone() } else { current })
                })
                .collect();
            texts.retain(|(each, text)| *each == language || !text.trim().is_empty());
            let value = if texts.len() == 1 {
                let own = texts.remove(0).1;
                (!(optional && own.trim().is_empty())).then_some(Value::String(own))
            } else {
                Some(Value::Object(
                    texts.into_iter().map(|(each, text)| (each.tag().to_owned(), Value::String(text))).collect(),
                ))
            };
            edit.emit(Edit::Set(path.clone(), value));
        })
    };
    html! {
        <div class="translatable">
            <LanguageField path={own.clone()} label={label.clone()} {kind} hint={hint.clone()} also={vec![path.clone()]}
                locale={language} edit={edit.clone()} />
            <details class="translations">
                <summary>{ format!("Translations of “{label}” ({done} of {})", others.len()) }</summary>
                { for others.iter().map(|other| html! {
                    <LanguageField path={path.field(other.tag())} label={format!("{label} in {}", other.english_name())}
                        kind={if *long { Kind::OptionalLong } else { Kind::Optional }} locale={*other} edit={edit.clone()} />
                }) }
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LanguageFieldProps {
    path: FieldPath,
    label: AttrValue,
    kind: Kind,
    #[prop_or_default]
    hint: Option<AttrValue>,
    #[prop_or_default]
    also: Vec<FieldPath>,
    locale: Locale,
    edit: Callback<(Locale, String)>,
}

/// One language of a translatable text: a text field whose edits go through `Translatable`.
#[component]
fn LanguageField(props: &LanguageFieldProps) -> Html {
    let outer = use_form();
    let LanguageFieldProps { path, label, kind, hint, also, locale, edit } = props;
    // The same control, with edits routed to the translatable value instead of one path.
    let (locale, edit) = (*locale, edit.clone());
    let form = Form {
        edit: Callback::from(move |change: Edit| {
            if let Edit::Set(_, value) = change {
                let text = value.as_ref().and_then(Value::as_str).unwrap_or_default().to_owned();
                edit.emit((locale, text));
            }
        }),
        ..outer
    };
    html! {
        <ContextProvider<Form> context={form}>
            <TextField path={path.clone()} label={label.clone()} kind={*kind} hint={hint.clone()} also={also.clone()}
                lang={AttrValue::from(locale.tag())} />
        </ContextProvider<Form>>
    }
}

#[derive(Properties, PartialEq)]
pub struct EntryProps {
    /// The entry's place in its list.
    pub path: FieldPath,
    /// "Party 2", "Claim 5": its legend and the name its buttons speak.
    pub name: AttrValue,
    /// How many entries the list has, so the first cannot move up nor the last down.
    pub count: usize,
    /// Whether the problems found on the entry as a whole are shown under its legend; false where a
    /// control inside shows them (a claimant's "what it is to the parties").
    #[prop_or(true)]
    pub own_problems: bool,
    pub children: Html,
}

/// One entry of a list (a party, a source, a claim): a fieldset with its legend, the problems found
/// on the entry as a whole, and buttons to move it up or down or remove it.
#[component]
pub fn Entry(props: &EntryProps) -> Html {
    let form = use_form();
    let EntryProps { path, name, count, own_problems, children } = props;
    let index = path.last_index().unwrap_or_default();
    let (problems, problem_id) =
        if *own_problems { problem_lines(&form, path, &[], true) } else { (Html::default(), None) };
    let button = |label: &'static str, edit: Edit, disabled: bool| {
        let onclick = form.edit.reform(move |_| edit.clone());
        html! {
            <button type="button" class="entry-action" {onclick} {disabled} aria-label={format!("{label} {name}")}>
                { label }
            </button>
        }
    };
    html! {
        <fieldset class="entry" id={path.control_id()} tabindex="-1" aria-describedby={problem_id}>
            <legend>{ name }</legend>
            <div class="entry-actions">
                { button("Move up", Edit::Move(path.clone(), -1), index == 0) }
                { button("Move down", Edit::Move(path.clone(), 1), index + 1 >= *count) }
                { button("Remove", Edit::Remove(path.clone()), false) }
            </div>
            { problems }
            { children.clone() }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddProps {
    pub path: FieldPath,
    pub entry: Value,
    /// "Add a party".
    pub label: AttrValue,
    #[prop_or_default]
    pub disabled: bool,
}

/// Appends a new, empty entry to a list and moves focus to it.
#[component]
pub fn Add(props: &AddProps) -> Html {
    let form = use_form();
    let AddProps { path, entry, label, disabled } = props;
    let onclick = {
        let (edit, path, entry, draft) = (form.edit.clone(), path.clone(), entry.clone(), form.draft.clone());
        Callback::from(move |_| {
            let new = path.index(draft.len(&path));
            edit.emit(Edit::Append(path.clone(), entry.clone()));
            super::focus::focus_soon(new);
        })
    };
    html! { <button type="button" class="add" {onclick} disabled={*disabled}>{ label }</button> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emptied_number_is_left_out_unless_its_field_names_what_it_is() {
        assert_eq!(value_of(Kind::Count, " 120 ".into()), Some(json!(120)));
        assert_eq!(value_of(Kind::Count, String::new()), None);
        assert_eq!(value_of(Kind::Count, "many".into()), Some(json!("many")));
        // A period's year emptied keeps its field, so the period stays a year and asks for its number.
        assert_eq!(value_of(Kind::KeptCount, "2024".into()), Some(json!(2024)));
        assert_eq!(value_of(Kind::KeptCount, " ".into()), Some(Value::Null));
    }
}

#[derive(Properties, PartialEq)]
pub struct ReportsProps {
    pub path: FieldPath,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A running count's earlier reports (a claim's `series`) as lines of a date and a number, the way a
/// spreadsheet's two columns paste: tab, comma, semicolon or spaces between them, thousands separators
/// allowed, "correction" after a report that corrected the one before it. Written into the draft when
/// the editor leaves the field (not at each key, which would rewrite the line under the cursor); a line
/// that is not a date and a number is kept as it is, so the validator names it. Every problem inside
/// the series is shown here, by line.
#[component]
pub fn Reports(props: &ReportsProps) -> Html {
    let form = use_form();
    let ReportsProps { path, label, hint } = props;
    let id = path.control_id();
    let value = form
        .draft
        .get(path)
        .and_then(Value::as_array)
        .map(|reports| reports.iter().map(report_line).collect::<Vec<_>>().join("\n"))
        .unwrap_or_default();
    let problems: Vec<(Option<usize>, &str)> = form
        .problems
        .iter()
        .filter(|problem| problem.path.is_within(path))
        .map(|problem| {
            let line = match problem.path.steps().get(path.steps().len()) {
                Some(Step::Index(index)) => Some(*index),
                _ => None,
            };
            (line, problem.reason.as_str())
        })
        .collect();
    let problem_id = (!problems.is_empty()).then(|| format!("{id}-problem"));
    let hint_id = format!("{id}-hint");
    let onchange = {
        let (edit, path) = (form.edit.clone(), path.clone());
        Callback::from(move |event: Event| {
            let text = event.target_dyn_into::<HtmlTextAreaElement>().map(|area| area.value()).unwrap_or_default();
            let reports: Vec<Value> = text.lines().filter(|line| !line.trim().is_empty()).map(parse_report).collect();
            edit.emit(Edit::Set(path.clone(), (!reports.is_empty()).then_some(Value::Array(reports))));
        })
    };
    let described = std::iter::once(hint_id.clone()).chain(problem_id.clone()).collect::<Vec<_>>().join(" ");
    html! {
        <div class={classes!("field", problem_id.as_ref().map(|_| "has-problem"))}>
            <label for={id.clone()}>{ label }</label>
            <p class="hint" id={hint_id}>{ hint.clone().unwrap_or_default() }</p>
            <textarea {id} rows="4" {value} {onchange} spellcheck="false"
                aria-invalid={problem_id.as_ref().map(|_| "true")} aria-describedby={described} />
            if let Some(problem_id) = problem_id {
                <p class="problem" id={problem_id}>
                    { for problems.iter().map(|(line, reason)| html! {
                        <span>{ match line { Some(line) => format!("Line {}: {reason}", line + 1), None => (*reason).to_owned() } }</span>
                    }) }
                </p>
            }
        </div>
    }
}

/// A report as a line: "2024-12-21\t772280", "…\tcorrection" after one that corrected the one before.
fn report_line(report: &Value) -> String {
    match report.as_array() {
        Some(parts) => parts
            .iter()
            .map(|part| match part {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\t"),
        None => report.to_string(),
    }
}

/// A pasted line as a report: `["2024-12-21", 772280]`, with "correction" when the line says so. A line
/// with no number after its date is kept as its words, for the validator to name.
fn parse_report(line: &str) -> Value {
    let mut parts = line.split(['\t', ',', ';']).map(str::trim).filter(|part| !part.is_empty());
    // A line with spaces only between its columns ("2024-12-21 772 280" is a date and a number too).
    let (date, rest): (String, String) = match (parts.next(), parts.clone().next()) {
        (Some(first), Some(_)) => (first.to_owned(), parts.collect::<Vec<_>>().join(" ")),
        _ => match line.trim().split_once(char::is_whitespace) {
            Some((date, rest)) => (date.to_owned(), rest.to_owned()),
            None => (line.trim().to_owned(), String::new()),
        },
    };
    let correction = rest.to_lowercase().contains("correction");
    let digits: String = rest
        .chars()
        .take_while(|c| !c.is_alphabetic())
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.' | '\''))
        .collect();
    match digits.parse::<u64>() {
        Ok(number) if correction => json!([date, number, "correction"]),
        Ok(number) => json!([date, number]),
        Err(_) => json!([line.trim()]),
    }
}

#[cfg(test)]
mod report_tests {
    use super::*;

    #[test]
    fn pasted_lines_become_reports() {
        assert_eq!(parse_report("2024-12-21\t772280"), json!(["2024-12-21", 772280]));
        assert_eq!(parse_report("2024-12-21, 772,280"), json!(["2024-12-21", 772280]));
        assert_eq!(parse_report("2024-12-21 772 280"), json!(["2024-12-21", 772280]));
        assert_eq!(parse_report("2024-12-21;772280;correction"), json!(["2024-12-21", 772280, "correction"]));
        assert_eq!(parse_report("yesterday"), json!(["yesterday"]));
        assert_eq!(report_line(&json!(["2024-12-21", 772280, "correction"])), "2024-12-21\t772280\tcorrection");
    }
}
