//! Yew's virtual DOM (`Html`) made real with the DOM's own constructors: `createElement`,
//! `setAttribute`, `createTextNode`.
//!
//! The card holds no state and no listeners (card/mod.rs), so the browser needs none of Yew's
//! client runtime (its scheduler, diffing and event registry: about 80 KB of the wasm) to show it,
//! only this walk over the tree. It writes what Yew's server renderer writes (the `value` and
//! `checked` of an input, then the attributes in order), so a card built here and one parsed from
//! the server snippet are the same DOM. No HTML string is ever parsed, so a page that enforces
//! Trusted Types needs no policy for the card.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};
use yew::virtual_dom::{VNode, VTag};
use yew::Html;

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Replaces everything inside `parent` with `html`.
pub fn replace_children(parent: &Element, html: &Html) -> Result<(), String> {
    let document = parent.owner_document().ok_or("the card has no document")?;
    // Not an HTML sink: removes the children and adds nothing.
    parent.set_text_content(None);
    append(&document, parent, html, None).map_err(|_| "the browser refused to build the card's markup".to_owned())?;
    // Adjacent texts (`{ "a" }{ " · " }`) as one node, as the HTML parser makes them from the server's
    // markup, so the two compare equal (`isEqualNode`, embed/host.rs).
    parent.normalize();
    Ok(())
}

/// Appends the nodes of `html` to `parent`; `namespace` is set inside `<svg>`.
fn append(document: &Document, parent: &Node, html: &Html, namespace: Option<&str>) -> Result<(), JsValue> {
    match html {
        VNode::VTag(tag) => {
            let element = element(document, tag, namespace)?;
            parent.append_child(&element)?;
        }
        VNode::VText(text) => {
            parent.append_child(&document.create_text_node(&text.text))?;
        }
        VNode::VList(list) => {
            for child in list.iter() {
                append(document, parent, child, namespace)?;
            }
        }
        // The card's markup is tags, text and lists (card/); a component, portal, node reference,
        // suspense or raw HTML there is a programming error, reported rather than drawn half.
        VNode::VComp(_) | VNode::VPortal(_) | VNode::VRef(_) | VNode::VSuspense(_) | VNode::VRaw(_) => {
            return Err(JsValue::from_str("unsupported node"));
        }
    }
    Ok(())
}

fn element(document: &Document, tag: &VTag, namespace: Option<&str>) -> Result<Element, JsValue> {
    let namespace = if tag.tag() == "svg" { Some(SVG_NAMESPACE) } else { namespace };
    let element = match namespace {
        Some(namespace) => document.create_element_ns(Some(namespace), tag.tag())?,
        None => document.create_element(tag.tag())?,
    };
    if let Some(value) = tag.value() {
        element.set_attribute("value", value)?;
    }
    // As an attribute, as the server writes it: the radio's default, which a form reset returns to.
    if tag.checked() == Some(true) {
        element.set_attribute("checked", "")?;
    }
    for (name, value) in tag.attributes.iter() {
        element.set_attribute(name, value)?;
    }
    if let Some(children) = tag.children() {
        append(document, &element, children, namespace)?;
    }
    Ok(element)
}
