//! JSON text → validated `Dataset`, with every mistake named by its JSON path.
//!
//! The document is parsed into `serde_json::Value` and read field by field instead of through derived
//! `Deserialize` impls: it costs fewer bytes in the wasm, and it lets one pass report *every* error
//! (`claims[3].source: no source with id "apa"`) rather than the first.

use std::fmt;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::locale::Locale;

use super::{
    AsOf, CalendarDate, Claim, ContextLine, Correction, Dataset, EventDates, Figure, Group, Measure, Party, Range,
    SafeUrl, Source, Text, FORMAT_VERSION,
};

/// Larger documents are refused before parsing: no real card needs more, and parsing more would stall a phone.
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024;
const MAX_PARTIES: usize = 12;
const MAX_SOURCES: usize = 200;
const MAX_CLAIMS: usize = 1000;
const MAX_CONTEXT_LINES: usize = 20;
const MAX_NOTES: usize = 20;
/// Names, labels and ids.
const SHORT_TEXT: usize = 200;
/// Quotes, notes and context lines.
const LONG_TEXT: usize = 2000;
/// Casualty counts above a billion are a typo, not a claim.
const MAX_COUNT: u64 = 1_000_000_000;

/// Why a document could not become a `Dataset`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetError {
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize, reason: String },
    Invalid(Vec<FieldError>),
}

/// One rule a field breaks, e.g. `claims[3].source: no source with id "apa"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

impl DatasetError {
    /// Each problem on its own line, for consoles and terminals.
    pub fn lines(&self) -> Vec<String> {
        match self {
            DatasetError::TooLarge { bytes } => {
                vec![format!("the document is {bytes} bytes; the limit is {MAX_DOCUMENT_BYTES} bytes")]
            }
            DatasetError::NotJson { line, column, reason } => {
                vec![format!("not valid JSON at line {line}, column {column}: {reason}")]
            }
            DatasetError::Invalid(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
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
    // The reader refuses nesting deeper than 128 levels, so hostile depth cannot exhaust the stack.
    let (root, repeats) = super::strict_json::parse(text).map_err(|error| DatasetError::NotJson {
        line: error.line,
        column: error.column,
        reason: error.reason.into(),
    })?;
    let mut reader = Reader::default();
    for path in repeats {
        reader.error(path, "appears twice in the same object; only the last would be used");
    }
    let dataset = reader.dataset(&root);
    match dataset {
        Some(dataset) if reader.errors.is_empty() => Ok(dataset),
        _ => Err(DatasetError::Invalid(reader.errors)),
    }
}

/// Collects every error while the document is read.
#[derive(Default)]
struct Reader {
    errors: Vec<FieldError>,
    /// The language plain strings are in, and that every translated text must include.
    language: Locale,
}

/// A JSON object being read, with its path for error messages.
struct Object<'v> {
    map: &'v Map<String, Value>,
    path: String,
}

fn field_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

impl<'v> Object<'v> {
    /// A present, non-null field.
    fn get(&self, key: &str) -> Option<&'v Value> {
        self.map.get(key).filter(|value| !value.is_null())
    }

    fn path(&self, key: &str) -> String {
        field_path(&self.path, key)
    }
}

/// The id an entry declares, as written, whether or not the entry is otherwise valid.
fn raw_id(item: &Value) -> Option<String> {
    let id = item.get("id")?.as_str()?.trim();
    (!id.is_empty()).then(|| id.to_owned())
}

/// Parties or sources as far as they could be read: the valid entries, and every id the document
/// declares, valid or not.
struct Listed<T> {
    items: Vec<Rc<T>>,
    /// In document order.
    declared: Vec<String>,
    /// Some entries failed their own checks.
    partial: bool,
    /// The list itself was missing or not a list: references to it cannot be judged.
    unreadable: bool,
}

impl<T> Listed<T> {
    fn new(items: Vec<Rc<T>>, raw: &[Value]) -> Self {
        // Looked up only for a reference that found no valid entry, in a list the reader caps: a plain
        // list is enough (and a sort would bring its code, about 1 KB brotli, into the wasm).
        let declared: Vec<String> = raw.iter().filter_map(raw_id).collect();
        // An entry whose own id is unreadable may be the one a reference means: judge no reference then.
        let unreadable = raw.iter().any(|item| item.is_object() && raw_id(item).is_none());
        Self { partial: items.len() != raw.len(), items, declared, unreadable }
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

impl Identified for Source {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Reader {
    fn error(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        let path = path.into();
        // The root object has no path of its own.
        let path = if path.is_empty() { "document".to_owned() } else { path };
        self.errors.push(FieldError { path, reason: reason.into() });
    }

    /// Reads an object and reports fields it does not know, which are usually typos ("qoute").
    fn object<'v>(&mut self, value: &'v Value, path: String, known: &[&str]) -> Option<Object<'v>> {
        let Value::Object(map) = value else {
            self.error(path, format!("must be an object, not {}", kind_of(value)));
            return None;
        };
        for key in map.keys() {
            if !known.contains(&key.as_str()) {
                self.error(field_path(&path, key), format!("unknown field (known here: {})", known.join(", ")));
            }
        }
        Some(Object { map, path })
    }

    fn required<'v>(&mut self, object: &Object<'v>, key: &str) -> Option<&'v Value> {
        let value = object.get(key);
        if value.is_none() {
            self.error(object.path(key), "is required");
        }
        value
    }

    fn text_value(&mut self, value: &Value, path: String, limit: usize) -> Option<String> {
        let Value::String(text) = value else {
            self.error(path, format!("must be text, not {}", kind_of(value)));
            return None;
        };
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
        if trimmed.chars().all(|c| matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')) {
            self.error(path, "must not be empty (it holds only invisible characters)");
            return None;
        }
        Some(trimmed.to_owned())
    }

    fn required_text(&mut self, object: &Object, key: &str, limit: usize) -> Option<String> {
        let value = self.required(object, key)?;
        self.text_value(value, object.path(key), limit)
    }

    fn optional_text(&mut self, object: &Object, key: &str, limit: usize) -> Option<String> {
        let value = object.get(key)?;
        self.text_value(value, object.path(key), limit)
    }

    /// Text that may be translated: a string in the dataset's language, or an object of language
    /// codes (`en`, `hy`, `az`, `ru`, `uk`) to strings that includes the dataset's language.
    fn localized_value(&mut self, value: &Value, path: String, limit: usize) -> Option<Text> {
        let Value::Object(map) = value else {
            return self.text_value(value, path, limit).map(Text::new);
        };
        let mut original = None;
        let mut translations = Vec::new();
        for (code, text) in map {
            let text_path = field_path(&path, code);
            let Some(locale) = Locale::from_code(code) else {
                let known: Vec<&str> = Locale::ALL.iter().map(|locale| locale.tag()).collect();
                self.error(text_path, format!("is not a language this card speaks ({})", known.join(", ")));
                continue;
            };
            let Some(text) = self.text_value(text, text_path, limit) else { continue };
            if locale == self.language {
                original = Some(text);
            } else {
                translations.push((locale, text));
            }
        }
        if original.is_none() && !map.keys().any(|code| code == self.language.tag()) {
            self.error(path, format!("has no text in the dataset's language, \"{}\"", self.language.tag()));
        }
        original.map(|original| Text::with_translations(original, translations))
    }

    fn required_localized(&mut self, object: &Object, key: &str, limit: usize) -> Option<Text> {
        let value = self.required(object, key)?;
        self.localized_value(value, object.path(key), limit)
    }

    fn optional_localized(&mut self, object: &Object, key: &str, limit: usize) -> Option<Text> {
        let value = object.get(key)?;
        self.localized_value(value, object.path(key), limit)
    }

    fn date_value(&mut self, value: &Value, path: String) -> Option<CalendarDate> {
        let text = self.text_value(value, path.clone(), SHORT_TEXT)?;
        CalendarDate::parse(&text).map_err(|reason| self.error(path, reason)).ok()
    }

    fn required_date(&mut self, object: &Object, key: &str) -> Option<CalendarDate> {
        let value = self.required(object, key)?;
        self.date_value(value, object.path(key))
    }

    fn optional_date(&mut self, object: &Object, key: &str) -> Option<CalendarDate> {
        let value = object.get(key)?;
        self.date_value(value, object.path(key))
    }

    fn count_value(&mut self, value: &Value, path: String) -> Option<u64> {
        let Value::Number(number) = value else {
            self.error(path, format!("must be a number, not {}", kind_of(value)));
            return None;
        };
        let count = match (number.as_u64(), number.as_f64()) {
            (Some(count), _) => count,
            (None, Some(float)) if float < 0.0 => {
                self.error(path, "must not be negative");
                return None;
            }
            (None, Some(float)) if float.fract() == 0.0 && float > MAX_COUNT as f64 => {
                self.error(path, format!("{number} is above the limit of {MAX_COUNT}"));
                return None;
            }
            (None, Some(float)) if float.fract() == 0.0 => float as u64,
            _ => {
                self.error(path, format!("must be a whole number, not {number}"));
                return None;
            }
        };
        if count > MAX_COUNT {
            self.error(path, format!("{count} is above the limit of {MAX_COUNT}"));
            return None;
        }
        Some(count)
    }

    fn list<'v>(&mut self, object: &Object<'v>, key: &str, required: bool, limit: usize) -> Option<&'v [Value]> {
        let value = match object.get(key) {
            Some(value) => value,
            None if required => {
                self.error(object.path(key), "is required");
                return None;
            }
            None => return Some(&[]),
        };
        let Value::Array(items) = value else {
            self.error(object.path(key), format!("must be a list, not {}", kind_of(value)));
            return None;
        };
        if required && items.is_empty() {
            self.error(object.path(key), "must not be empty");
            return None;
        }
        if items.len() > limit {
            self.error(object.path(key), format!("has {} entries; the limit is {limit}", items.len()));
            return None;
        }
        Some(items)
    }

    /// Remembers an id and reports the second use of one.
    fn unique_id(&mut self, seen: &mut Vec<String>, id: &Option<String>, path: String) {
        if let Some(id) = id {
            if seen.contains(id) {
                self.error(path, format!("the id \"{id}\" is used twice"));
            } else {
                seen.push(id.clone());
            }
        }
    }

    fn dataset(&mut self, root: &Value) -> Option<Dataset> {
        let root = self.object(
            root,
            String::new(),
            &[
                "format_version",
                "id",
                "kicker",
                "title",
                "dek",
                "event",
                "parties",
                "sources",
                "claims",
                "context",
                "notes",
                "updated",
                "corrections",
                "language",
                "unreviewed_translations",
            ],
        )?;
        // A document from another format version would only produce confusing errors below.
        let version = self.required(&root, "format_version")?;
        let version = self.count_value(version, root.path("format_version"))?;
        if version != FORMAT_VERSION {
            self.error(
                root.path("format_version"),
                format!("this card reads format version {FORMAT_VERSION}, not {version}"),
            );
            return None;
        }

        if let Some(language) = self.optional_text(&root, "language", SHORT_TEXT) {
            match Locale::from_code(&language) {
                Some(locale) => self.language = locale,
                None => self.error(root.path("language"), format!("\"{language}\" is not one of en, hy, az, ru, uk")),
            }
        }
        let unreviewed_translations = self.unreviewed_translations(&root);
        let id = self.required_text(&root, "id", SHORT_TEXT);
        let kicker = self.optional_localized(&root, "kicker", SHORT_TEXT);
        let title = self.required_localized(&root, "title", SHORT_TEXT);
        let dek = self.optional_localized(&root, "dek", SHORT_TEXT);
        let event = self.event(&root);
        // Claims and context are read even when a party or source failed its own checks, so the
        // editor sees every problem at once.
        let parties = self.parties(&root);
        let sources = self.sources(&root);
        let claims = self.claims(&root, &parties, &sources);
        let context = self.context(&root, &sources);
        let notes = self.notes(&root);
        let updated = self.optional_date(&root, "updated");
        let corrections = self.corrections(&root, updated);

        Some(Dataset {
            id: id?,
            language: self.language,
            unreviewed_translations,
            kicker,
            title: title?,
            dek,
            event: event?,
            parties: parties.complete()?,
            sources: sources.complete()?,
            claims: claims?,
            context: context?,
            notes: notes?,
            updated,
            corrections: corrections?,
        })
    }

    fn event(&mut self, root: &Object) -> Option<EventDates> {
        let value = self.required(root, "event")?;
        let event = self.object(value, root.path("event"), &["start", "end"])?;
        let start = self.required_date(&event, "start");
        let end = self.optional_date(&event, "end");
        let start = start?;
        if let Some(end) = end {
            if end < start {
                self.error(event.path("end"), format!("{end} is before the start, {start}"));
                return None;
            }
        }
        Some(EventDates { start, end })
    }

    fn parties(&mut self, root: &Object) -> Listed<Party> {
        let Some(items) = self.list(root, "parties", true, MAX_PARTIES) else { return Listed::unreadable() };
        let mut seen = Vec::new();
        let mut parties = Vec::new();
        for (slot, item) in items.iter().enumerate() {
            let path = format!("{}[{slot}]", root.path("parties"));
            let Some(party) = self.object(item, path, &["id", "name"]) else { continue };
            let id = self.required_text(&party, "id", SHORT_TEXT);
            self.unique_id(&mut seen, &id, party.path("id"));
            let name = self.required_localized(&party, "name", SHORT_TEXT);
            if let (Some(id), Some(name)) = (id, name) {
                parties.push(Rc::new(Party { id, name, slot }));
            }
        }
        Listed::new(parties, items)
    }

    fn sources(&mut self, root: &Object) -> Listed<Source> {
        let Some(items) = self.list(root, "sources", true, MAX_SOURCES) else { return Listed::unreadable() };
        let mut seen = Vec::new();
        let mut sources: Vec<Rc<Source>> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let path = format!("{}[{index}]", root.path("sources"));
            let known = ["id", "outlet", "author", "title", "description", "published", "url", "via"];
            let Some(source) = self.object(item, path, &known) else { continue };
            let id = self.required_text(&source, "id", SHORT_TEXT);
            self.unique_id(&mut seen, &id, source.path("id"));
            let outlet = self.required_text(&source, "outlet", SHORT_TEXT);
            let author = self.optional_text(&source, "author", SHORT_TEXT);
            let title = self.optional_text(&source, "title", LONG_TEXT);
            let description = self.optional_localized(&source, "description", SHORT_TEXT);
            let published = self.optional_date(&source, "published");
            let url = self
                .optional_text(&source, "url", LONG_TEXT)
                .and_then(|url| SafeUrl::parse(&url).map_err(|reason| self.error(source.path("url"), reason)).ok());
            // `via` must name an earlier source, which also rules out cycles.
            let via = self.optional_text(&source, "via", SHORT_TEXT).and_then(|via| {
                let found = sources.iter().find(|earlier| earlier.id == via).cloned();
                // An earlier source that failed its own checks has been reported already.
                let declared_earlier = items[..index].iter().any(|earlier| raw_id(earlier).as_deref() == Some(&via));
                if found.is_none() && !declared_earlier {
                    self.error(source.path("via"), format!("no source with id \"{via}\" is listed before this one"));
                }
                found
            });
            if let (Some(id), Some(outlet)) = (id, outlet) {
                sources.push(Rc::new(Source { id, outlet, author, title, description, published, url, via }));
            }
        }
        Listed::new(sources, items)
    }

    /// Resolves an id. An id the document declares for an entry that failed its own checks is not
    /// reported again here.
    fn reference<T: Identified>(&mut self, listed: &Listed<T>, id: &str, path: String, what: &str) -> Option<Rc<T>> {
        let found = listed.items.iter().find(|item| item.id() == id).cloned();
        if found.is_none() && !listed.unreadable && !listed.declared.iter().any(|declared| declared == id) {
            let known: Vec<&str> = listed.items.iter().map(|item| item.id()).collect();
            self.error(path, format!("no {what} with id \"{id}\" (known: {})", known.join(", ")));
        }
        found
    }

    fn claims(&mut self, root: &Object, parties: &Listed<Party>, sources: &Listed<Source>) -> Option<Vec<Claim>> {
        let items = self.list(root, "claims", true, MAX_CLAIMS)?;
        let mut seen = Vec::new();
        // A party's headline figure for a measure may be revised: one per date.
        let mut headline_of: Vec<((String, Measure, CalendarDate), usize)> = Vec::new();
        let mut claims = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let path = format!("{}[{index}]", root.path("claims"));
            let known = [
                "id", "party", "claimant", "measure", "group", "figure", "hedge", "as_of", "source", "quote", "note",
                "headline",
            ];
            let Some(claim) = self.object(item, path, &known) else { continue };
            let id = self.required_text(&claim, "id", SHORT_TEXT);
            self.unique_id(&mut seen, &id, claim.path("id"));
            let party = self
                .required_text(&claim, "party", SHORT_TEXT)
                .and_then(|party| self.reference(parties, &party, claim.path("party"), "party"));
            let claimant = self.required_localized(&claim, "claimant", SHORT_TEXT);
            let measure = self.required_text(&claim, "measure", SHORT_TEXT).and_then(|key| {
                let measure = Measure::from_key(&key);
                if measure.is_none() {
                    let known: Vec<&str> = Measure::ALL.iter().map(|m| m.key()).collect();
                    self.error(claim.path("measure"), format!("\"{key}\" is not one of {}", known.join(", ")));
                }
                measure
            });
            let group = self.required_text(&claim, "group", SHORT_TEXT).and_then(|key| {
                let group = Group::from_key(&key);
                if group.is_none() {
                    let known: Vec<&str> = Group::ALL.iter().map(|g| g.key()).collect();
                    self.error(claim.path("group"), format!("\"{key}\" is not one of {}", known.join(", ")));
                }
                group
            });
            let figure = self.required(&claim, "figure").and_then(|value| self.figure(value, claim.path("figure")));
            let hedge = self.optional_localized(&claim, "hedge", SHORT_TEXT);
            let as_of = self.required(&claim, "as_of").and_then(|value| self.as_of(value, claim.path("as_of")));
            let source = self
                .required_text(&claim, "source", SHORT_TEXT)
                .and_then(|source| self.reference(sources, &source, claim.path("source"), "source"));
            let quote = self.required_text(&claim, "quote", LONG_TEXT);
            let note = self.optional_localized(&claim, "note", LONG_TEXT);
            let headline = match claim.get("headline") {
                None => false,
                Some(Value::Bool(headline)) => *headline,
                Some(other) => {
                    self.error(claim.path("headline"), format!("must be true or false, not {}", kind_of(other)));
                    false
                }
            };
            if let (true, Some(party), Some(measure), Some(as_of)) = (headline, &party, measure, as_of) {
                let key = (party.id.clone(), measure, as_of.date());
                let earlier = match headline_of.iter_mut().find(|(known, _)| *known == key) {
                    Some((_, at)) => Some(std::mem::replace(at, index)),
                    None => {
                        headline_of.push((key, index));
                        None
                    }
                };
                if let Some(first) = earlier {
                    self.error(
                        claim.path("headline"),
                        format!(
                            "claims[{first}] is already the headline figure for {} {} on {}; a revised figure needs a later date",
                            party.id,
                            measure.key(),
                            as_of.date()
                        ),
                    );
                }
            }
            if let (Some(id), Some(party), Some(claimant), Some(measure), Some(group), Some(figure), Some(as_of)) =
                (id, party, claimant, measure, group, figure, as_of)
            {
                if let (Some(source), Some(quote)) = (source, quote) {
                    claims.push(Claim {
                        id,
                        party,
                        claimant,
                        measure,
                        group,
                        figure,
                        hedge,
                        as_of,
                        source,
                        quote,
                        note,
                        headline,
                    });
                }
            }
        }
        (claims.len() == items.len()).then_some(claims)
    }

    fn figure(&mut self, value: &Value, path: String) -> Option<Figure> {
        let figure = self.object(value, path, &["bound", "value", "low", "high"])?;
        let bound = self.required_text(&figure, "bound", SHORT_TEXT)?;
        let count = |reader: &mut Self, key: &str| {
            let value = reader.required(&figure, key)?;
            reader.count_value(value, figure.path(key))
        };
        let single = |make: fn(u64) -> Figure| (make, "value");
        let (make, needs) = match bound.as_str() {
            "exact" => single(Figure::Exact),
            "about" => single(Figure::About),
            "at_least" => single(Figure::AtLeast),
            "more_than" => single(Figure::MoreThan),
            "up_to" => single(Figure::UpTo),
            "range" => {
                self.forbid(&figure, &["value"], "a range has low and high, not value");
                let low = count(self, "low");
                let high = count(self, "high");
                return Range::new(low?, high?)
                    .map(Figure::Range)
                    .map_err(|reason| self.error(figure.path("high"), reason))
                    .ok();
            }
            "not_reported" => {
                self.forbid(&figure, &["value", "low", "high"], "a figure that was not reported has no number");
                return Some(Figure::NotReported);
            }
            other => {
                self.error(
                    figure.path("bound"),
                    format!("\"{other}\" is not one of exact, about, at_least, more_than, up_to, range, not_reported"),
                );
                return None;
            }
        };
        self.forbid(&figure, &["low", "high"], "only a range has low and high");
        count(self, needs).map(make)
    }

    fn forbid(&mut self, object: &Object, keys: &[&str], reason: &str) {
        for key in keys {
            if object.get(key).is_some() {
                self.error(object.path(key), reason);
            }
        }
    }

    fn as_of(&mut self, value: &Value, path: String) -> Option<AsOf> {
        let as_of = self.object(value, path.clone(), &["refers_to", "reported_by"])?;
        match (as_of.get("refers_to"), as_of.get("reported_by")) {
            (Some(date), None) => self.date_value(date, as_of.path("refers_to")).map(AsOf::RefersTo),
            (None, Some(date)) => self.date_value(date, as_of.path("reported_by")).map(AsOf::ReportedBy),
            _ => {
                self.error(path, "must have exactly one of refers_to (the day the figure describes) or reported_by (the day it had been reported by)");
                None
            }
        }
    }

    fn context(&mut self, root: &Object, sources: &Listed<Source>) -> Option<Vec<ContextLine>> {
        let items = self.list(root, "context", false, MAX_CONTEXT_LINES)?;
        let mut lines = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let path = format!("{}[{index}]", root.path("context"));
            let Some(line) = self.object(item, path, &["date", "text", "source"]) else { continue };
            let date = self.optional_date(&line, "date");
            let text = self.required_localized(&line, "text", LONG_TEXT);
            // An absent source is fine; a named one must resolve.
            let source = match line.get("source") {
                None => Ok(None),
                Some(_) => self
                    .optional_text(&line, "source", SHORT_TEXT)
                    .and_then(|id| self.reference(sources, &id, line.path("source"), "source"))
                    .map(Some)
                    .ok_or(()),
            };
            if let (Some(text), Ok(source)) = (text, source) {
                lines.push(ContextLine { date, text, source });
            }
        }
        (lines.len() == items.len()).then_some(lines)
    }

    fn corrections(&mut self, root: &Object, updated: Option<CalendarDate>) -> Option<Vec<Correction>> {
        let items = self.list(root, "corrections", false, MAX_NOTES)?;
        let mut corrections = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let path = format!("{}[{index}]", root.path("corrections"));
            let Some(correction) = self.object(item, path, &["date", "text"]) else { continue };
            let date = self.required_date(&correction, "date");
            let text = self.required_localized(&correction, "text", LONG_TEXT);
            if let (Some(date), Some(latest)) = (date, updated) {
                if date > latest {
                    self.error(
                        correction.path("date"),
                        format!("{date} is after the dataset's updated date, {latest}"),
                    );
                }
            }
            if let (Some(date), Some(text)) = (date, text) {
                corrections.push(Correction { date, text });
            }
        }
        if !corrections.is_empty() && root.get("updated").is_none() {
            self.error(root.path("updated"), "is required when the dataset has corrections");
        }
        (corrections.len() == items.len()).then_some(corrections)
    }

    fn unreviewed_translations(&mut self, root: &Object) -> Vec<Locale> {
        let items = self.list(root, "unreviewed_translations", false, Locale::ALL.len()).unwrap_or_default();
        let path = root.path("unreviewed_translations");
        let mut locales = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{index}]");
            let Some(code) = self.text_value(item, item_path.clone(), SHORT_TEXT) else { continue };
            match Locale::from_code(&code) {
                Some(locale) => locales.push(locale),
                None => self.error(item_path, format!("\"{code}\" is not one of en, hy, az, ru, uk")),
            }
        }
        locales
    }

    fn notes(&mut self, root: &Object) -> Option<Vec<Text>> {
        let items = self.list(root, "notes", false, MAX_NOTES)?;
        let path = root.path("notes");
        let notes: Vec<Text> = items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| self.localized_value(item, format!("{path}[{index}]"), LONG_TEXT))
            .collect();
        (notes.len() == items.len()).then_some(notes)
    }
}
