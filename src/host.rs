//! The element a page marks as a card (`<claims-card>` or `<div data-claims-card>`), wrapped so the
//! rest of the code never handles `JsValue`: its state attribute, its events, its data, its language,
//! and its shadow root. Every DOM call here that can throw returns a `Result`, so an odd page or
//! element becomes an error card, never a panic.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use super::reader_place::ReaderPlace;
use super::seen::looks_the_same;
use super::stylesheet::{has_current_style, remove_styles, style};
use claims_card_data::dataset::Measure;
use claims_card_view::card::Action;
use claims_card_view::heading::{HeadingLevel, HEADING_LEVEL_ATTRIBUTE};
use claims_card_view::loader_contract::card_locale;
use claims_card_view::refresh::{Refresh, RefreshAttributes, REFRESH_ATTRIBUTE, STALE_AFTER_ATTRIBUTE};
use claims_card_view::words::Locale;

/// What `data-state` says, for pages and tests to wait on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardState {
    Loading,
    Ready,
    Error,
}

impl CardState {
    const ALL: [CardState; 3] = [CardState::Loading, CardState::Ready, CardState::Error];

    fn attribute(self) -> &'static str {
        match self {
            CardState::Loading => "loading",
            CardState::Ready => "ready",
            CardState::Error => "error",
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct Host {
    element: Element,
}

impl Host {
    pub fn new(element: Element) -> Self {
        Self { element }
    }

    pub fn element(&self) -> &Element {
        &self.element
    }

    /// What `data-state` says now, if it names a state.
    pub fn state(&self) -> Option<CardState> {
        let attribute = self.element.get_attribute("data-state")?;
        CardState::ALL.into_iter().find(|state| state.attribute() == attribute)
    }

    pub fn set_state(&self, state: CardState) {
        // Setting an attribute on our own element cannot fail in a way the reader would notice.
        let _ = self.element.set_attribute("data-state", state.attribute());
    }

    /// Sets the state and tells the page: `claims-card:ready` or `claims-card:error`, bubbling and
    /// composed so a listener on `document` hears it. An error's detail lists the problems.
    pub fn settle(&self, state: CardState, problems: &[String]) {
        self.set_state(state);
        let name = match state {
            CardState::Error => "claims-card:error",
            _ => "claims-card:ready",
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        if state == CardState::Error {
            let detail = problems.iter().map(|problem| JsValue::from_str(problem)).collect::<js_sys::Array>();
            init.set_detail(&detail);
        }
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = self.element.dispatch_event(&event);
        }
    }

    /// The dataset the page put in the element: a child `<script type="application/json">`. Its
    /// text may be wrapped in `<!--` and `-->` (the snippet does so: a sanitizer that strips the
    /// `<script>` tags but keeps their text then keeps an invisible comment, not JSON on the page).
    pub fn inline_data(&self) -> Option<String> {
        let script = self.element.query_selector(":scope > script[type='application/json']").ok().flatten()?;
        script.text_content().map(|text| unwrap_comment(&text).to_owned())
    }

    /// The live dataset's address, as the page wrote it: `src`, else `data-src` (which sanitizers
    /// keep on a `<div>`, where they drop an unknown `src`).
    pub fn src(&self) -> Option<String> {
        ["src", "data-src"]
            .into_iter()
            .find_map(|name| self.element.get_attribute(name).filter(|src| !src.trim().is_empty()))
    }

    /// How the card re-reads its live data (`data-refresh`, `data-stale-after`), if the page asked;
    /// or why it cannot. A page served from a development host may re-read more often than a
    /// published one (the live demo).
    pub fn refresh(&self) -> Option<Result<Refresh, String>> {
        let refresh = self.element.get_attribute(REFRESH_ATTRIBUTE)?;
        let stale_after = self.element.get_attribute(STALE_AFTER_ATTRIBUTE);
        let host = web_sys::window().and_then(|window| window.location().hostname().ok()).unwrap_or_default();
        let development = matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]");
        Some(Refresh::read(&refresh, stale_after.as_deref(), development))
    }

    /// The card's refresh as a published card may carry it, for its embed code: none where the page
    /// wrote none, or an interval only a development host honours.
    pub fn published_refresh(&self) -> Option<RefreshAttributes> {
        let refresh = self.element.get_attribute(REFRESH_ATTRIBUTE)?;
        RefreshAttributes::published(&refresh, self.element.get_attribute(STALE_AFTER_ATTRIBUTE).as_deref()).ok()
    }

    /// The level of the card's title in the page's outline (`data-heading-level`), if the page set one;
    /// or why it cannot be used.
    pub fn heading_level(&self) -> Option<Result<HeadingLevel, String>> {
        self.element.get_attribute(HEADING_LEVEL_ATTRIBUTE).map(|level| HeadingLevel::read(&level))
    }

    /// The page asked for the demo dataset (`data-seed`): the demo and tests do. A card
    /// without data that did not ask is an error card, never another story's figures.
    pub fn asks_for_seed(&self) -> bool {
        self.element.has_attribute("data-seed")
    }

    /// The page's base URL, against which `src` is resolved.
    pub fn base_url(&self) -> String {
        self.element.base_uri().ok().flatten().unwrap_or_default()
    }

    /// The element's `lang`, else the nearest one around it, else English.
    pub fn locale(&self) -> Locale {
        let lang = self.element.closest("[lang]").ok().flatten().and_then(|element| element.get_attribute("lang"));
        // As the loader picks it (the contract it shares with this code).
        card_locale(lang.as_deref())
    }

    /// A short name for console messages: `<claims-card id="x">`.
    pub fn describe(&self) -> String {
        let tag = self.element.tag_name().to_ascii_lowercase();
        match self.element.get_attribute("id") {
            Some(id) => format!("<{tag} id=\"{id}\">"),
            None => format!("<{tag}>"),
        }
    }

    /// Takes out the room the loader reserved for a card not drawn yet (its placeholder), for a card
    /// that leaves the page before it is drawn: a released card leaves nothing of the card behind.
    pub fn remove_placeholder(&self) {
        let root = self.element.shadow_root();
        if let Some(placeholder) = root.and_then(|root| root.query_selector(".mount[data-placeholder]").ok().flatten())
        {
            placeholder.remove();
        }
    }

    /// The measure the reader had chosen in the server-rendered card before the wasm arrived.
    pub fn chosen_measure(&self) -> Option<Measure> {
        let root = self.element.shadow_root()?;
        let input = root.query_selector(".mount input[name='measure']:checked").ok().flatten()?;
        Measure::from_key(&input.get_attribute("value")?)
    }

    /// Calls `on_action` when a reader clicks a footer button in the card's shadow root (a kept
    /// server card, whose buttons have no handlers of their own, or an app's), until the listener is
    /// dropped. Only a click the browser made for a reader counts (`isTrusted`; Enter or Space on
    /// a button is one too), and only a button inside the card: a `data-action` the page's markup
    /// puts around the card is not the card's.
    pub fn on_action_click(&self, on_action: impl Fn(Action) + 'static) -> EventListener {
        let host = JsValue::from(self.element.clone());
        EventListener::new(&self.element, "click", move |event| {
            if !event.is_trusted() {
                return;
            }
            let path = event.composed_path();
            let action = path
                .iter()
                .take_while(|node| *node != host)
                .filter_map(|node| node.dyn_into::<Element>().ok()?.get_attribute("data-action"))
                .find_map(|key| Action::from_key(&key));
            if let Some(action) = action {
                on_action(action);
            }
        })
    }

    /// The card's shadow root: the one the HTML parser built from the server snippet, or a new one.
    pub fn shadow(&self) -> Result<CardShadow, String> {
        if let Some(root) = self.element.shadow_root() {
            // The snippet's `<div class="mount">` (`:scope` would match nothing in a shadow root).
            let server_mount = root.query_selector(".mount").ok().flatten();
            // The snippet's own `<style>` stays if it applies and is this release's CSS. A page whose
            // CSP lacks its hash blocks it, and a snippet from an older release carries older CSS:
            // the live card gets the shared sheet instead, and loses the older one.
            if !has_current_style(&root) {
                remove_styles(&root);
                style(&root)?;
            }
            return Ok(CardShadow { root, server_mount });
        }
        let root = self
            .element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| "this element cannot hold a shadow root; use <claims-card> or a <div>".to_owned())?;
        style(&root)?;
        Ok(CardShadow { root, server_mount: None })
    }
}

/// ` <!--{…}--> ` → `{…}`: the data text, trimmed, without the comment the snippet wraps it in. The
/// loader reads it alike for the render key (`isCurrent` in loader/embed.js).
fn unwrap_comment(text: &str) -> &str {
    let trimmed = text.trim();
    trimmed.strip_prefix("<!--").and_then(|inner| inner.strip_suffix("-->")).unwrap_or(trimmed)
}

/// A card's shadow root, and the server-rendered markup in it, if any.
pub struct CardShadow {
    root: ShadowRoot,
    server_mount: Option<Element>,
}

impl CardShadow {
    /// True when the card is drawn in place of nothing or of embed.js's placeholder, not of a card.
    pub fn draws_from_scratch(&self) -> bool {
        self.server_mount.as_ref().is_none_or(|mount| mount.has_attribute("data-placeholder"))
    }

    /// A new element for the client render. With server markup present it stays detached until the
    /// render is complete, then `take_over` swaps it in, so the reader never sees an empty card.
    pub fn new_mount(&self) -> Result<Element, String> {
        let document = self.root.owner_document().ok_or("the shadow root has no document")?;
        let mount = document.create_element("div").map_err(|_| "cannot create the card's root")?;
        // Server markup had its real height from the first frame; a card rendered here from scratch
        // may skip layout while off screen.
        mount.set_class_name(if self.draws_from_scratch() { "mount offscreen-lazy" } else { "mount" });
        if self.server_mount.is_none() {
            self.root.append_child(&mount).map_err(|_| "cannot add the card's root")?;
        }
        Ok(mount)
    }

    /// Puts the client render (`mount`, complete) in the page, in place of the server's markup or
    /// the placeholder, with the reader's place in the markup (`reader_place.rs`). Returns false,
    /// leaving `mount` out, when the server's markup already looks the same to a reader (a snippet
    /// from an older release that draws this card alike): swapping it would only make the browser
    /// lay the card out again.
    /// `may_keep`: false when the card will change later (live data), so the app's own render must
    /// be the one in the page.
    pub fn take_over(&self, mount: &Element, may_keep: bool) -> bool {
        let Some(server_mount) = self.server_mount.as_ref().filter(|server_mount| server_mount.is_connected()) else {
            return true;
        };
        if may_keep && !server_mount.has_attribute("data-placeholder") && looks_the_same(server_mount, mount) {
            return false;
        }
        // The reader's open sources, focus and scroll position go over to the new render.
        let place = ReaderPlace::capture(&self.root, server_mount);
        place.reopen(mount);
        let _ = server_mount.replace_with_with_node_1(mount);
        place.restore(mount);
        true
    }
}
