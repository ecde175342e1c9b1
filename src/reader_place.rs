//! Where the reader is in a card: the sources (`<details>`) they opened, the control that has the
//! keyboard focus, and where that control sits in the window. Read from the server's markup just before
//! the app's render replaces it (`host.rs`, `CardShadow::take_over`) and put back into that render,
//! so the takeover (a reader's first press of a footer button, an older snippet) neither closes
//! what they opened nor drops a screen reader's focus to `<body>`, nor moves the page. The measure
//! they chose is carried apart: `Host::chosen_measure` feeds the app's `initial_measure`.
//!
//! An element is matched between the two trees by its **landmark**, not by its position in the
//! card: its tag and class, the identifying attributes (`IDENTIFYING`) of itself and of every
//! element around it inside the mount (and every `<details>` around it, by class), and its index
//! among the elements of the mount with the same description. So the open source of Veldora's
//! ministry in the "killed" panel is `details.provenance < li.claim[data-claimant=…] <
//! section.panel[data-measure=killed]`, the first of that description; an earlier figure's source
//! has its own `data-claim`; a footer button is its `data-action`; a measure radio its
//! `data-measure` (the attribute: Yew sets `value` as a property, so the app's radio has no `value`
//! attribute). A claim added or removed elsewhere in a newer render moves no other landmark, where a
//! plain index among all `<details>` would open the wrong source. An element with no counterpart is
//! left alone.
//!
//! Every DOM call that can throw is a `Result` or `Option` here, and a failure only means the
//! reader's place is not carried over: the card itself is never at stake.

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, ShadowRoot};

/// The attributes that say which claim, claimant, measure or action an element belongs to.
const IDENTIFYING: [&str; 4] = ["data-measure", "data-claimant", "data-claim", "data-action"];

/// An element's description inside a mount, and its index among the mount's elements so described.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Landmark {
    tag: String,
    path: String,
    nth: usize,
}

/// What the reader had in the card being replaced.
pub struct ReaderPlace {
    open: Vec<Landmark>,
    /// What had the focus, and its top in the window (CSS pixels).
    focus: Option<(Landmark, f64)>,
}

impl ReaderPlace {
    /// Reads the reader's place in `mount` (the server's markup, still in the page) of `root`.
    pub fn capture(root: &ShadowRoot, mount: &Element) -> Self {
        let open = elements(mount, "details[open]").iter().filter_map(|details| landmark(mount, details)).collect();
        let focus = root
            .active_element()
            .filter(|focused| mount.contains(Some(focused)))
            .and_then(|focused| Some((landmark(mount, &focused)?, focused.get_bounding_client_rect().top())));
        Self { open, focus }
    }

    /// Opens the same sources in `mount` (the app's render, before it goes in the page: opening
    /// them there costs no second layout).
    pub fn reopen(&self, mount: &Element) {
        for details in self.open.iter().filter_map(|landmark| find(mount, landmark)) {
            let _ = details.set_attribute("open", "");
        }
    }

    /// Once `mount` is in the page in place of the markup: gives the focus back to the counterpart
    /// of what had it (without scrolling to it), and scrolls the page back if the swap moved it in
    /// the window. Only then: with the focus elsewhere the reader is not in the card, and the
    /// browser's scroll anchoring keeps what they read in place (undoing its correction for a card
    /// above them that grew would move their text).
    pub fn restore(&self, mount: &Element) {
        let Some((landmark, top)) = &self.focus else { return };
        let Some(focused) = find(mount, landmark) else { return };
        let moved = focused.get_bounding_client_rect().top() - top;
        if moved.abs() >= 0.5 {
            if let Some(window) = web_sys::window() {
                window.scroll_by_with_x_and_y(0.0, moved);
            }
        }
        if let Ok(focused) = focused.dyn_into::<HtmlElement>() {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = focused.focus_with_options(&options);
        }
    }
}

/// The elements of `mount` that `selector` matches, in document order.
fn elements(mount: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = mount.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|index| list.item(index)?.dyn_into::<Element>().ok()).collect()
}

/// `element`'s landmark in `mount`, if it is inside it.
fn landmark(mount: &Element, element: &Element) -> Option<Landmark> {
    if !mount.contains(Some(element)) || mount == element {
        return None;
    }
    let described = path(mount, element);
    let tag = element.local_name();
    let nth = elements(mount, &tag)
        .iter()
        .take_while(|other| *other != element)
        .filter(|other| path(mount, other) == described)
        .count();
    Some(Landmark { tag, path: described, nth })
}

/// The element of `mount` with `landmark`, if there is one.
fn find(mount: &Element, landmark: &Landmark) -> Option<Element> {
    elements(mount, &landmark.tag).into_iter().filter(|element| path(mount, element) == landmark.path).nth(landmark.nth)
}

/// `element`'s own description, then that of each element around it, up to `mount`, that says
/// which claim, claimant, measure or action it belongs to, or is a `<details>`.
fn path(mount: &Element, element: &Element) -> String {
    let mut parts = Vec::new();
    let mut current = Some(element.clone());
    while let Some(node) = current.filter(|node| node != mount) {
        let attributes: String =
            IDENTIFYING.iter().filter_map(|name| Some(format!("[{name}={:?}]", node.get_attribute(name)?))).collect();
        let tag = node.local_name();
        if &node == element || !attributes.is_empty() || tag == "details" {
            parts.push(format!("{tag}.{}{attributes}", node.class_name()));
        }
        current = node.parent_element();
    }
    parts.join(" < ")
}
