//! A decoded format document → the validated `Dataset`, with every problem named by its JSON path.
//!
//! serde has already refused what the types cannot hold (wrong types, unknown, missing or repeated
//! fields) and stopped there. What is left are the rules between values: text that is empty, too long or
//! holds invisible controls, real days, counts within the limit, ids that resolve, dates in order, safe
//! links. These are all checked in one pass, so an editor sees every such problem at once
//! (`claims[3].source: no source with id "apa"`).

use std::rc::Rc;

use serde_json::error::Category;

use crate::format::limits::{
    LISTS, LONG_TEXT, MAX_CLAIMANTS, MAX_CLAIMS, MAX_CONTEXT_LINES, MAX_CORRECTIONS, MAX_COUNT, MAX_NOTES, MAX_PARTIES,
    MAX_SERIES_POINTS, MAX_SOURCES, SHORT_TEXT,
};
use crate::format::{self, Count, Day, DecodeError, Document, Id, Translatable};
use crate::locale::Locale;

use super::{
    has_visible, AsOf, CalendarDate, Claim, Claimant, ContextLine, Correction, Dataset, DatasetError, EventDates,
    FieldError, FieldPath, Figure, Group, Measure, Method, Party, Period, Range, SafeUrl, SeriesPoint, Source, Stance,
    Text, FORMAT_VERSION, FORMAT_VERSIONS, MAX_DOCUMENT_BYTES,
};

/// How a version-1 document becomes a version-2 one; `claims-card validate` prints it beside "ok".
pub const UPGRADE_NOTE: &str = "format version 1 is still read, but cannot say what a claimant is to a party. To update to version 2: set \"format_version\": 2; list each claimant once under \"claimants\" as { \"id\", \"name\" (its text from your claims, with its translations), and \"party\": the id of the party it speaks for, or \"kind\": \"independent\" (a UN mission, monitors, journalists) or \"outside\" }; then write each claim's \"claimant\" as that id. Headline figures from different claimants are then shown as competing claims; add \"lead\": true to the one that should lead a row (by default the party's own).";

/// The document's size over the format's limit, said for an editor; checked before anything parses it.
pub fn over_the_size_limit(text: &str) -> Option<String> {
    (text.len() > MAX_DOCUMENT_BYTES)
        .then(|| format!("it is {} bytes, over the format's limit of {MAX_DOCUMENT_BYTES}", text.len()))
}

/// The first of the document's lists longer than the format allows, said for an editor; checked on the
/// parsed JSON before anything heavier is built from it (the workbench draws a form row per entry: 2,000
/// claims froze it).
pub fn over_a_list_limit(document: &serde_json::Value) -> Option<String> {
    LISTS.iter().find_map(|&(field, limit)| {
        let length = document.get(field)?.as_array()?.len();
        (length > limit)
            .then(|| format!("its list \"{field}\" has {length} entries, over the format's limit of {limit}"))
    })
}

pub(super) fn dataset_from_json(text: &str) -> Result<Dataset, DatasetError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DatasetError::TooLarge { bytes: text.len() });
    }
    // Some editors save UTF-8 with a byte-order mark, which JSON does not allow: say so plainly.
    if text.starts_with('\u{feff}') {
        return Err(DatasetError::NotJson {
            line: 1,
            column: 1,
            reason: "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM".into(),
        });
    }
    // serde_json refuses nesting deeper than 128 levels, so hostile depth cannot exhaust the stack.
    let document = format::from_json(text).map_err(|error| decode_error(text, error))?;
    let mut validator = Validator::default();
    match validator.dataset(&document) {
        Some(dataset) if validator.errors.is_empty() => Ok(dataset),
        _ => Err(DatasetError::Invalid(validator.errors)),
    }
}

/// serde_json's message without the " at line L column C" it appends: the path or the position is said apart.
fn message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&position).unwrap_or(&text).to_owned()
}

fn decode_error(text: &str, DecodeError { path, error }: DecodeError) -> DatasetError {
    if error.classify() != Category::Data {
        return DatasetError::NotJson { line: error.line(), column: error.column(), reason: message(&error) };
    }
    // A document of another format version is refused for its version, not for the fields it differs in.
    #[derive(serde::Deserialize)]
    struct Version {
        format_version: Option<u64>,
    }
    if let Ok(Version { format_version: Some(version) }) = serde_json::from_str::<Version>(text) {
        if !FORMAT_VERSIONS.contains(&version) {
            return DatasetError::Invalid(vec![version_error(version)]);
        }
    }
    DatasetError::Invalid(vec![FieldError { path, reason: message(&error) }])
}

fn version_error(version: u64) -> FieldError {
    FieldError {
        path: "format_version".into(),
        reason: format!("this card reads format versions 1 and {FORMAT_VERSION}, not {version}"),
    }
}

/// Collects every problem while the document is checked.
#[derive(Default)]
struct Validator {
    errors: Vec<FieldError>,
    /// The language plain strings are in, and that every translated text must include.
    language: Locale,
    /// The document's format version: 1 names claimants in free text, 2 lists them.
    version: u64,
}

/// The id an entry declares, as written, whether or not the entry is otherwise valid.
fn declared_id(id: &Id) -> Option<String> {
    let id = id.0.trim();
    (!id.is_empty()).then(|| id.to_owned())
}

/// Parties or sources as far as they passed their checks: the valid entries, and every id the document
/// declares, valid or not.
struct Listed<T> {
    items: Vec<Rc<T>>,
    /// In document order.
    declared: Vec<String>,
    /// Some entries failed their own checks.
    partial: bool,
    /// The list itself was over its limit, or an entry's own id is unusable: references to it cannot be judged.
    unreadable: bool,
}

impl<T> Listed<T> {
    fn new(items: Vec<Rc<T>>, ids: &[&Id]) -> Self {
        // Looked up only for a reference that found no valid entry, in a list capped in length: a plain
        // list is enough (and a sort would bring its code, about 1 KB brotli, into the wasm).
        let declared: Vec<String> = ids.iter().filter_map(|id| declared_id(id)).collect();
        // An entry whose own id is unusable may be the one a reference means: judge no reference then.
        let unreadable = declared.len() != ids.len();
        Self { partial: items.len() != ids.len(), items, declared, unreadable }
    }

    fn unreadable() -> Self {
        Self { items: Vec::new(), declared: Vec::new(), partial: true, unreadable: true }
    }

    /// The entries, if every one of them is valid.
    fn complete(self) -> Option<Vec<Rc<T>>> {
        (!self.partial).then_some(self.items)
    }
}

trait Identified {
    fn id(&self) -> &str;
}

impl Identified for Party {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Identified for Claimant {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Identified for Source {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Validator {
    fn error(&mut self, path: impl Into<FieldPath>, reason: impl Into<String>) {
        self.errors.push(FieldError { path: path.into(), reason: reason.into() });
    }

    /// Text as shown: trimmed, not empty, within its limit, with nothing that could hide or reorder it.
    fn text(&mut self, text: &str, path: FieldPath, limit: usize) -> Option<String> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            self.error(path, "must not be empty");
            return None;
        }
        let length = trimmed.chars().count();
        if length > limit {
            self.error(path, format!("is {length} characters long; the limit is {limit}"));
            return None;
        }
        if trimmed.chars().any(char::is_control) {
            self.error(path, "must not contain control characters or line breaks");
            return None;
        }
        // Direction overrides can make a figure or a name read backwards; nobody types them on purpose.
        if trimmed.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')) {
            self.error(path, "must not contain invisible text-direction controls (U+202A–U+202E, U+2066–U+2069)");
            return None;
        }
        // A name of Hangul fillers or blank Braille cells passes as text and shows an empty label.
        if !has_visible(trimmed) {
            self.error(path, "must not be empty (it holds only invisible characters: write a visible name or word)");
            return None;
        }
        Some(trimmed.to_owned())
    }

    fn optional_text(&mut self, text: Option<&str>, path: FieldPath, limit: usize) -> Option<String> {
        self.text(text?, path, limit)
    }

    /// A BCP 47 tag's shape ("ru", "pt-BR"): a language code of two or three letters, then subtags of one
    /// to eight letters or digits. The language code is lower-cased, as `lang` attributes write it.
    fn language_tag(&mut self, tag: &str, path: FieldPath) -> Option<String> {
        let tag = tag.trim();
        let mut parts = tag.split('-');
        let language = parts.next().unwrap_or_default();
        let shaped = (2..=3).contains(&language.len())
            && language.bytes().all(|byte| byte.is_ascii_alphabetic())
            && parts.all(|part| (1..=8).contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_alphanumeric()));
        if !shaped {
            self.error(path, format!("\"{tag}\" is not a language tag: write one such as \"ru\", \"he\" or \"pt-BR\""));
            return None;
        }
        let (language, rest) = tag.split_at(language.len());
        Some(format!("{}{rest}", language.to_ascii_lowercase()))
    }

    /// Text that may be translated: a string in the dataset's language, or translations by language code
    /// (`en`, `hy`, `az`, `ru`, `uk`) that include the dataset's language.
    fn translatable<T: AsRef<str>>(&mut self, text: &Translatable<T>, path: FieldPath, limit: usize) -> Option<Text> {
        let translations = match text {
            Translatable::Plain(text) => {
                return self.text(text.as_ref(), path, limit).map(|text| Text::new(text, self.language))
            }
            Translatable::Translated(translations) => translations,
        };
        let mut original = None;
        let mut others = Vec::new();
        for (code, text) in translations {
            let text_path = path.field(code);
            let Some(locale) = Locale::from_code(code) else {
                let known: Vec<&str> = Locale::ALL.iter().map(|locale| locale.tag()).collect();
                self.error(text_path, format!("is not a language this card speaks ({})", known.join(", ")));
                continue;
            };
            let Some(text) = self.text(text.as_ref(), text_path, limit) else { continue };
            if locale == self.language {
                original = Some(text);
            } else {
                // Kept in the order of their codes, as format 1 always has, whatever order the document
                // wrote them in (a few entries: an insert, not a sort, which would bring its code into the wasm).
                let place = others.partition_point(|(known, _): &(Locale, String)| known.tag() < locale.tag());
                others.insert(place, (locale, text));
            }
        }
        if original.is_none() && !translations.iter().any(|(code, _)| code == self.language.tag()) {
            self.error(path, format!("has no text in the dataset's language, \"{}\"", self.language.tag()));
        }
        original.map(|original| Text::with_translations(original, self.language, others))
    }

    fn optional_translatable<T: AsRef<str>>(
        &mut self,
        text: Option<&Translatable<T>>,
        path: FieldPath,
        limit: usize,
    ) -> Option<Text> {
        self.translatable(text?, path, limit)
    }

    fn date(&mut self, day: &Day, path: FieldPath) -> Option<CalendarDate> {
        let text = self.text(&day.0, path.clone(), SHORT_TEXT)?;
        CalendarDate::parse(&text).map_err(|reason| self.error(path, reason)).ok()
    }

    fn optional_date(&mut self, day: Option<&Day>, path: FieldPath) -> Option<CalendarDate> {
        self.date(day?, path)
    }

    fn count(&mut self, Count(count): Count, path: FieldPath) -> Option<u64> {
        if count > MAX_COUNT {
            self.error(path, format!("{count} is above the limit of {MAX_COUNT}"));
            return None;
        }
        Some(count)
    }

    /// Whether a list's entries are to be checked: a required list must have some, and none may be
    /// over its limit (whose entries are then not read, so one error stands for them all).
    fn list(&mut self, name: &str, length: usize, required: bool, limit: usize) -> bool {
        if required && length == 0 {
            self.error(name, "must not be empty");
            return false;
        }
        if length > limit {
            self.error(name, format!("has {length} entries; the limit is {limit}"));
            return false;
        }
        true
    }

    /// Remembers an id and reports the second use of one.
    fn unique_id(&mut self, seen: &mut Vec<String>, id: &Option<String>, path: FieldPath) {
        if let Some(id) = id {
            if seen.contains(id) {
                self.error(path, format!("the id \"{id}\" is used twice"));
            } else {
                seen.push(id.clone());
            }
        }
    }

    fn dataset(&mut self, document: &Document) -> Option<Dataset> {
        // A document from another format version would only produce confusing errors below.
        let Count(version) = document.format_version;
        if !FORMAT_VERSIONS.contains(&version) {
            self.errors.push(version_error(version));
            return None;
        }
        self.version = version;
        self.language = document.language.unwrap_or_default();
        let unreviewed_translations = self.unreviewed_translations(document);
        let id = self.text(&document.id.0, "id".into(), SHORT_TEXT);
        let kicker = self.optional_translatable(document.kicker.as_ref(), "kicker".into(), SHORT_TEXT);
        let title = self.translatable(&document.title, "title".into(), SHORT_TEXT);
        let dek = self.optional_translatable(document.dek.as_ref(), "dek".into(), SHORT_TEXT);
        let standing_line =
            self.optional_translatable(document.standing_line.as_ref(), "standing_line".into(), SHORT_TEXT);
        let event = self.event(&document.event);
        // Claims and context are checked even when a party or source failed its own checks, so the
        // editor sees every problem at once.
        let parties = self.parties(&document.parties);
        let sources = self.sources(&document.sources);
        let claimants = self.claimants(&document.claimants, &parties);
        if self.version == 1 && document.missing.is_some() {
            self.error("missing", "format version 1 has no missing: set \"format_version\": 2 to choose");
        }
        let claims = self.claims(&document.claims, &parties, &sources, &claimants);
        let context = self.context(&document.context, &sources);
        let notes = self.notes(&document.notes);
        let updated = self.optional_date(document.updated.as_ref(), "updated".into());
        let corrections = self.corrections(document, updated);

        Some(Dataset {
            id: id?,
            language: self.language,
            unreviewed_translations,
            kicker,
            title: title?,
            dek,
            standing_line,
            event: event?,
            format_version: version,
            missing: document.missing.unwrap_or_default(),
            parties: parties.complete()?,
            sources: sources.complete()?,
            claims: claims?,
            context: context?,
            notes: notes?,
            updated,
            corrections: corrections?,
        })
    }

    fn event(&mut self, event: &format::Event) -> Option<EventDates> {
        let start = self.date(&event.start, "event.start".into());
        let end = self.optional_date(event.end.as_ref(), "event.end".into());
        let start = start?;
        if let Some(end) = end {
            if end < start {
                self.error(FieldPath::from("event").field("end"), format!("{end} is before the start, {start}"));
                return None;
            }
        }
        Some(EventDates { start, end })
    }

    fn parties(&mut self, items: &[format::Party]) -> Listed<Party> {
        if !self.list("parties", items.len(), true, MAX_PARTIES) {
            return Listed::unreadable();
        }
        let mut seen = Vec::new();
        let mut parties = Vec::new();
        for (slot, party) in items.iter().enumerate() {
            let path = FieldPath::from("parties").index(slot);
            let id = self.text(&party.id.0, path.field("id"), SHORT_TEXT);
            self.unique_id(&mut seen, &id, path.field("id"));
            let name = self.translatable(&party.name, path.field("name"), SHORT_TEXT);
            if party.missing.is_some() && self.version == 1 {
                self.error(
                    path.field("missing"),
                    "format version 1 has no missing: set \"format_version\": 2 to choose",
                );
            }
            if let (Some(id), Some(name)) = (id, name) {
                parties.push(Rc::new(Party { id, name, slot, missing: party.missing }));
            }
        }
        let ids: Vec<&Id> = items.iter().map(|party| &party.id).collect();
        Listed::new(parties, &ids)
    }

    fn sources(&mut self, items: &[format::Source]) -> Listed<Source> {
        if !self.list("sources", items.len(), true, MAX_SOURCES) {
            return Listed::unreadable();
        }
        let mut seen = Vec::new();
        let mut sources: Vec<Rc<Source>> = Vec::new();
        for (index, source) in items.iter().enumerate() {
            let path = FieldPath::from("sources").index(index);
            let at = |key: &str| path.field(key);
            let id = self.text(&source.id.0, at("id"), SHORT_TEXT);
            self.unique_id(&mut seen, &id, at("id"));
            let outlet = self.text(&source.outlet.0, at("outlet"), SHORT_TEXT);
            let author =
                self.optional_text(source.author.as_ref().map(|text| text.0.as_str()), at("author"), SHORT_TEXT);
            let title = self.optional_text(source.title.as_ref().map(|text| text.0.as_str()), at("title"), LONG_TEXT);
            let description = self.optional_translatable(source.description.as_ref(), at("description"), SHORT_TEXT);
            let published = self.optional_date(source.published.as_ref(), at("published"));
            let url = self
                .optional_text(source.url.as_ref().map(|url| url.0.as_str()), at("url"), LONG_TEXT)
                .and_then(|url| SafeUrl::parse(&url).map_err(|reason| self.error(at("url"), reason)).ok());
            // `via` must name an earlier source, which also rules out cycles.
            let via = self
                .optional_text(source.via.as_ref().map(|via| via.0.as_str()), at("via"), SHORT_TEXT)
                .and_then(|via| {
                    let found = sources.iter().find(|earlier| earlier.id == via).cloned();
                    // An earlier source that failed its own checks has been reported already.
                    let declared_earlier =
                        items[..index].iter().any(|earlier| declared_id(&earlier.id).as_deref() == Some(&via));
                    if found.is_none() && !declared_earlier {
                        self.error(at("via"), format!("no source with id \"{via}\" is listed before this one"));
                    }
                    found
                });
            let language = match &source.language {
                Some(tag) => self.language_tag(&tag.0, at("language")),
                None => Some(self.language.tag().to_owned()),
            };
            if let (Some(id), Some(outlet), Some(language)) = (id, outlet, language) {
                sources.push(Rc::new(Source { id, outlet, author, title, description, published, url, via, language }));
            }
        }
        let ids: Vec<&Id> = items.iter().map(|source| &source.id).collect();
        Listed::new(sources, &ids)
    }

    /// Format 2's claimants; format 1 has none (its claims name theirs in free text).
    fn claimants(&mut self, items: &[format::Claimant], parties: &Listed<Party>) -> Listed<Claimant> {
        if self.version == 1 {
            if !items.is_empty() {
                self.error("claimants", "format version 1 has no claimants list: set \"format_version\": 2 to use it");
            }
            return Listed::new(Vec::new(), &[]);
        }
        if items.is_empty() {
            self.error(
                "claimants",
                "format version 2 lists its claimants, which claims name by id: add \"claimants\": [{ \"id\", \"name\", and \"party\" or \"kind\" }]",
            );
            return Listed::unreadable();
        }
        if !self.list("claimants", items.len(), true, MAX_CLAIMANTS) {
            return Listed::unreadable();
        }
        let mut seen = Vec::new();
        let mut claimants = Vec::new();
        for (index, claimant) in items.iter().enumerate() {
            let path = FieldPath::from("claimants").index(index);
            let at = |key: &str| path.field(key);
            let id = self.text(&claimant.id.0, at("id"), SHORT_TEXT);
            self.unique_id(&mut seen, &id, at("id"));
            let name = self.translatable(&claimant.name, at("name"), SHORT_TEXT);
            let label = self.optional_translatable(claimant.label.as_ref(), at("label"), SHORT_TEXT);
            let party = match &claimant.party {
                None => Ok(None),
                Some(id) => self.reference(parties, id, at("party"), "party").map(Some).ok_or(()),
            };
            let stance = match (party, claimant.kind) {
                (Ok(None), None) => {
                    self.error(
                        path.clone(),
                        "needs \"party\" (the id of the party it speaks for) or \"kind\": \"independent\" or \"outside\"",
                    );
                    None
                }
                (Ok(Some(_)), Some(format::ClaimantKind::Independent)) => {
                    self.error(
                        at("kind"),
                        "an independent claimant speaks for no party: remove \"party\", or use \"kind\": \"outside\" for a party outside the conflict",
                    );
                    None
                }
                (Ok(Some(party)), kind) => Some(Stance::Party {
                    party: party.id.clone(),
                    outside: kind == Some(format::ClaimantKind::Outside),
                }),
                (Ok(None), Some(format::ClaimantKind::Independent)) => Some(Stance::Independent),
                (Ok(None), Some(format::ClaimantKind::Outside)) => Some(Stance::Outside),
                (Err(()), _) => None,
            };
            if let (Some(id), Some(name), Some(stance)) = (id, name, stance) {
                claimants.push(Rc::new(Claimant { id, name, stance, label }));
            }
        }
        let ids: Vec<&Id> = items.iter().map(|claimant| &claimant.id).collect();
        Listed::new(claimants, &ids)
    }

    /// A claim's claimant: format 2 names a listed one by id; format 1 writes its name, and claims whose
    /// name reads the same in the dataset's language share one.
    fn claimant(
        &mut self,
        claim: &format::Claim,
        path: FieldPath,
        listed: &Listed<Claimant>,
        named: &mut Vec<Rc<Claimant>>,
    ) -> Option<Rc<Claimant>> {
        if self.version == 1 {
            let name = self.translatable(&claim.claimant, path, SHORT_TEXT)?;
            if let Some(known) = named.iter().find(|known| known.id == name.original()) {
                return Some(known.clone());
            }
            let claimant =
                Rc::new(Claimant { id: name.original().to_owned(), name, stance: Stance::Unstated, label: None });
            named.push(claimant.clone());
            return Some(claimant);
        }
        match &claim.claimant {
            Translatable::Plain(id) => self.reference(listed, &Id(id.0.clone()), path, "claimant"),
            Translatable::Translated(_) => {
                self.error(
                    path,
                    "in format version 2 a claim names its claimant by id (a string); its name and translations go in \"claimants\"",
                );
                None
            }
        }
    }

    /// Resolves an id. An id the document declares for an entry that failed its own checks is not
    /// reported again here.
    fn reference<T: Identified>(&mut self, listed: &Listed<T>, id: &Id, path: FieldPath, what: &str) -> Option<Rc<T>> {
        let id = self.text(&id.0, path.clone(), SHORT_TEXT)?;
        let found = listed.items.iter().find(|item| item.id() == id).cloned();
        if found.is_none() && !listed.unreadable && !listed.declared.contains(&id) {
            let known: Vec<&str> = listed.items.iter().map(|item| item.id()).collect();
            self.error(path, format!("no {what} with id \"{id}\" (known: {})", known.join(", ")));
        }
        found
    }

    fn claims(
        &mut self,
        items: &[format::Claim],
        parties: &Listed<Party>,
        sources: &Listed<Source>,
        claimants: &Listed<Claimant>,
    ) -> Option<Vec<Rc<Claim>>> {
        if !self.list("claims", items.len(), true, MAX_CLAIMS) {
            return None;
        }
        let mut seen = Vec::new();
        let mut named = Vec::new();
        // A claimant's headline figure for a party, measure, group, method and period may be revised:
        // one per date.
        type Revisable = (String, String, Measure, Group, Option<Method>, Option<Period>, CalendarDate);
        let mut headline_of: Vec<(Revisable, usize)> = Vec::new();
        // The claimant that leads each party's row for a measure, and the claim that said so.
        let mut lead_of: Vec<((String, Measure), String, usize)> = Vec::new();
        let mut claims = Vec::new();
        for (index, claim) in items.iter().enumerate() {
            let path = FieldPath::from("claims").index(index);
            let at = |key: &str| path.field(key);
            let id = self.text(&claim.id.0, at("id"), SHORT_TEXT);
            self.unique_id(&mut seen, &id, at("id"));
            let (party, with) = match self.claim_parties(&claim.party, at("party"), parties) {
                Some((party, with)) => (Some(party), with),
                None => (None, Vec::new()),
            };
            let claimant = self.claimant(claim, at("claimant"), claimants, &mut named);
            let (figure, in_words) = match self.figure(&claim.figure, at("figure")) {
                Some((figure, in_words)) => (Some(figure), in_words),
                None => (None, None),
            };
            let hedge = self.optional_translatable(claim.hedge.as_ref(), at("hedge"), SHORT_TEXT);
            let as_of = self.as_of(&claim.as_of, at("as_of"));
            let period = claim.period.as_ref().and_then(|period| self.period(period, as_of, at("period")));
            let source = self.reference(sources, &claim.source, at("source"), "source");
            let quote = self.text(&claim.quote.0, at("quote"), LONG_TEXT);
            let note = self.optional_translatable(claim.note.as_ref(), at("note"), LONG_TEXT);
            let headline = claim.headline.unwrap_or(false);
            let lead = claim.lead.unwrap_or(false);
            let correction = claim.correction.unwrap_or(false);
            let series = self.series(claim, figure, as_of, &path);
            if claim.lead.is_some() && self.version == 1 {
                self.error(at("lead"), "format version 1 has no lead: the first claimant written leads; set \"format_version\": 2 to choose");
            } else if lead && !headline {
                self.error(at("lead"), "only a headline claim can lead its party's row: add \"headline\": true");
            } else if lead && !with.is_empty() {
                self.error(
                    at("lead"),
                    "a figure covering several parties is shown on its own, outside every party's row, so it leads none: remove \"lead\"",
                );
            }
            if let (true, Some(party), Some(claimant), Some(as_of), true) =
                (headline, &party, &claimant, as_of, with.is_empty())
            {
                let key = (
                    party.id.clone(),
                    claimant.id.clone(),
                    claim.measure,
                    claim.group,
                    claim.method,
                    period,
                    as_of.date(),
                );
                let earlier = match headline_of.iter_mut().find(|(known, _)| *known == key) {
                    Some((_, first)) => Some(std::mem::replace(first, index)),
                    None => {
                        headline_of.push((key, index));
                        None
                    }
                };
                if let Some(first) = earlier {
                    self.error(
                        at("headline"),
                        format!(
                            "claims[{first}] is already the headline figure of {} for party {}, measure {}, group {}, on {}; a revised figure from the same claimant needs a later date (a figure from another claimant is a competing claim: give it that claimant)",
                            claimant.name.original(),
                            party.id,
                            claim.measure.key(),
                            claim.group.key(),
                            as_of.date()
                        ),
                    );
                }
                if lead {
                    let row = (party.id.clone(), claim.measure);
                    match lead_of.iter().find(|(known, _, _)| *known == row) {
                        Some((_, leader, first)) if *leader != claimant.id => self.error(
                            at("lead"),
                            format!(
                                "claims[{first}] already makes its claimant lead {} {}: one claimant leads a row, the others are shown beside it",
                                party.id,
                                claim.measure.key()
                            ),
                        ),
                        Some(_) => {}
                        None => lead_of.push((row, claimant.id.clone(), index)),
                    }
                }
            }
            if let (Some(id), Some(party), Some(claimant), Some(figure), Some(as_of), Some(source), Some(quote)) =
                (id, party, claimant, figure, as_of, source, quote)
            {
                claims.push(Rc::new(Claim {
                    id,
                    party,
                    with,
                    claimant,
                    measure: claim.measure,
                    group: claim.group,
                    figure,
                    in_words,
                    period,
                    hedge,
                    method: claim.method,
                    as_of,
                    source,
                    quote,
                    note,
                    headline,
                    lead,
                    series: series?,
                    correction,
                }));
            }
        }
        (claims.len() == items.len()).then_some(claims)
    }

    /// A claim's series of earlier reports: dates rising, each before the claim's own; a running count
    /// that falls only where the editor marks the fall a correction.
    fn series(
        &mut self,
        claim: &format::Claim,
        figure: Option<Figure>,
        as_of: Option<AsOf>,
        claim_path: &FieldPath,
    ) -> Option<Vec<SeriesPoint>> {
        let (path, correction_path) = (claim_path.field("series"), claim_path.field("correction"));
        if claim.series.is_empty() {
            if claim.correction == Some(true) {
                self.error(
                    correction_path,
                    "a correction is a fall below the claimant's report before it: give that report in \"series\", or remove \"correction\"",
                );
            }
            return Some(Vec::new());
        }
        if claim.series.len() > MAX_SERIES_POINTS {
            self.error(path, format!("has {} reports; the limit is {MAX_SERIES_POINTS}", claim.series.len()));
            return None;
        }
        let value = match figure {
            Some(Figure::Range(_) | Figure::InWords | Figure::NotReported) => {
                self.error(
                    path,
                    "a series holds the earlier reports of one number: a range, a figure in words or one not reported has none; give each report as a claim of its own",
                );
                return None;
            }
            Some(figure) => figure.extent(),
            None => None,
        };
        let mut points: Vec<SeriesPoint> = Vec::with_capacity(claim.series.len());
        let mut complete = true;
        for (index, point) in claim.series.iter().enumerate() {
            let at = path.index(index);
            let (Some(date), Some(count)) = (self.date(&point.day, at.index(0)), self.count(point.value, at.index(1)))
            else {
                complete = false;
                continue;
            };
            if let Some(before) = points.last() {
                if date <= before.date {
                    self.error(
                        at.index(0),
                        format!(
                            "{date} is not after the report before it, {}: oldest first, one report a day",
                            before.date
                        ),
                    );
                    complete = false;
                } else if count < before.value && !point.correction {
                    self.error(
                        at.index(1),
                        format!(
                            "{count} is below the report before it ({}, {}): a running count does not fall; if the claimant corrected it, write [\"{date}\", {count}, \"correction\"]",
                            before.value, before.date
                        ),
                    );
                    complete = false;
                } else if count >= before.value && point.correction {
                    self.error(
                        at.index(2),
                        "not below the report before it, so not a correction: remove \"correction\"",
                    );
                    complete = false;
                }
            }
            if let Some(as_of) = as_of.filter(|as_of| date >= as_of.date()) {
                self.error(
                    at.index(0),
                    format!(
                        "{date} is not before the figure's own date, {}: the figure is the latest report",
                        as_of.date()
                    ),
                );
                complete = false;
            }
            points.push(SeriesPoint { date, value: count, correction: point.correction });
        }
        if let (Some(last), Some(value), true) = (points.last(), value, complete) {
            let correction = claim.correction == Some(true);
            if value < last.value && !correction {
                self.error(
                    claim_path.field("figure").field("value"),
                    format!(
                        "{value} is below the series' last report ({}, {}): a running count does not fall; if the claimant corrected it, add \"correction\": true",
                        last.value, last.date
                    ),
                );
                complete = false;
            } else if value >= last.value && correction {
                self.error(
                    correction_path,
                    "the figure is not below the series' last report, so not a correction: remove \"correction\"",
                );
                complete = false;
            }
        }
        complete.then_some(points)
    }

    /// A claim's party, and the others of a figure that covers several together.
    fn claim_parties(
        &mut self,
        party: &format::PartyRef,
        path: FieldPath,
        parties: &Listed<Party>,
    ) -> Option<(Rc<Party>, Vec<Rc<Party>>)> {
        let ids = match party {
            format::PartyRef::One(id) => {
                return self.reference(parties, id, path, "party").map(|party| (party, Vec::new()))
            }
            format::PartyRef::Several(ids) => ids,
        };
        if ids.len() < 2 {
            self.error(
                path,
                "a list of parties is for a figure that covers two or more together; for one party's figure write its id as a string: \"party\": \"…\"",
            );
            return None;
        }
        let mut found: Vec<Rc<Party>> = Vec::new();
        let mut complete = true;
        for (index, id) in ids.iter().enumerate() {
            match self.reference(parties, id, path.index(index), "party") {
                Some(party) if found.iter().any(|known| known.id == party.id) => {
                    self.error(path.index(index), format!("the party \"{}\" is listed twice", party.id));
                    complete = false;
                }
                Some(party) => found.push(party),
                None => complete = false,
            }
        }
        if !complete {
            return None;
        }
        let first = found.remove(0);
        Some((first, found))
    }

    /// The figure, and its words when it is given in words only.
    fn figure(&mut self, figure: &format::Figure, path: FieldPath) -> Option<(Figure, Option<Text>)> {
        let value = path.field("value");
        Some((
            match figure {
                format::Figure::Exact { value: n } => Figure::Exact(self.count(*n, value)?),
                format::Figure::About { value: n } => Figure::About(self.count(*n, value)?),
                format::Figure::AtLeast { value: n } => Figure::AtLeast(self.count(*n, value)?),
                format::Figure::MoreThan { value: n } => Figure::MoreThan(self.count(*n, value)?),
                format::Figure::UpTo { value: n } => Figure::UpTo(self.count(*n, value)?),
                format::Figure::Nearly { value: n } => Figure::Nearly(self.count(*n, value)?),
                format::Figure::Range { low, high, central } => {
                    let low = self.count(*low, path.field("low"));
                    let high = self.count(*high, path.field("high"));
                    let central = central.map(|central| self.count(central, path.field("central")));
                    let range =
                        Range::new(low?, high?).map_err(|reason| self.error(path.field("high"), reason)).ok()?;
                    let range = match central {
                        None => range,
                        Some(central) => range
                            .with_central(central?)
                            .map_err(|reason| self.error(path.field("central"), reason))
                            .ok()?,
                    };
                    Figure::Range(range)
                }
                format::Figure::InWords { words } => {
                    let words = self.translatable(words, path.field("words"), SHORT_TEXT)?;
                    // A number in the words would be shown with no bound and no bar: it belongs in value.
                    if words.original().chars().any(|c| c.is_ascii_digit()) {
                        self.error(
                            path.field("words"),
                            format!(
                                "\"{}\" has a number in it: write the number as value with its bound, such as {{ \"bound\": \"nearly\", \"value\": 5000 }}; in_words is for figures the source gives with no number (\"tens of thousands\")",
                                words.original()
                            ),
                        );
                        return None;
                    }
                    return Some((Figure::InWords, Some(words)));
                }
                format::Figure::NotReported => Figure::NotReported,
            },
            None,
        ))
    }

    /// The period a figure covers: it cannot end after the figure's own date.
    fn period(&mut self, period: &format::Period, as_of: Option<AsOf>, path: FieldPath) -> Option<Period> {
        let date = as_of.map(AsOf::date);
        match period {
            format::Period::Year { year } => {
                let year = self.count(*year, path.field("year"))?;
                let in_range = (1000..=9999).contains(&year);
                if !in_range {
                    self.error(path.field("year"), format!("{year} is not a year: write four digits, such as 2024"));
                    return None;
                }
                if let Some(date) = date.filter(|date| u64::from(date.year()) < year) {
                    self.error(path.field("year"), format!("the figure is dated {date}, before the year {year} began"));
                    return None;
                }
                Some(Period::Year(year as u16))
            }
            format::Period::PastMonths { past_months: months } => {
                let months = self.count(*months, path.field("past_months"))?;
                if !(1..=120).contains(&months) {
                    self.error(
                        path.field("past_months"),
                        format!("{months} months: write 1 to 120 (for longer, give the period's from and to)"),
                    );
                    return None;
                }
                Some(Period::PastMonths(months as u16))
            }
            format::Period::Dates { from, to } => {
                let from = self.date(from, path.field("from"));
                let to = self.date(to, path.field("to"));
                let (from, to) = (from?, to?);
                if to < from {
                    self.error(path.field("to"), format!("{to} is before the period's start, {from}"));
                    return None;
                }
                if let Some(date) = date.filter(|date| *date < to) {
                    self.error(
                        path.field("to"),
                        format!("the period ends on {to}, after the figure's own date, {date}: a figure cannot cover days after it"),
                    );
                    return None;
                }
                Some(Period::Dates { from, to })
            }
        }
    }

    fn as_of(&mut self, as_of: &format::AsOf, path: FieldPath) -> Option<AsOf> {
        match as_of {
            format::AsOf::RefersTo(day) => self.date(day, path.field("refers_to")).map(AsOf::RefersTo),
            format::AsOf::ReportedBy(day) => self.date(day, path.field("reported_by")).map(AsOf::ReportedBy),
        }
    }

    fn context(&mut self, items: &[format::ContextLine], sources: &Listed<Source>) -> Option<Vec<ContextLine>> {
        if !self.list("context", items.len(), false, MAX_CONTEXT_LINES) {
            return None;
        }
        let mut lines = Vec::new();
        for (index, line) in items.iter().enumerate() {
            let path = FieldPath::from("context").index(index);
            let date = self.optional_date(line.date.as_ref(), path.field("date"));
            let text = self.translatable(&line.text, path.field("text"), LONG_TEXT);
            // An absent source is fine; a named one must resolve.
            let source = match &line.source {
                None => Ok(None),
                Some(id) => self.reference(sources, id, path.field("source"), "source").map(Some).ok_or(()),
            };
            if let (Some(text), Ok(source)) = (text, source) {
                lines.push(ContextLine { date, text, source });
            }
        }
        (lines.len() == items.len()).then_some(lines)
    }

    fn corrections(&mut self, document: &Document, updated: Option<CalendarDate>) -> Option<Vec<Correction>> {
        let items = &document.corrections;
        if !self.list("corrections", items.len(), false, MAX_CORRECTIONS) {
            return None;
        }
        let mut corrections = Vec::new();
        for (index, correction) in items.iter().enumerate() {
            let path = FieldPath::from("corrections").index(index);
            let date = self.date(&correction.date, path.field("date"));
            let text = self.translatable(&correction.text, path.field("text"), LONG_TEXT);
            if let (Some(date), Some(latest)) = (date, updated) {
                if date > latest {
                    self.error(path.field("date"), format!("{date} is after the dataset's updated date, {latest}"));
                }
            }
            if let (Some(date), Some(text)) = (date, text) {
                corrections.push(Correction { date, text });
            }
        }
        if !corrections.is_empty() && document.updated.is_none() {
            self.error("updated", "is required when the dataset has corrections");
        }
        (corrections.len() == items.len()).then_some(corrections)
    }

    fn unreviewed_translations(&mut self, document: &Document) -> Vec<Locale> {
        let locales = &document.unreviewed_translations;
        if !self.list("unreviewed_translations", locales.len(), false, Locale::ALL.len()) {
            return Vec::new();
        }
        locales.clone()
    }

    fn notes(&mut self, items: &[Translatable<format::LongText>]) -> Option<Vec<Text>> {
        if !self.list("notes", items.len(), false, MAX_NOTES) {
            return None;
        }
        let notes: Vec<Text> = items
            .iter()
            .enumerate()
            .filter_map(|(index, note)| self.translatable(note, FieldPath::from("notes").index(index), LONG_TEXT))
            .collect();
        (notes.len() == items.len()).then_some(notes)
    }
}
