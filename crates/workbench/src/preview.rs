//! The real card, drawn from the draft's last valid state, in a shadow root of its own (the card's
//! stylesheet only, as on a reader's page), at the width, colour scheme and language the editor picks.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;

use claims_card_data::dataset::Dataset;
use claims_card_data::locale::Locale;
use claims_card_view::card::{Card, STYLE};

/// How the editor is looking at the card.
#[derive(Clone, Copy, PartialEq)]
pub struct View {
    pub phone: bool,
    pub dark: bool,
    pub locale: Locale,
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The last valid state of the draft; None until the draft first validates.
    pub dataset: Option<Rc<Dataset>>,
    /// Whether `dataset` is the draft as it is now (false: an earlier state, while there are problems).
    pub current: bool,
    pub view: View,
    pub on_view: Callback<View>,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let PreviewProps { dataset, current, view, on_view } = props;
    let view = *view;
    let host = use_node_ref();
    let shadow = use_state(|| None::<Element>);
    {
        let (host, shadow) = (host.clone(), shadow.clone());
        use_effect_with((), move |_| {
            if let Some(element) = host.cast::<Element>() {
                if let Ok(root) = element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
                    // A portal's host is an element in Yew's types; a shadow root serves the same way.
                    shadow.set(Some(root.unchecked_into()));
                }
            }
        });
    }
    let radio = |name: &'static str, label: &'static str, on: bool, set: fn(View, bool) -> View, value: bool| {
        let onchange = on_view.reform(move |_| set(view, value));
        let id = format!("view-{name}-{value}");
        html! {
            <span class="choice">
                <input type="radio" id={id.clone()} name={format!("view-{name}")} checked={on == value} {onchange} />
                <label for={id}>{ label }</label>
            </span>
        }
    };
    let on_language = on_view.reform(move |event: Event| {
        let code =
            event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|select| select.value()).unwrap_or_default();
        View { locale: Locale::from_code(&code).unwrap_or_default(), ..view }
    });
    let card = match (&*shadow, dataset) {
        (Some(root), Some(dataset)) => create_portal(
            html! { <><style>{ STYLE }</style><Card dataset={dataset.clone()} locale={view.locale} /></> },
            root.clone(),
        ),
        _ => Html::default(),
    };
    html! {
        <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{ "Preview" }</h2>
            <div class="view-controls">
                <fieldset>
                    <legend>{ "Width" }</legend>
                    { radio("width", "Phone", view.phone, |v, phone| View { phone, ..v }, true) }
                    { radio("width", "Desktop", view.phone, |v, phone| View { phone, ..v }, false) }
                </fieldset>
                <fieldset>
                    <legend>{ "Colours" }</legend>
                    { radio("scheme", "Light", view.dark, |v, dark| View { dark, ..v }, false) }
                    { radio("scheme", "Dark", view.dark, |v, dark| View { dark, ..v }, true) }
                </fieldset>
                <div class="field">
                    <label for="view-language">{ "Language" }</label>
                    <select id="view-language" onchange={on_language}>
                        { for Locale::ALL.into_iter().map(|locale| html! {
                            <option value={locale.tag()} selected={locale == view.locale}>{ locale.english_name() }</option>
                        }) }
                    </select>
                </div>
            </div>
            if dataset.is_none() {
                <p class="preview-note" role="status">{ "The card appears here once its data is complete: see the problems listed." }</p>
            } else if !current {
                <p class="preview-note" role="status">{ "Showing the last valid version while there are problems to fix." }</p>
            }
            <div class={classes!("stage", view.dark.then_some("dark"))}>
                <div ref={host} class={classes!("card-host", view.phone.then_some("phone"))}
                    theme={if view.dark { "dark" } else { "light" }} data-preview="" />
            </div>
            { card }
        </section>
    }
}
