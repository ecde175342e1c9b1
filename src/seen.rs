//! Whether two renders of a card look the same to a reader: the same elements with the same
//! attributes, the same text, and the same state of every control.
//!
//! Not `isEqualNode`: Yew's browser renderer and the HTML parser build the same card differently.
//! The renderer sets an input's `value` and `checked` as properties (the parser's are attributes)
//! and keeps adjacent texts as separate nodes (the parser joins them). Neither changes what the
//! reader sees or where anything is, so neither counts here.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

/// True when the children of `a` and of `b` look the same to a reader.
pub fn looks_the_same(a: &Element, b: &Element) -> bool {
    let (mut seen_a, mut seen_b) = (String::new(), String::new());
    describe_children(a, &mut seen_a);
    describe_children(b, &mut seen_b);
    seen_a == seen_b
}

fn describe_children(node: &Node, out: &mut String) {
    let children = node.child_nodes();
    for index in 0..children.length() {
        if let Some(child) = children.item(index) {
            describe(&child, out);
        }
    }
}

/// Appends what a reader sees of `node`: its text (adjacent texts simply run on, as they read), or
/// its tag, its attributes in sorted order, the live state of an input, and its children.
fn describe(node: &Node, out: &mut String) {
    match node.node_type() {
        Node::TEXT_NODE => out.push_str(&node.text_content().unwrap_or_default().replace('<', "&lt;")),
        Node::ELEMENT_NODE => {
            let Some(element) = node.dyn_ref::<Element>() else { return };
            let input = element.dyn_ref::<HtmlInputElement>();
            let names = element.get_attribute_names();
            let mut attributes: Vec<String> = Vec::new();
            let mut add = |attribute: String| {
                // Kept in order as they come (a sort would cost the wasm 3 KB): attribute order is
                // not something a reader sees.
                let place = attributes.partition_point(|earlier| *earlier < attribute);
                attributes.insert(place, attribute);
            };
            for name in names.iter().filter_map(|name| name.as_string()) {
                // An input's value and checked state are read from the input itself, below.
                if input.is_none() || (name != "value" && name != "checked") {
                    add(format!("{name}=\"{}\"", quoted(&element.get_attribute(&name).unwrap_or_default())));
                }
            }
            if let Some(input) = input {
                add(format!("value:\"{}\"", quoted(&input.value())));
                add(format!("checked:{}", input.checked()));
            }
            out.push('<');
            out.push_str(&element.tag_name());
            for attribute in attributes {
                out.push(' ');
                out.push_str(&attribute);
            }
            out.push('>');
            describe_children(node, out);
            out.push_str("</>");
        }
        // Comments and the like are never shown.
        _ => {}
    }
}

fn quoted(value: &str) -> String {
    value.replace('"', "&quot;")
}
