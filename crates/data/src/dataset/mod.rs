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
mod invisible;
mod path;
mod seed;
mod text;
mod url;
mod validate;

use std::rc::Rc;

use crate::locale::Locale;

/// What a claim counts and who: the format's words are the model's too.
pub use crate::format::{Group, Measure, Method, Missing, FORMAT_VERSION, FORMAT_VERSIONS};
pub use date::CalendarDate;
pub use error::{shortened, DatasetError, FieldError, MAX_DOCUMENT_BYTES};
pub use figure::{Figure, Range};
pub use invisible::{has_visible, is_invisible};
pub use path::{FieldPath, Step};
pub use seed::SEED_JSON;
pub use text::Text;
pub use url::SafeUrl;
pub use validate::{over_a_list_limit, over_the_size_limit, UPGRADE_NOTE};

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
    /// The editor's own standing line, in place of the one the card writes from the claimants.
    pub standing_line: Option<Text>,
    pub event: EventDates,
    /// The format version the document was written in: 1 cannot say what a claimant is to a party.
    pub format_version: u64,
    /// What a party with no claim for a measure gets: a row saying so (the default), or no row.
    pub missing: Missing,
    parties: Vec<Rc<Party>>,
    sources: Vec<Rc<Source>>,
    /// Shared, so that the card's components hold a claim without copying it.
    claims: Vec<Rc<Claim>>,
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
    /// What its row shows where it has no figure for a measure, in place of the dataset's choice.
    pub missing: Option<Missing>,
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
    /// The language of the piece (its outlet's name, author, title and the quotes from it) as a
    /// BCP 47 tag: the one the source gives, else the dataset's.
    pub language: String,
}

/// Who makes claims: one party's government or forces, an independent body, or an outside party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimant {
    /// Format 2: the claimant's id. Format 1: its name in the dataset's language, so that two claims
    /// share a claimant when that text is the same.
    pub id: String,
    /// In the form the card's "according to …" phrase needs.
    pub name: Text,
    pub stance: Stance,
    /// The editor's label for its figures, in place of the card's relation label ("Own figure").
    pub label: Option<Text>,
}

/// What a claimant is, as its document says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stance {
    /// Format 1 cannot say.
    Unstated,
    /// Speaks for the party with this id; `outside` when that party is outside the conflict (a
    /// peacekeeping force), so that its claims about others are not counter-claims.
    Party { party: String, outside: bool },
    /// Speaks for no party: a UN mission, a monitoring group, journalists counting names.
    Independent,
    /// Outside the conflict, with no losses of its own on the card.
    Outside,
}

/// The period a figure covers, when it is not the whole conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// "in 2024".
    Year(u16),
    /// "over the past 12 months", up to the figure's date.
    PastMonths(u16),
    /// From one day to another, both included.
    Dates { from: CalendarDate, to: CalendarDate },
}

/// What a claim's claimant is to the party whose losses it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The party's own figure.
    Own,
    /// The other side's figure: a counter-claim.
    Opposing,
    /// An independent estimate.
    Independent,
    /// A claim by a party outside the conflict.
    Outside,
    /// Format 1: the claimant is shown by name only.
    Unstated,
}

/// One figure that one claimant gave about one party's losses.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    /// Whose losses: for a figure covering several parties together, the first of them.
    pub party: Rc<Party>,
    /// The other parties a figure covers together with `party`; empty for one party's figure. Such a
    /// figure is shown once, outside every party's row, and never added to anything.
    pub with: Vec<Rc<Party>>,
    /// Who says so ("Azerbaijan's Health Ministry").
    pub claimant: Rc<Claimant>,
    pub measure: Measure,
    pub group: Group,
    pub figure: Figure,
    /// The words of a figure given in words only (`Figure::InWords`): "tens of thousands".
    pub in_words: Option<Text>,
    /// The period the figure covers, when it is not the whole conflict.
    pub period: Option<Period>,
    /// The source's own hedge, kept beside the number ("allegedly").
    pub hedge: Option<Text>,
    /// How the figure was arrived at, where the source says.
    pub method: Option<Method>,
    pub as_of: AsOf,
    pub source: Rc<Source>,
    /// The source's own sentence, in the source's language: never translated.
    pub quote: String,
    pub note: Option<Text>,
    /// A figure shown in the party's comparison row; the others form the breakdown.
    pub headline: bool,
    /// Format 2: the editor chose this claim's claimant to lead the party's row.
    pub lead: bool,
    /// The claimant's earlier reports of this running count, oldest first, all before `as_of`.
    pub series: Vec<SeriesPoint>,
    /// The figure is below the series' last report because the claimant corrected it.
    pub correction: bool,
}

/// One earlier report of a running count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesPoint {
    pub date: CalendarDate,
    pub value: u64,
    /// It corrected the report before it downward.
    pub correction: bool,
}

/// At most `max` of a running count's reports, for drawing: the first, the last, and in between the
/// last report of each of `max - 2` equal stretches of time, so a step line through them keeps the
/// count's shape (it only ever holds until the next report) however many reports there are.
pub fn downsample(reports: &[(CalendarDate, u64)], max: usize) -> Vec<(CalendarDate, u64)> {
    if reports.len() <= max || max < 3 {
        return reports.to_vec();
    }
    let (first, last) = (reports[0], reports[reports.len() - 1]);
    let (start, span) = (first.0.days(), (last.0.days() - first.0.days()).max(1));
    let buckets = (max - 2) as i64;
    let mut kept = vec![first];
    let mut bucket_of_kept = -1;
    for report in &reports[1..reports.len() - 1] {
        let bucket = (report.0.days() - start) * buckets / span;
        if bucket == bucket_of_kept {
            // A later report in the same stretch replaces the one kept for it.
            *kept.last_mut().expect("the first report is kept") = *report;
        } else {
            kept.push(*report);
            bucket_of_kept = bucket;
        }
    }
    kept.push(last);
    kept
}

/// One method's scale among a measure's `Dataset::scales`: where its bars end.
pub fn scale_of(scales: &[(Option<Method>, Option<u64>)], method: Option<Method>) -> Option<u64> {
    scales.iter().find(|(known, _)| *known == method).and_then(|(_, max)| *max)
}

/// How a figure moved since its claimant's report before it: "+1,830 since 21 December 2024".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub delta: i64,
    pub since: CalendarDate,
}

impl Claim {
    /// The figure's one number, for a figure that has one (not a range, words or no figure).
    pub fn single_value(&self) -> Option<u64> {
        match self.figure {
            Figure::Range(_) | Figure::InWords | Figure::NotReported => None,
            figure => figure.extent(),
        }
    }

    /// Every report of a running count, oldest first: its series, then the figure itself. Empty for a
    /// figure with no single number.
    pub fn reports(&self) -> Vec<(CalendarDate, u64)> {
        let Some(latest) = self.single_value() else { return Vec::new() };
        let mut reports: Vec<(CalendarDate, u64)> = self.series.iter().map(|point| (point.date, point.value)).collect();
        reports.push((self.as_of.date(), latest));
        reports
    }

    /// The change since the claimant's report before this one: the series' last, or the newest of the
    /// earlier figures it revised (`earlier`, newest first), whichever is later. None when there is none,
    /// or when either has no single number to subtract.
    pub fn change(&self, earlier: &[&Rc<Claim>]) -> Option<Change> {
        let from_series = self.series.last().map(|point| (point.date, Some(point.value)));
        let from_claims = earlier.first().map(|claim| (claim.as_of.date(), claim.single_value()));
        let (since, previous) = match (from_series, from_claims) {
            (Some(series), Some(claims)) => {
                if claims.0 > series.0 {
                    claims
                } else {
                    series
                }
            }
            (one, other) => one.or(other)?,
        };
        let delta = self.single_value()? as i64 - previous? as i64;
        Some(Change { delta, since })
    }
}

impl Claim {
    /// What the claimant is to the party whose losses these are. A figure covering several parties is
    /// nobody's own figure and nobody's counter-claim.
    pub fn relation(&self) -> Relation {
        match &self.claimant.stance {
            Stance::Party { outside: false, .. } if !self.with.is_empty() => Relation::Unstated,
            Stance::Unstated => Relation::Unstated,
            Stance::Party { party, .. } if *party == self.party.id => Relation::Own,
            Stance::Party { outside: true, .. } | Stance::Outside => Relation::Outside,
            Stance::Party { .. } => Relation::Opposing,
            Stance::Independent => Relation::Independent,
        }
    }
}

/// One claimant's headline figures for one party and measure: its current figure, and the earlier ones
/// it revised, newest first. Revisions exist only within one claimant.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimantFigures<'a> {
    pub current: &'a Rc<Claim>,
    pub earlier: Vec<&'a Rc<Claim>>,
}

/// A party's row for a measure: the claimant the editor chose to lead (by default the party's own), then
/// every other claimant's figure for the same losses, in the dataset's order. Never summed or merged.
#[derive(Debug, Clone, PartialEq)]
pub struct RowClaims<'a> {
    pub lead: ClaimantFigures<'a>,
    pub competing: Vec<ClaimantFigures<'a>>,
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

    pub fn claims(&self) -> &[Rc<Claim>] {
        &self.claims
    }

    /// The claims this dataset has that `before` (the same card's data as the reader last saw it) did
    /// not, or had with another figure or date: what a live card says changed. A figure a newer one
    /// revised is not listed unless it changed itself.
    pub fn changed_since(&self, before: &Dataset) -> Vec<Rc<Claim>> {
        let unchanged = |claim: &Claim| {
            before.claims.iter().any(|old| {
                old.id == claim.id
                    && old.figure == claim.figure
                    && old.as_of == claim.as_of
                    && old.in_words == claim.in_words
            })
        };
        self.claims.iter().filter(|claim| !unchanged(claim)).cloned().collect()
    }

    /// The measures that have at least one claim, in the card's order.
    pub fn measures(&self) -> Vec<Measure> {
        Measure::ALL.into_iter().filter(|measure| self.claims.iter().any(|claim| claim.measure == *measure)).collect()
    }

    /// A party's row for a measure: every claimant's headline figures, the lead first. `None` when the
    /// party has no headline claim for the measure.
    pub fn row(&self, party: &Party, measure: Measure) -> Option<RowClaims<'_>> {
        let mut groups: Vec<ClaimantFigures<'_>> = Vec::new();
        for claim in self.headlines(party, measure) {
            // A revision is a later figure from the same claimant for the same group and period by the
            // same method:
            // "3,330 people" does not revise "2,425 service members", nor a statistical estimate a count
            // of named dead; each stays beside the other as a figure of its own.
            let same = |figures: &&mut ClaimantFigures<'_>| {
                let current = figures.current;
                current.claimant.id == claim.claimant.id
                    && current.group == claim.group
                    && current.method == claim.method
                    && current.period == claim.period
            };
            match groups.iter_mut().find(same) {
                Some(group) => {
                    let older = if claim.as_of.date() > group.current.as_of.date() {
                        std::mem::replace(&mut group.current, claim)
                    } else {
                        claim
                    };
                    // Each put in its place: a claimant revises a figure once or twice, and this keeps the
                    // standard library's sort (1 KB brotli) out of the wasm. No two share a date: the reader
                    // refuses that.
                    let place = group.earlier.partition_point(|newer| newer.as_of.date() > older.as_of.date());
                    group.earlier.insert(place, older);
                }
                None => groups.push(ClaimantFigures { current: claim, earlier: Vec::new() }),
            }
        }
        let leads = |group: &ClaimantFigures<'_>, pick: fn(&Claim) -> bool| {
            pick(group.current) || group.earlier.iter().any(|claim| pick(claim))
        };
        // The editor's choice, else the party's own figure, else the first claimant written.
        let lead = groups
            .iter()
            .position(|group| leads(group, |claim| claim.lead))
            .or_else(|| groups.iter().position(|group| leads(group, |claim| claim.relation() == Relation::Own)))
            .unwrap_or(0);
        if groups.is_empty() {
            return None;
        }
        let lead = groups.remove(lead);
        Some(RowClaims { lead, competing: groups })
    }

    /// The figure that leads a party's comparison row for a measure: its lead claimant's latest.
    /// `None` when the party has no headline figure for it.
    pub fn headline(&self, party: &Party, measure: Measure) -> Option<&Rc<Claim>> {
        self.row(party, measure).map(|row| row.lead.current)
    }

    /// The lead claimant's earlier headline figures for a measure, newest first: what its current one revised.
    pub fn earlier_headlines(&self, party: &Party, measure: Measure) -> Vec<&Rc<Claim>> {
        self.row(party, measure).map(|row| row.lead.earlier).unwrap_or_default()
    }

    fn headlines<'a>(&'a self, party: &Party, measure: Measure) -> impl Iterator<Item = &'a Rc<Claim>> + 'a {
        let party_id = party.id.clone();
        self.claims.iter().filter(move |claim| {
            claim.headline && claim.with.is_empty() && claim.measure == measure && claim.party.id == party_id
        })
    }

    /// The party's other figures for a measure, in the dataset's order.
    pub fn breakdown<'a>(&'a self, party: &'a Party, measure: Measure) -> impl Iterator<Item = &'a Rc<Claim>> + 'a {
        self.claims.iter().filter(move |claim| {
            !claim.headline && claim.with.is_empty() && claim.measure == measure && *claim.party == *party
        })
    }

    /// Whether a party has any figure at all for a measure, in its row or its breakdown.
    pub fn has_figures(&self, party: &Party, measure: Measure) -> bool {
        self.row(party, measure).is_some() || self.breakdown(party, measure).next().is_some()
    }

    /// What a party's row shows where it has no figure for a measure: the party's own choice, else the
    /// dataset's.
    pub fn missing_for(&self, party: &Party) -> Missing {
        party.missing.unwrap_or(self.missing)
    }

    /// A measure's figures that cover several parties together, in the dataset's order: shown once,
    /// outside every party's row.
    pub fn joint(&self, measure: Measure) -> impl Iterator<Item = &Rc<Claim>> + '_ {
        self.claims.iter().filter(move |claim| !claim.with.is_empty() && claim.measure == measure)
    }

    /// A measure's scales, one per method its bars are drawn for, in the order the rows first give each:
    /// the largest extent among the current headline figures counted that way, every claimant's
    /// (`None` where all are zero). Competing claims counted the same way are drawn on one scale; a
    /// count of named dead is never drawn on an estimate's scale, nor an official toll on a statistical
    /// model's. One pass over the rows serves the card's panel and the image alike.
    pub fn scales(&self, measure: Measure) -> Vec<(Option<Method>, Option<u64>)> {
        let mut scales: Vec<(Option<Method>, Option<u64>)> = Vec::new();
        for row in self.parties.iter().filter_map(|party| self.row(party, measure)) {
            for figures in std::iter::once(row.lead).chain(row.competing) {
                let claim = figures.current;
                let Some(extent) = claim.figure.extent() else { continue };
                let extent = Some(extent).filter(|extent| *extent > 0);
                match scales.iter_mut().find(|(method, _)| *method == claim.method) {
                    Some((_, max)) => *max = (*max).max(extent),
                    None => scales.push((claim.method, extent)),
                }
            }
        }
        scales
    }

    /// The end of a measure's scale for one method: its largest current headline figure counted that
    /// way (`scales`).
    pub fn scale_max(&self, measure: Measure, method: Option<Method>) -> Option<u64> {
        scale_of(&self.scales(measure), method)
    }
}
