//! Where a card's data comes from: the page's own JSON (`<script type="application/json">` in the
//! card), else, with no live data to wait for, the compiled-in seed; and the live data's address
//! (`src`). A dataset is read once per page for every card that carries the same text.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::console;

use super::app::Content;
use super::fetch::DataUrl;
use super::host::Host;
use crate::dataset::{Dataset, SEED_JSON};

/// Distinct datasets kept read at once (a page rarely shows more than a few different cards).
const DATASETS_KEPT: usize = 8;

thread_local! {
    /// Datasets already read on this page, by their JSON text: twenty copies of one snippet are read
    /// once and share one `Dataset`.
    static READ: RefCell<VecDeque<(String, Rc<Dataset>)>> = const { RefCell::new(VecDeque::new()) };
}

/// What the card shows first, and the live data to fetch (`src`). The page's inline JSON, else the
/// compiled-in seed; with `src` and no inline JSON, nothing until the fetch ends. Bad data becomes
/// an error card and one console message that lists every problem.
pub fn read_data(host: &Host) -> (Option<Content>, Option<DataUrl>) {
    let live_data = match host.src().map(|src| DataUrl::resolve(&src, &host.base_url())) {
        Some(Err(reason)) => return (Some(report(host, vec![reason])), None),
        Some(Ok(url)) => Some(url),
        None => None,
    };
    let first = match read_first(host) {
        Some(Content::Problems { problems, .. }) => Some(report(host, problems)),
        other => other,
    };
    (first, live_data)
}

/// What a card shows before any fetch: the page's own JSON, else, with no live data to wait for,
/// the compiled-in seed.
pub fn read_first(host: &Host) -> Option<Content> {
    match host.inline_data() {
        Some(json) => Some(read_once(&json)),
        None if host.src().is_none() => Some(read_once(SEED_JSON)),
        None => None,
    }
}

/// Reads a dataset, or shares the one already read from the same text.
fn read_once(json: &str) -> Content {
    let known =
        READ.with(|read| read.borrow().iter().find(|(text, _)| text == json).map(|(_, dataset)| dataset.clone()));
    if let Some(dataset) = known {
        return Content::Card(dataset);
    }
    let content = Content::from_json(json);
    if let Content::Card(dataset) = &content {
        READ.with(|read| {
            let mut read = read.borrow_mut();
            if read.len() == DATASETS_KEPT {
                read.pop_front();
            }
            read.push_back((json.to_owned(), dataset.clone()));
        });
    }
    content
}

fn report(host: &Host, problems: Vec<String>) -> Content {
    console::error!(format!(
        "claims-card: the data in {} cannot be shown ({} problem{}):\n  {}",
        host.describe(),
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        problems.join("\n  ")
    ));
    Content::Problems { problems, fetch_failed: false }
}
