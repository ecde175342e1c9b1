//! The page's `MutationObserver`: tells which elements were added under a root, and whether any
//! were removed. Dropping the observer disconnects it and frees its callback.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord, Node};

/// What one batch of the page's changes did.
pub struct Changes {
    /// Elements added (and still in the page), in the order they were added.
    pub added: Vec<Element>,
    /// True when anything was removed.
    pub removed_any: bool,
}

pub struct PageObserver {
    observer: MutationObserver,
    // Held so the browser can call it; freed with the observer.
    _on_change: Closure<dyn FnMut(Array)>,
}

impl PageObserver {
    /// Observes `root` and its whole subtree for children added and removed.
    pub fn new(root: &Element, mut on_change: impl FnMut(Changes) + 'static) -> Option<Self> {
        let on_change = Closure::<dyn FnMut(Array)>::new(move |records: Array| {
            let mut changes = Changes { added: Vec::new(), removed_any: false };
            for record in records.iter().filter_map(|record| record.dyn_into::<MutationRecord>().ok()) {
                let added = record.added_nodes();
                for index in 0..added.length() {
                    // A node added and removed again before the observer ran (a framework's
                    // re-render) is left out.
                    if let Some(element) = added.item(index).and_then(|node: Node| node.dyn_into::<Element>().ok()) {
                        if element.is_connected() {
                            changes.added.push(element);
                        }
                    }
                }
                changes.removed_any |= record.removed_nodes().length() > 0;
            }
            on_change(changes);
        });
        let observer = MutationObserver::new(on_change.as_ref().unchecked_ref()).ok()?;
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        observer.observe_with_options(root, &options).ok()?;
        Some(Self { observer, _on_change: on_change })
    }
}

impl Drop for PageObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
