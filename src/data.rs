//! Where a card's data comes from: the page's own JSON (`<script type="application/json">` in the
//! card), else the live data's address (`src` or `data-src`), else the demo dataset where the page
//! asks for it (`data-seed`: `seed.json`, beside the loader), else an error card saying what to add.
//! The seed is a file, not compiled in: only the demo and frames ask for it, and every reader of
//! every other card would download it (4.3 KB brotli). A dataset is read once per page for every
//! card that carries the same text.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::console;

use super::app::Content;
use super::fetch::DataUrl;
use super::host::Host;
use super::loader;
use claims_card_data::dataset::Dataset;
use claims_card_view::card::Trouble;

/// Distinct datasets kept read at once (a page rarely shows more than a few different cards).
const DATASETS_KEPT: usize = 8;

thread_local! {
    /// Datasets already read on this page, by their JSON text: twenty copies of one snippet are read
    /// once and share one `Dataset`.
    static READ: RefCell<VecDeque<(Rc<str>, Rc<Dataset>)>> = const { RefCell::new(VecDeque::new()) };
}

/// What the card shows first, and the live data to fetch (`src` or `data-src`). The page's inline
/// JSON; else, with no live data either, the demo dataset (`seed.json`) if the page asked for it
/// (`data-seed`), or an error card saying the data did not arrive; with `src` and no inline JSON,
/// nothing until the fetch ends. Bad or missing data becomes an error card and one console message
/// that lists every problem.
pub fn read_data(host: &Host) -> (Option<Content>, Option<DataUrl>) {
    let live_data = match host.src().map(|src| DataUrl::resolve(&src, &host.base_url())) {
        Some(Err(reason)) => return (Some(report(host, vec![reason], Trouble::BadData)), None),
        Some(Ok(url)) => Some(url),
        None if host.inline_data().is_none() && host.asks_for_seed() => match seed_url() {
            Ok(url) => Some(url),
            Err(reason) => return (Some(report(host, vec![reason], Trouble::NoData)), None),
        },
        None => None,
    };
    let first = match read_first(host) {
        Some(Content::Problems { problems, trouble }) => Some(report(host, problems, trouble)),
        other => other,
    };
    (first, live_data)
}

/// What a card shows before any fetch: the page's own JSON; else nothing while its live data or
/// the seed is fetched, or why there is nothing to show.
pub fn read_first(host: &Host) -> Option<Content> {
    match host.inline_data() {
        Some(json) => Some(read_once(&json)),
        None if host.src().is_some() || host.asks_for_seed() => None,
        None => Some(Content::Problems { problems: vec![NO_DATA.to_owned()], trouble: Trouble::NoData }),
    }
}

/// The seed's address: `seed.json` in the folder the loader was served from, as every file of a
/// release (post-build writes it there).
fn seed_url() -> Result<DataUrl, String> {
    let here = loader::loader_url()
        .ok_or("data-seed: the demo dataset is read from beside embed.js, and this page did not load embed.js")?;
    DataUrl::resolve("seed.json", &here).map(DataUrl::into_seed)
}

/// What an editor reads when a card has no data: what to add. (A CMS's sanitizer that strips the
/// `<script>` and `src` leaves exactly this.)
const NO_DATA: &str = "no data: add data-src=\"https://…/data.json\" or a <script type=\"application/json\"> child \
                       (or data-seed for the demo dataset)";

/// Reads a dataset, or shares the one already read from the same text.
fn read_once(json: &str) -> Content {
    let known = READ.with(|read| {
        read.borrow().iter().find(|(text, _)| &**text == json).map(|(text, dataset)| (dataset.clone(), text.clone()))
    });
    if let Some((dataset, text)) = known {
        return Content::Card(dataset, text);
    }
    let content = Content::from_json(json);
    if let Content::Card(dataset, text) = &content {
        READ.with(|read| {
            let mut read = read.borrow_mut();
            if read.len() == DATASETS_KEPT {
                read.pop_front();
            }
            read.push_back((text.clone(), dataset.clone()));
        });
    }
    content
}

fn report(host: &Host, problems: Vec<String>, trouble: Trouble) -> Content {
    console::error!(format!(
        "claims-card: the data in {} cannot be shown ({} problem{}):\n  {}",
        host.describe(),
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        problems.join("\n  ")
    ));
    Content::Problems { problems, trouble }
}
