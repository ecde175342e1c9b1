//! The phrases every form of the card says about a claim, built in one place: the figure with what it
//! counts ("at least 200 people allegedly"), who claims it ("according to …"), as of when, and the
//! outlet it was reported by and reached us through. The interactive card, the plain form, the static
//! image and its alt text take these phrases and add only their own punctuation and markup, so the same
//! claim never reads differently in two forms.

use std::rc::Rc;

use crate::words::LocaleWords;
use crate::words::{fill, Locale, Words};
use claims_card_data::dataset::{Claim, ContextLine, Dataset, Figure, Method, Relation, Source, Stance};

/// What a figure counts, after its number: "people", "service members allegedly", "soldiers over the
/// past 12 months", "people, central estimate 64,260"; for a figure that was not reported, the words
/// that say so (never a zero).
pub fn counted(claim: &Claim, locale: Locale) -> String {
    let words = locale.words();
    let mut counted = match claim.figure {
        Figure::NotReported => words.not_reported.to_owned(),
        _ => group(claim, locale),
    };
    if let Some(hedge) = &claim.hedge {
        counted = format!("{counted} {}", hedge.get(locale));
    }
    if let Some(central) = central(claim, locale) {
        counted = format!("{counted}, {central}");
    }
    if let Some(period) = period(claim, locale) {
        counted = format!("{counted} {period}");
    }
    counted
}

/// What is counted, agreeing with the figure: "people"; after a figure in words, with what joins them
/// ("of fighters" in "hundreds of fighters").
pub fn group(claim: &Claim, locale: Locale) -> String {
    let words = locale.words();
    let group = words.group(locale, claim.group, claim.figure);
    match claim.figure {
        Figure::InWords if !words.in_words_after.is_empty() => format!("{} {group}", words.in_words_after),
        _ => group.to_owned(),
    }
}

/// The number with its qualifier ("at least 200", "10–20"), or the source's words where it gave no
/// number ("tens of thousands"); empty for a figure that was not reported.
pub fn number(claim: &Claim, locale: Locale) -> String {
    match (claim.figure, &claim.in_words) {
        (Figure::InWords, Some(in_words)) => in_words.get(locale).to_owned(),
        (Figure::NotReported, _) => String::new(),
        (figure, _) => locale.words().figure(figure),
    }
}

/// The figure split around its number, so the number can be set large and the qualifier small:
/// ("at least ", "200", ""); a figure in words is all number.
pub fn figure_parts(claim: &Claim, locale: Locale) -> (String, String, String) {
    match claim.figure {
        Figure::InWords => (String::new(), number(claim, locale), String::new()),
        figure => locale.words().figure_parts(figure),
    }
}

/// The figure in words: "at least 200 people", "192 service members allegedly", "tens of thousands of
/// soldiers in 2024", "not reported".
pub fn figure(claim: &Claim, locale: Locale) -> String {
    match claim.figure {
        Figure::NotReported => counted(claim, locale),
        _ => format!("{} {}", number(claim, locale), counted(claim, locale)),
    }
}

/// The figure as a screen reader should say it: a range in words ("900 to 1,400 soldiers"), a number
/// grouped by spaces ungrouped ("около 1150 солдат"), any other figure as `figure` gives it.
pub fn figure_heard(claim: &Claim, locale: Locale) -> String {
    let words = locale.words();
    match (words.number_spoken(claim.figure), claim.figure) {
        (Some(spoken), Figure::Range(_)) => format!("{spoken} {}", counted(claim, locale)),
        (Some(spoken), _) => {
            let (before, _, after) = figure_parts(claim, locale);
            format!("{before}{spoken}{after} {}", counted(claim, locale))
        }
        (None, _) => figure(claim, locale),
    }
}

/// The change since the claimant's report before this figure (its series' last, or the newest figure
/// it revised, `earlier`, newest first): "+1,830 since 21 December 2024".
pub fn change(claim: &Claim, earlier: &[&Rc<Claim>], locale: Locale) -> Option<String> {
    claim.change(earlier).map(|change| locale.words().change(change))
}

/// A series' first report and how many came before the latest: "first report: 700,000 soldiers,
/// 1 January 2024 · 365 earlier reports".
pub fn first_report(claim: &Claim, locale: Locale) -> Option<String> {
    let words = locale.words();
    let first = claim.series.first()?;
    let figure = match claim.figure {
        Figure::Exact(_) => Figure::Exact(first.value),
        Figure::About(_) => Figure::About(first.value),
        Figure::AtLeast(_) => Figure::AtLeast(first.value),
        Figure::MoreThan(_) => Figure::MoreThan(first.value),
        Figure::UpTo(_) => Figure::UpTo(first.value),
        Figure::Nearly(_) => Figure::Nearly(first.value),
        // The validator allows a series only beside one number.
        _ => return None,
    };
    let counted = format!("{} {}", words.figure(figure), words.group(locale, claim.group, figure));
    let first = fill(words.first_report, &[("figure", &counted), ("date", &words.date(first.date))]);
    let count = fill(words.earlier_reports, &[("n", &words.count(claim.series.len() as u64))]);
    Some(format!("{first} · {count}"))
}

/// What a running count's history adds to its figure: the change since the report before it, then the
/// series' first report.
pub fn history(claim: &Claim, earlier: &[&Rc<Claim>], locale: Locale) -> Option<String> {
    match (change(claim, earlier, locale), first_report(claim, locale)) {
        (Some(change), Some(first)) => Some(format!("{change}; {first}")),
        (change, first) => change.or(first),
    }
}

/// A range's central estimate: "central estimate 64,260".
pub fn central(claim: &Claim, locale: Locale) -> Option<String> {
    let Figure::Range(range) = claim.figure else { return None };
    let words = locale.words();
    range.central().map(|central| fill(words.central, &[("n", &words.count(central))]))
}

/// The period a figure covers, where it is not the whole conflict: "in 2024".
pub fn period(claim: &Claim, locale: Locale) -> Option<String> {
    claim.period.map(|period| locale.words().period(locale, period))
}

/// Whose losses a figure counts: the party's name, or the parties' names for a figure covering
/// several together ("Armenia and Azerbaijan together").
pub fn whose(claim: &Claim, locale: Locale) -> String {
    if claim.with.is_empty() {
        return claim.party.name.get(locale).to_owned();
    }
    let names: Vec<&str> =
        std::iter::once(&claim.party).chain(claim.with.iter()).map(|party| party.name.get(locale)).collect();
    locale.words().together(&names)
}

/// The label before a claimant's figure: the editor's label for the claimant, else what it is to the
/// party ("Counter-claim"); for a figure covering several parties, their names ("Armenia and Azerbaijan
/// together"). None in format 1, which cannot say.
pub fn relation(claim: &Claim, locale: Locale) -> Option<String> {
    let words = locale.words();
    if !claim.with.is_empty() {
        return Some(whose(claim, locale));
    }
    match (&claim.claimant.label, claim.relation(), claim.method) {
        (Some(label), _, _) => Some(label.get(locale).to_owned()),
        (None, Relation::Independent, Some(Method::NamedCount)) => Some(words.relation_independent_count.to_owned()),
        (None, relation, _) => words.relation(relation).map(str::to_owned),
    }
}

/// The card's standing line, which says what its figures are: the editor's own, or one from who gives
/// them: the parties' own claims (and claims by parties outside the conflict) are "not independently
/// verified"; a card of independent counts and estimates never says so of them; a card with both says
/// which is which. A card with a count of people identified by name says once that such counts are
/// lower bounds.
pub fn standing_line(dataset: &Dataset, locale: Locale) -> String {
    let words = locale.words();
    let independent = |claim: &&std::rc::Rc<Claim>| claim.claimant.stance == Stance::Independent;
    let claims = dataset.claims();
    let line = match (&dataset.standing_line, claims.iter().filter(independent).count(), claims.len()) {
        (Some(line), _, _) => line.get(locale),
        (None, 0, _) => words.claims_unverified,
        (None, counts, all) if counts == all => words.counts_independent,
        (None, _, _) => words.claims_and_counts,
    };
    if claims.iter().any(|claim| claim.method == Some(Method::NamedCount)) {
        format!("{line} {}", words.named_counts_lower)
    } else {
        line.to_owned()
    }
}

/// "Azerbaijani Press Agency (APA) via Kyiv Independent": the outlet and those it reached us through.
pub fn outlet_chain(source: &Source, words: &Words) -> String {
    match &source.via {
        Some(via) => format!("{} {} {}", source.outlet, words.via, outlet_chain(via, words)),
        None => source.outlet.clone(),
    }
}

/// "27 September 2023: Azerbaijan announced … (Reuters)": a context line as the card gives it, its date,
/// its text and its outlet.
pub fn context_line(line: &ContextLine, locale: Locale) -> String {
    let words = locale.words();
    let mut text = line.text.get(locale).to_owned();
    if let Some(source) = &line.source {
        text = format!("{text} ({})", source.outlet);
    }
    match line.date {
        Some(date) => format!("{}: {text}", words.date(date)),
        None => text,
    }
}

/// A claim's phrases, for a form to punctuate.
pub struct ClaimPhrases {
    /// "Counter-claim": what the claimant is to the party, as the card labels it; none in format 1.
    pub relation: Option<String>,
    /// "at least 200 people".
    pub figure: String,
    /// "according to the authorities of …".
    pub according_to: String,
    /// "count of people identified by name", where the source says how.
    pub method: Option<&'static str>,
    /// "reported by 27 September 2023".
    pub as_of: String,
    /// "APA via Kyiv Independent".
    pub outlet: String,
    /// The editor's note on the claim ("Civilians included."): it qualifies the figure, so every form
    /// that gives the figure gives it.
    pub note: Option<String>,
    /// A running count's change since the report before it and its series' first report.
    pub history: Option<String>,
}

impl ClaimPhrases {
    pub fn of(claim: &Claim, locale: Locale) -> Self {
        let words = locale.words();
        Self {
            relation: relation(claim, locale),
            figure: figure(claim, locale),
            according_to: words.according_to(claim.claimant.name.get(locale)),
            method: claim.method.map(words.method_names),
            as_of: words.as_of(claim.as_of),
            outlet: outlet_chain(&claim.source, words),
            note: claim.note.as_ref().map(|note| note.get(locale).to_owned()),
            history: history(claim, &[], locale),
        }
    }

    /// A claimant's current figure, with its change since the newest of the figures it revised too.
    pub fn of_current(claim: &Claim, earlier: &[&Rc<Claim>], locale: Locale) -> Self {
        Self { history: history(claim, earlier, locale), ..Self::of(claim, locale) }
    }

    /// Every phrase escaped for HTML, for a form that then links the outlet (the plain form).
    pub fn escaped(self) -> Self {
        let escape = |text: String| crate::markup::escape(&text);
        Self {
            relation: self.relation.map(escape),
            figure: escape(self.figure),
            according_to: escape(self.according_to),
            // The card's own words, with no markup characters.
            method: self.method,
            as_of: escape(self.as_of),
            outlet: escape(self.outlet),
            note: self.note.map(escape),
            history: self.history.map(escape),
        }
    }

    /// "Counter-claim: at least 200 people, according to … (…)": the sentence under the card's label.
    pub fn labelled(&self) -> String {
        match &self.relation {
            Some(relation) => format!("{relation}: {}", self.sentence()),
            None => self.sentence(),
        }
    }

    /// A figure its claimant later revised, as the card's "Earlier: …" says it, then who gave it and
    /// where: "Earlier: 300 soldiers, reported by 2 June 2031, according to … (Outlet)".
    pub fn earlier(&self, locale: Locale) -> String {
        let earlier = fill(locale.words().earlier, &[("figure", &self.figure), ("as_of", &self.as_of)]);
        format!("{earlier}, {} ({})", self.according_to, self.outlet)
    }

    /// The sentence the plain form and the alt text say of one claim: "at least 200 people, according
    /// to … (reported by 27 September 2023, Kyiv Independent)".
    pub fn sentence(&self) -> String {
        let sentence = match self.method {
            Some(method) => {
                format!("{}, {} ({method}, {}, {})", self.figure, self.according_to, self.as_of, self.outlet)
            }
            None => format!("{}, {} ({}, {})", self.figure, self.according_to, self.as_of, self.outlet),
        };
        match &self.history {
            Some(history) => format!("{sentence}, {history}"),
            None => sentence,
        }
    }

    /// The line under a figure in the image: "according to … · reported by … · Kyiv Independent".
    pub fn attribution(&self) -> String {
        match self.method {
            Some(method) => format!("{} · {method} · {} · {}", self.according_to, self.as_of, self.outlet),
            None => format!("{} · {} · {}", self.according_to, self.as_of, self.outlet),
        }
    }
}
