//! A live card's line under its title: after the card re-read its data and the figures changed,
//! "Updated 14:05: Russia · Killed and wounded: 791,830 soldiers … (+1,830 since 21 December 2024)"; when its data has
//! not been read for longer than the editor allows, how old its figures are.
//!
//! The line is a polite status region, present (empty) from the card's first render in the
//! browser, so a screen reader says each update once, when it arrives; and it keeps one line's
//! room while empty, so the first update moves nothing below it. The server never renders it: a
//! pasted card is not live until its wasm runs.

use std::rc::Rc;

use yew::prelude::*;

use crate::words::phrase;
use crate::words::{fill, Locale, LocaleWords};
use claims_card_data::dataset::Claim;

/// The changes a live card names before "and 2 more".
const CHANGES_NAMED: usize = 3;

/// What a live card says about its data's freshness.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveStatus {
    /// The last read that changed the card's data.
    pub update: Option<LiveUpdate>,
    /// Minutes since the data was last read, once that is longer than the editor allows.
    pub stale_minutes: Option<u32>,
}

/// A read that changed the card's data: when, on the reader's clock, and the figures it changed.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveUpdate {
    pub hour: u8,
    pub minute: u8,
    /// New figures, and figures whose number or date changed (`Dataset::changed_since`); empty when
    /// only text (a note, a source) changed.
    pub changed: Vec<Rc<Claim>>,
}

/// The line itself. A function, not a component: it has no state and changes only with the card.
pub(super) fn live_line(status: &LiveStatus, locale: Locale) -> Html {
    let words = locale.words();
    html! {
        <div class="live">
            <p class="live-update" role="status">
                if let Some(update) = &status.update {
                    { update_line(update, locale) }
                }
            </p>
            if let Some(minutes) = status.stale_minutes {
                <p class="live-stale">{ fill(words.live_stale, &[("age", &words.age(locale, minutes))]) }</p>
            }
        </div>
    }
}

/// "Updated 14:05: Russia · Killed and wounded: 791,830 soldiers, according to … (+1,830 since 21
/// December 2024); … and 2 more".
pub fn update_line(update: &LiveUpdate, locale: Locale) -> String {
    let words = locale.words();
    let time = format!("{:02}:{:02}", update.hour, update.minute);
    let updated = fill(words.live_updated, &[("time", &time)]);
    let named: Vec<String> = update.changed.iter().take(CHANGES_NAMED).map(|claim| changed(claim, locale)).collect();
    if named.is_empty() {
        return updated;
    }
    let mut line = format!("{updated}: {}", named.join("; "));
    let more = update.changed.len().saturating_sub(CHANGES_NAMED);
    if more > 0 {
        line = format!("{line} {}", fill(words.live_more, &[("n", &words.count(more as u64))]));
    }
    line
}

/// "Russia · Killed and wounded: 791,830 soldiers, according to … (+1,830 since 21 December 2024)".
fn changed(claim: &Claim, locale: Locale) -> String {
    let words = locale.words();
    let whose = phrase::whose(claim, locale);
    let measure = (words.measure_names)(claim.measure);
    let according_to = words.according_to(claim.claimant.name.get(locale));
    let said = format!("{whose} · {measure}: {}, {according_to}", phrase::figure(claim, locale));
    match phrase::change(claim, &[], locale) {
        Some(change) => format!("{said} ({change})"),
        None => said,
    }
}
