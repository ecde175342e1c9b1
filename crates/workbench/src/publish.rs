//! Publish: the paste-ready code, made in the editor's browser by the same renderer as
//! `claims-card render` (byte for byte, for the same data, language and asset base), with a copy button.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use claims_card_data::dataset::Dataset;
use claims_card_data::locale::Locale;
use claims_card_export::embed::live_embed_code;
use claims_card_publish::frame::{
    amp_snippet, iframe_snippet, refused_data_origin, DataAddress, FrameBase, FrameOptions,
};
use claims_card_publish::{plain_html_at, render_card_html, snippet_around, AssetBase, PageUrl, SnippetOptions};
use claims_card_view::heading::HeadingLevel;
use claims_card_view::refresh::{seconds, RefreshAttributes};
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

/// How often a live card may re-read its data, as the publish step offers it: what the card's
/// `data-refresh` says, and the choice's words. Off (no attribute) comes first.
const INTERVALS: [(&str, &str); 4] =
    [("1m", "Every minute"), ("5m", "Every 5 minutes"), ("15m", "Every 15 minutes"), ("1h", "Every hour")];

/// When a live card may call its figures old (`data-stale-after`), beyond the default of three
/// intervals: only those at least one interval long are offered.
const ALLOWANCES: [(&str, &str); 4] = [("15m", "15 minutes"), ("1h", "1 hour"), ("6h", "6 hours"), ("24h", "1 day")];

/// The default allowance, three intervals, in words: "15 minutes" for `5m`.
fn three_intervals(interval: &str) -> String {
    match seconds(interval).map(|every| every * 3) {
        Ok(allowance) if allowance % 3600 == 0 => plural(allowance / 3600, "hour"),
        Ok(allowance) => plural(allowance / 60, "minute"),
        Err(_) => "three intervals".to_owned(),
    }
}

/// A heading level as the publish step offers it: where in the page's outline such a title belongs.
fn heading_choice(level: HeadingLevel) -> &'static str {
    match level.level() {
        1 => "Heading 1: the card is the page",
        2 => "Heading 2: under the article's headline (usual)",
        3 => "Heading 3: in a section headed by a heading 2",
        _ => "Heading 4: in a subsection headed by a heading 3",
    }
}

fn plural(count: u32, unit: &str) -> String {
    if count == 1 {
        format!("1 {unit}")
    } else {
        format!("{count} {unit}s")
    }
}

/// True when `allowance` is at least one `interval`, as `Refresh::read` requires.
fn allows(allowance: &str, interval: &str) -> bool {
    matches!((seconds(allowance), seconds(interval)), (Ok(allowance), Ok(every)) if allowance >= every)
}

/// The refresh chosen, for a card with a data address: none when Off or with no address (a card
/// without `src` has nothing to re-read); else the attributes, or why a published card cannot have them.
fn chosen_refresh(src: &str, interval: &str, allowance: &str) -> Option<Result<RefreshAttributes, String>> {
    if src.trim().is_empty() || interval.is_empty() {
        return None;
    }
    let allowance = (!allowance.is_empty()).then_some(allowance);
    Some(RefreshAttributes::published(interval, allowance))
}

/// The code for these choices, as `claims-card render` prints it (the snippet's card markup is made
/// apart, asynchronously, and passed in).
struct Choices {
    form: Form,
    locale: Locale,
    asset_base: AssetBase,
    /// `--src`: where the card fetches its current data.
    live_data: Option<PageUrl>,
    /// `--refresh`, `--stale-after`: how often the card re-reads it.
    refresh: Option<RefreshAttributes>,
    /// `--heading-level`: the card's title's level in the page's outline.
    heading: HeadingLevel,
}

/// The code, and what the editor should know about it (a frame that will refuse the data's address).
type Code = (String, Option<String>);

impl Choices {
    fn code(&self, card: &str, text: &str, dataset: &Dataset) -> Result<Code, String> {
        let Choices { form, locale, asset_base, live_data, refresh, heading } = self;
        let (locale, live) = (*locale, live_data.as_ref());
        match form {
            Form::Snippet => {
                let options = SnippetOptions {
                    locale,
                    asset_base: asset_base.clone(),
                    live_data: live_data.clone(),
                    refresh: refresh.clone(),
                    heading: *heading,
                };
                Ok((snippet_around(card, text, &options), None))
            }
            Form::Plain => Ok((plain_html_at(dataset, locale, live, refresh.as_ref(), *heading), None)),
            Form::ClientRendered => {
                let loader = asset_base.embed_script_url();
                let src = live.map(PageUrl::as_str);
                Ok((live_embed_code(text, locale, src, refresh.as_ref(), *heading, &loader), None))
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
                    refresh: refresh.clone(),
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
    // "" is Off; the allowance "" is the card's default, three intervals.
    let interval = use_state(String::new);
    let allowance = use_state(String::new);
    let locale = use_state(|| *language);
    let heading = use_state(HeadingLevel::default);
    let form = use_state(|| Form::Snippet);
    let code = use_state(String::new);
    let status = use_state(String::new);
    let field = use_node_ref();
    let asset_base = AssetBase::parse(&base);

    let live_data = (!src.trim().is_empty()).then(|| PageUrl::parse(src.trim()));
    let refresh = chosen_refresh(&src, &interval, &allowance);
    // Shown Off while there is no address to re-read; the choice comes back with the address.
    let shown_interval = if src.trim().is_empty() { "" } else { interval.as_str() };
    let problem = use_state(|| None::<String>);
    let notice = use_state(|| None::<String>);
    {
        let (code, status, problem, notice) = (code.clone(), status.clone(), problem.clone(), notice.clone());
        let live = ((*src).clone(), (*interval).clone(), (*allowance).clone());
        let deps = (text.clone(), dataset.is_some(), *locale, (*base).clone(), live, *form, *heading);
        let dataset = dataset.clone();
        use_effect_with(deps, move |(text, _, locale, base, (src, interval, allowance), form, heading)| {
            status.set(String::new());
            let live_data = (!src.trim().is_empty()).then(|| PageUrl::parse(src.trim())).transpose();
            let refresh = chosen_refresh(src, interval, allowance).transpose();
            match (dataset, AssetBase::parse(base), live_data, refresh) {
                (Some(dataset), Ok(asset_base), Ok(live_data), Ok(refresh)) => {
                    let choices =
                        Choices { form: *form, locale: *locale, asset_base, live_data, refresh, heading: *heading };
                    let text = text.clone();
                    // The snippet's card markup comes from Yew's server renderer, which is asynchronous.
                    spawn_local(async move {
                        let card = match choices.form {
                            Form::Snippet => render_card_html(dataset.clone(), choices.locale, choices.heading).await,
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
    let on_interval = {
        let (interval, allowance) = (interval.clone(), allowance.clone());
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                // An allowance shorter than the new interval is no longer offered: back to the default.
                if !allowance.is_empty() && !allows(&allowance, &select.value()) {
                    allowance.set(String::new());
                }
                interval.set(select.value());
            }
        })
    };
    let on_allowance = {
        let allowance = allowance.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                allowance.set(select.value());
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
    let on_heading = {
        let heading = heading.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                heading.set(HeadingLevel::read(&select.value()).unwrap_or_default());
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
    let ready = dataset.is_some()
        && asset_base.is_ok()
        && !matches!(live_data, Some(Err(_)))
        && !matches!(refresh, Some(Err(_)))
        && !code.is_empty();
    let no_address = src.trim().is_empty();
    let refresh_hint = if no_address {
        "Give the data's address first: only a card that fetches its data can re-read it."
    } else {
        "While a reader has the card on screen; at most once a minute. Off: it reads the data once, when the page loads."
    };
    let offered = ALLOWANCES.into_iter().filter(|(value, _)| allows(value, shown_interval));
    let refresh_problem = match &refresh {
        Some(Err(reason)) => Some(reason.clone()),
        _ => None,
    };
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
                <div class={classes!("field", refresh_problem.is_some().then_some("has-problem"))}>
                    <label for="publish-refresh">{ "Re-read the data" }</label>
                    <p class="hint" id="publish-refresh-hint">{ refresh_hint }</p>
                    <select id="publish-refresh" onchange={on_interval} disabled={no_address}
                        aria-invalid={refresh_problem.is_some().then_some("true")}
                        aria-describedby={if refresh_problem.is_some() { "publish-refresh-hint publish-refresh-problem" } else { "publish-refresh-hint" }}>
                        <option value="" selected={shown_interval.is_empty()}>{ "Off" }</option>
                        { for INTERVALS.into_iter().map(|(value, label)| html! {
                            <option {value} selected={value == shown_interval}>{ label }</option>
                        }) }
                    </select>
                    if let Some(reason) = &refresh_problem {
                        <p class="problem" id="publish-refresh-problem">{ reason }</p>
                    }
                </div>
                if !shown_interval.is_empty() {
                    <div class="field">
                        <label for="publish-stale-after">{ "Say the figures are old after" }</label>
                        <p class="hint" id="publish-stale-after-hint">{ "How long the card may go without reading its data before it tells readers how old its figures are." }</p>
                        <select id="publish-stale-after" onchange={on_allowance} aria-describedby="publish-stale-after-hint">
                            <option value="" selected={allowance.is_empty()}>
                                { format!("Three intervals ({})", three_intervals(shown_interval)) }
                            </option>
                            { for offered.into_iter().map(|(value, label)| html! {
                                <option {value} selected={value == allowance.as_str()}>{ label }</option>
                            }) }
                        </select>
                    </div>
                }
                <div class="field">
                    <label for="publish-heading">{ "The card's title in your page's outline" }</label>
                    <p class="hint" id="publish-heading-hint">{ "So that a screen reader moving by heading finds the card in its section. A frame is a page of its own and ignores it." }</p>
                    <select id="publish-heading" onchange={on_heading} aria-describedby="publish-heading-hint">
                        { for HeadingLevel::LEVELS.filter_map(HeadingLevel::new).map(|each| html! {
                            <option value={each.to_string()} selected={each == *heading}>{ heading_choice(each) }</option>
                        }) }
                    </select>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_one_a_published_card_honours() {
        for (interval, _) in INTERVALS {
            assert!(chosen_refresh("https://d.org/nk.json", interval, "").unwrap().is_ok(), "{interval}");
            for (allowance, _) in ALLOWANCES.into_iter().filter(|(allowance, _)| allows(allowance, interval)) {
                assert!(chosen_refresh("https://d.org/nk.json", interval, allowance).unwrap().is_ok(), "{allowance}");
            }
        }
        assert!(!allows("15m", "1h"));
        assert!(chosen_refresh(" ", "5m", "").is_none(), "no address, nothing to re-read");
    }

    #[test]
    fn the_default_allowance_is_three_intervals_in_words() {
        let words: Vec<String> = INTERVALS.into_iter().map(|(interval, _)| three_intervals(interval)).collect();
        assert_eq!(words, ["3 minutes", "15 minutes", "45 minutes", "3 hours"]);
    }
}
