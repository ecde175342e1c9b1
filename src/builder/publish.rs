//! Publish: the paste-ready code, made in the editor's browser by the same renderer as
//! `claims-card render` (byte for byte, for the same data, language and asset base), with a copy button.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::fields::language_name;
use crate::dataset::Dataset;
use crate::export::embed::embed_code;
use crate::locale::Locale;
use crate::render::{plain_html, render_card_html, snippet_around, AssetBase, SnippetOptions};
use crate::web::clipboard;

/// Which code the editor takes.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// The server-rendered snippet: the card as pasted, readable with no script (`claims-card render`).
    Snippet,
    /// For CMSs whose sanitizers strip the snippet (`claims-card render --format plain-html`).
    Plain,
    /// The card's element and its data, rendered by embed.js ("Copy embed code" on a card).
    ClientRendered,
}

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    /// The draft's file and, when it validates, its dataset.
    pub text: Rc<str>,
    pub dataset: Option<Rc<Dataset>>,
    /// The dataset's own language, the first choice for the snippet's.
    pub language: Locale,
}

/// Where embed.js is served, by default: beside this workbench, as `trunk serve` and dist/ have it.
fn default_asset_base() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    match page.rfind('/') {
        Some(end) => page[..=end].to_owned(),
        None => "./".to_owned(),
    }
}

#[component]
pub fn Publish(props: &PublishProps) -> Html {
    let PublishProps { text, dataset, language } = props;
    let base = use_state(default_asset_base);
    let locale = use_state(|| *language);
    let form = use_state(|| Form::Snippet);
    let code = use_state(String::new);
    let status = use_state(String::new);
    let field = use_node_ref();
    let asset_base = AssetBase::parse(&base);

    {
        let (code, status) = (code.clone(), status.clone());
        let deps = (text.clone(), dataset.is_some(), *locale, (*base).clone(), *form);
        let dataset = dataset.clone();
        use_effect_with(deps, move |(text, _, locale, base, form)| {
            status.set(String::new());
            match (dataset, AssetBase::parse(base)) {
                (Some(dataset), Ok(asset_base)) => {
                    let (text, locale, form) = (text.clone(), *locale, *form);
                    match form {
                        Form::Snippet => spawn_local(async move {
                            let card = render_card_html(dataset, locale).await;
                            let options = SnippetOptions { locale, asset_base, live_data: None };
                            code.set(snippet_around(&card, &text, &options));
                        }),
                        Form::Plain => code.set(plain_html(&dataset, locale, None)),
                        Form::ClientRendered => {
                            code.set(embed_code(&text, locale, None, &asset_base.embed_script_url()))
                        }
                    }
                }
                _ => code.set(String::new()),
            }
        });
    }

    let on_base = {
        let base = base.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                base.set(input.value());
            }
        })
    };
    let on_language = {
        let locale = locale.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                locale.set(Locale::from_code(&select.value()).unwrap_or_default());
            }
        })
    };
    let on_copy = {
        let (code, status, field) = (code.clone(), status.clone(), field.clone());
        Callback::from(move |_| {
            let (code, status, field) = ((*code).clone(), status.clone(), field.clone());
            spawn_local(async move {
                if clipboard::write_text(&code).await {
                    status.set("Copied. Paste it into your page's HTML.".into());
                } else {
                    clipboard::select(&field);
                    status.set(
                        "The browser did not let the page copy: the code is selected, press Ctrl+C (⌘C on a Mac)."
                            .into(),
                    );
                }
            });
        })
    };
    let radio = |value: Form, label: &'static str, hint: &'static str| {
        let id = match value {
            Form::Snippet => "publish-snippet",
            Form::Plain => "publish-plain",
            Form::ClientRendered => "publish-client",
        };
        let onchange = {
            let form = form.clone();
            Callback::from(move |_| form.set(value))
        };
        html! {
            <div class="choice">
                <input type="radio" name="publish-form" id={id} checked={*form == value} {onchange} />
                <label for={id}>{ label }</label>
                <span class="hint">{ hint }</span>
            </div>
        }
    };
    let ready = dataset.is_some() && asset_base.is_ok() && !code.is_empty();
    html! {
        <section class="publish" aria-labelledby="publish-title">
            <h2 id="publish-title">{ "Publish" }</h2>
            <fieldset>
                <legend>{ "Code to paste" }</legend>
                { radio(Form::Snippet, "Snippet (recommended)", "The finished card, readable with no script; embed.js makes it interactive.") }
                { radio(Form::Plain, "Plain HTML", "Text only, for a CMS that strips the snippet's tags.") }
                { radio(Form::ClientRendered, "Client-rendered", "The card's data and embed.js, which draws it.") }
            </fieldset>
            <div class="row">
                <div class={classes!("field", asset_base.is_err().then_some("has-problem"))}>
                    <label for="publish-base">{ "Asset base: where embed.js is served" }</label>
                    <input id="publish-base" type="url" value={(*base).clone()} oninput={on_base}
                        aria-invalid={asset_base.is_err().then_some("true")}
                        aria-describedby={asset_base.is_err().then_some("publish-base-problem")} />
                    if let Err(reason) = &asset_base {
                        <p class="problem" id="publish-base-problem">{ reason.trim_start_matches("--asset-base ") }</p>
                    }
                </div>
                <div class="field">
                    <label for="publish-language">{ "Language" }</label>
                    <select id="publish-language" onchange={on_language}>
                        { for Locale::ALL.into_iter().map(|each| html! {
                            <option value={each.tag()} selected={each == *locale}>{ language_name(each) }</option>
                        }) }
                    </select>
                </div>
            </div>
            if dataset.is_none() {
                <p class="preview-note">{ "Fix the problems listed to get the code." }</p>
            }
            <label for="publish-code" class="visually-hidden">{ "The code" }</label>
            <textarea id="publish-code" ref={field} readonly=true rows="6" value={(*code).clone()}
                onfocus={Callback::from(|event: FocusEvent| {
                    if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() { area.select(); }
                })} />
            <div class="actions">
                <button type="button" id="publish-copy" onclick={on_copy} disabled={!ready}>{ "Copy the code" }</button>
                <span role="status" class="status">{ (*status).clone() }</span>
            </div>
        </section>
    }
}
