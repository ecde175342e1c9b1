//! Publish: the paste-ready code, made in the editor's browser by the same renderer as
//! `claims-card render` (byte for byte, for the same data, language and asset base), with a copy button.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use claims_card_data::dataset::Dataset;
use claims_card_data::locale::Locale;
use claims_card_export::embed::embed_code;
use claims_card_publish::frame::{
    amp_snippet, iframe_snippet, refused_data_origin, DataAddress, FrameBase, FrameOptions,
};
use claims_card_publish::{plain_html, render_card_html, snippet_around, AssetBase, PageUrl, SnippetOptions};
use claims_card_web::clipboard;

/// Which code the editor takes.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// The server-rendered snippet: the card as pasted, readable with no script (`claims-card render`).
    Snippet,
    /// For CMSs whose sanitizers strip the snippet (`claims-card render --format plain-html`).
    Plain,
    /// The card's element and its data, rendered by embed.js ("Copy embed code" on a card).
    ClientRendered,
    /// The card in a frame of its own (`claims-card render --format iframe`): needs the data's public address.
    Iframe,
    /// AMP's `<amp-iframe>` (`--format amp`): the same, on https.
    Amp,
}

/// The code for these choices, as `claims-card render` prints it (the snippet's card markup is made
/// apart, asynchronously, and passed in).
struct Choices {
    form: Form,
    locale: Locale,
    asset_base: AssetBase,
    /// `--src`: where the card fetches its current data.
    live_data: Option<PageUrl>,
}

/// The code, and what the editor should know about it (a frame that will refuse the data's address).
type Code = (String, Option<String>);

impl Choices {
    fn code(&self, card: &str, text: &str, dataset: &Dataset) -> Result<Code, String> {
        let Choices { form, locale, asset_base, live_data } = self;
        let (locale, live) = (*locale, live_data.as_ref());
        match form {
            Form::Snippet => {
                let options = SnippetOptions {
                    locale,
                    asset_base: asset_base.clone(),
                    live_data: live_data.clone(),
                    refresh: None,
                };
                Ok((snippet_around(card, text, &options), None))
            }
            Form::Plain => Ok((plain_html(dataset, locale, live, None), None)),
            Form::ClientRendered => {
                Ok((embed_code(text, locale, live.map(PageUrl::as_str), &asset_base.embed_script_url()), None))
            }
            Form::Iframe | Form::Amp => {
                let src =
                    live.ok_or("A frame shows the data published at an address: give the data's address above.")?;
                let options = FrameOptions {
                    asset_base: FrameBase::parse(asset_base.as_str())
                        .map_err(|problem| format!("The asset base {problem}."))?,
                    live_data: Some(
                        DataAddress::parse(src.as_str()).map_err(|problem| format!("The data address {problem}."))?,
                    ),
                    refresh: None,
                    locale,
                    theme: None,
                    title: dataset.title.get(locale).to_owned(),
                    height: 1100,
                    width: if *form == Form::Amp { 360 } else { 640 },
                };
                // The code all the same, as `claims-card render` prints it: the release on the asset
                // host may allow more data origins than this build knows.
                let notice = refused_data_origin(&options).map(|refused| format!("The data address: {refused}"));
                match form {
                    Form::Amp => amp_snippet(&options).map(|code| (code, notice)).map_err(|needs| format!("{needs}.")),
                    _ => Ok((iframe_snippet(&options), notice)),
                }
            }
        }
    }
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
    let src = use_state(String::new);
    let locale = use_state(|| *language);
    let form = use_state(|| Form::Snippet);
    let code = use_state(String::new);
    let status = use_state(String::new);
    let field = use_node_ref();
    let asset_base = AssetBase::parse(&base);

    let live_data = (!src.trim().is_empty()).then(|| PageUrl::parse(src.trim()));
    let problem = use_state(|| None::<String>);
    let notice = use_state(|| None::<String>);
    {
        let (code, status, problem, notice) = (code.clone(), status.clone(), problem.clone(), notice.clone());
        let deps = (text.clone(), dataset.is_some(), *locale, (*base).clone(), (*src).clone(), *form);
        let dataset = dataset.clone();
        use_effect_with(deps, move |(text, _, locale, base, src, form)| {
            status.set(String::new());
            let live_data = (!src.trim().is_empty()).then(|| PageUrl::parse(src.trim())).transpose();
            match (dataset, AssetBase::parse(base), live_data) {
                (Some(dataset), Ok(asset_base), Ok(live_data)) => {
                    let choices = Choices { form: *form, locale: *locale, asset_base, live_data };
                    let text = text.clone();
                    // The snippet's card markup comes from Yew's server renderer, which is asynchronous.
                    spawn_local(async move {
                        let card = match choices.form {
                            Form::Snippet => render_card_html(dataset.clone(), choices.locale).await,
                            _ => String::new(),
                        };
                        match choices.code(&card, &text, &dataset) {
                            Ok((made, told)) => {
                                code.set(made);
                                problem.set(None);
                                notice.set(told);
                            }
                            Err(reason) => {
                                code.set(String::new());
                                problem.set(Some(reason));
                                notice.set(None);
                            }
                        }
                    });
                }
                _ => {
                    code.set(String::new());
                    problem.set(None);
                    notice.set(None);
                }
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
    let on_src = {
        let src = src.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                src.set(input.value());
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
            Form::Iframe => "publish-iframe",
            Form::Amp => "publish-amp",
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
    let ready = dataset.is_some() && asset_base.is_ok() && !matches!(live_data, Some(Err(_))) && !code.is_empty();
    html! {
        <section class="publish" aria-labelledby="publish-title">
            <h2 id="publish-title">{ "Publish" }</h2>
            <fieldset>
                <legend>{ "Code to paste" }</legend>
                { radio(Form::Snippet, "Snippet (recommended)", "The finished card, readable with no script; embed.js makes it interactive.") }
                { radio(Form::Plain, "Plain HTML", "Text only, for a CMS that strips the snippet's tags.") }
                { radio(Form::ClientRendered, "Client-rendered", "The card's data and embed.js, which draws it.") }
                { radio(Form::Iframe, "Iframe", "The card in a frame of its own, for pages that cannot hold the snippet; needs the data's address.") }
                { radio(Form::Amp, "AMP", "amp-iframe for AMP pages; needs the data's address and an https asset base.") }
            </fieldset>
            <div class="settings">
                <div class={classes!("field", asset_base.is_err().then_some("has-problem"))}>
                    <label for="publish-base">{ "Asset base: where embed.js and frame.html are served" }</label>
                    <input id="publish-base" type="url" value={(*base).clone()} oninput={on_base}
                        aria-invalid={asset_base.is_err().then_some("true")}
                        aria-describedby={asset_base.is_err().then_some("publish-base-problem")} />
                    if let Err(reason) = &asset_base {
                        <p class="problem" id="publish-base-problem">{ format!("This address {reason}.") }</p>
                    }
                </div>
                <div class={classes!("field", matches!(live_data, Some(Err(_))).then_some("has-problem"))}>
                    <label for="publish-src">{ "Data address (optional)" }</label>
                    <p class="hint" id="publish-src-hint">{ "Where you publish this file, if you do: the card then fetches its current data from there (corrections reach readers without re-pasting)." }</p>
                    <input id="publish-src" type="url" value={(*src).clone()} oninput={on_src}
                        aria-invalid={matches!(live_data, Some(Err(_))).then_some("true")}
                        aria-describedby={if matches!(live_data, Some(Err(_))) { "publish-src-hint publish-src-problem" } else { "publish-src-hint" }} />
                    if let Some(Err(reason)) = &live_data {
                        <p class="problem" id="publish-src-problem">{ format!("This address {reason}.") }</p>
                    }
                </div>
                <div class="field">
                    <label for="publish-language">{ "Language" }</label>
                    <select id="publish-language" onchange={on_language}>
                        { for Locale::ALL.into_iter().map(|each| html! {
                            <option value={each.tag()} selected={each == *locale}>{ each.english_name() }</option>
                        }) }
                    </select>
                </div>
            </div>
            if dataset.is_none() {
                <p class="preview-note">{ "Fix the problems listed to get the code." }</p>
            } else if let Some(reason) = &*problem {
                <p class="problem" id="publish-problem">{ reason }</p>
            } else if let Some(told) = &*notice {
                <p class="problem" id="publish-notice">{ told }</p>
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
