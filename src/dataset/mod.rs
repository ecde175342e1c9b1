//! The validated model of a dataset: everything the card may show, and nothing it may not.
//!
//! `Dataset::from_json` is the only way in: serde reads the text into the published format's types
//! (`crate::format`), and `validate` checks the decoded document and builds the model, reporting every
//! problem with its JSON path. So every `Claim` holds the `Party` it is about and the
//! `Source` that reported it (no dangling ids), and every number carries its bound and its date.
//! The model knows nothing of HTML or the DOM.

mod date;
mod error;
mod figure;
mod seed;
mod text;
mod url;
mod validate;

use std::rc::Rc;

use crate::locale::Locale;

/// What a claim counts and who: the format's words are the model's too.
pub use crate::format::{Group, Measure, FORMAT_VERSION};
pub use date::CalendarDate;
pub use error::{DatasetError, FieldError, MAX_DOCUMENT_BYTES};
pub use figure::{Figure, Range};
pub use seed::SEED_JSON;
pub use text::Text;
pub use url::SafeUrl;

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub id: String,
    /// The language the dataset's plain strings are written in.
    pub language: Locale,
    /// Translations the editors have not yet reviewed; the card says so to their readers.
    pub unreviewed_translations: Vec<Locale>,
    pub kicker: Option<Text>,
    pub title: Text,
    pub dek: Option<Text>,
    pub event: EventDates,
    parties: Vec<Rc<Party>>,
    sources: Vec<Rc<Source>>,
    claims: Vec<Claim>,
    pub context: Vec<ContextLine>,
    pub notes: Vec<Text>,
    /// The last day the data was changed; required once there are corrections.
    pub updated: Option<CalendarDate>,
    /// What was corrected after publication, and when.
    pub corrections: Vec<Correction>,
}

/// A correction note shown on the card: "29 September 2023: the wounded figure was revised."
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub date: CalendarDate,
    pub text: Text,
}

/// When the events the claims are about took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventDates {
    pub start: CalendarDate,
    /// Not before `start`.
    pub end: Option<CalendarDate>,
}

/// A side whose losses are claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub id: String,
    pub name: Text,
    /// Position in the dataset, from 0: gives the party its place and its accent on the card.
    pub slot: usize,
}

/// Where a claim was reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub outlet: String,
    pub author: Option<String>,
    pub title: Option<String>,
    /// How the outlet is described ("state-run, citing the Health Ministry").
    pub description: Option<Text>,
    pub published: Option<CalendarDate>,
    /// Only `http:` and `https:` links exist; a source without one is shown without a link.
    pub url: Option<SafeUrl>,
    /// The outlet through which this source reached us, when we did not read it first-hand.
    pub via: Option<Rc<Source>>,
}

/// One figure that one claimant gave about one party's losses.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    /// Whose losses.
    pub party: Rc<Party>,
    /// Who says so, in the source's attribution ("Azerbaijan's Health Ministry").
    pub claimant: Text,
    pub measure: Measure,
    pub group: Group,
    pub figure: Figure,
    /// The source's own hedge, kept beside the number ("allegedly").
    pub hedge: Option<Text>,
    pub as_of: AsOf,
    pub source: Rc<Source>,
    /// The source's own sentence, in the source's language: never translated.
    pub quote: String,
    pub note: Option<Text>,
    /// The figure shown in the party's comparison row; the others form the breakdown.
    pub headline: bool,
}

/// The date a figure carries: the day it describes, or the day by which it had been reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    RefersTo(CalendarDate),
    ReportedBy(CalendarDate),
}

impl AsOf {
    pub fn date(self) -> CalendarDate {
        match self {
            AsOf::RefersTo(date) | AsOf::ReportedBy(date) => date,
        }
    }
}

/// A dated line of background: not a party's loss, so never drawn as a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextLine {
    pub date: Option<CalendarDate>,
    pub text: Text,
    pub source: Option<Rc<Source>>,
}

impl Dataset {
    /// Reads and validates a JSON document. Every problem is reported, each with its JSON path.
    pub fn from_json(text: &str) -> Result<Self, DatasetError> {
        validate::dataset_from_json(text)
    }

    pub fn parties(&self) -> &[Rc<Party>] {
        &self.parties
    }

    pub fn sources(&self) -> &[Rc<Source>] {
        &self.sources
    }

    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// The measures that have at least one claim, in the card's order.
    pub fn measures(&self) -> Vec<Measure> {
        Measure::ALL.into_iter().filter(|measure| self.claims.iter().any(|claim| claim.measure == *measure)).collect()
    }

    /// The figure in a party's comparison row for a measure: the latest of its headline figures.
    /// `None` when the party reported none.
    pub fn headline(&self, party: &Party, measure: Measure) -> Option<&Claim> {
        self.headlines(party, measure).max_by_key(|claim| claim.as_of.date())
    }

    /// Earlier headline figures the party gave for a measure, newest first: what the current one revised.
    pub fn earlier_headlines(&self, party: &Party, measure: Measure) -> Vec<&Claim> {
        let latest = self.headline(party, measure).map(|claim| claim.as_of.date());
        let mut earlier: Vec<&Claim> = Vec::new();
        for claim in self.headlines(party, measure).filter(|claim| Some(claim.as_of.date()) != latest) {
            // Each put in its place: a party revises a figure once or twice, and this keeps the standard
            // library's sort (1 KB brotli) out of the wasm. No two share a date: the reader refuses that.
            let place = earlier.partition_point(|newer| newer.as_of.date() > claim.as_of.date());
            earlier.insert(place, claim);
        }
        earlier
    }

    fn headlines<'a>(&'a self, party: &Party, measure: Measure) -> impl Iterator<Item = &'a Claim> + 'a {
        let party_id = party.id.clone();
        self.claims.iter().filter(move |claim| claim.headline && claim.measure == measure && claim.party.id == party_id)
    }

    /// The party's other figures for a measure, in the dataset's order.
    pub fn breakdown<'a>(&'a self, party: &'a Party, measure: Measure) -> impl Iterator<Item = &'a Claim> + 'a {
        self.claims.iter().filter(move |claim| !claim.headline && claim.measure == measure && *claim.party == *party)
    }

    /// The largest extent among a measure's current headline figures: the end of the shared scale.
    pub fn scale_max(&self, measure: Measure) -> Option<u64> {
        self.parties
            .iter()
            .filter_map(|party| self.headline(party, measure))
            .filter_map(|claim| claim.figure.extent())
            .max()
            .filter(|max| *max > 0)
    }
}
