//! The published format, version 1: the JSON a dataset is written in, as serde types.
//!
//! These types are the one definition of the format. serde reads a document into them (refusing unknown
//! fields, a field given twice, and wrong types, with the JSON path of the problem); `crate::dataset` then
//! checks what types cannot say (ids that resolve, dates in order, limits, safe links) and builds the model
//! the card shows. Natively, the published JSON Schema is generated from the same types (`schema.rs`,
//! `claims-card schema`), and their doc comments become its descriptions.
//!
//! Strings are kept as written: `dataset` trims them and judges their length and characters, so that every
//! such problem is reported at once rather than the first one stopping the read.

mod de;
pub mod limits;
#[cfg(not(target_arch = "wasm32"))]
mod schema;
mod vocabulary;

use serde::{Deserialize, Serialize};
use serde_path_to_error::Segment;

use crate::dataset::{FieldPath, Step};

pub use crate::locale::Locale;

#[cfg(not(target_arch = "wasm32"))]
pub use schema::{schema, schema_json};
pub use vocabulary::{Bound, Group, Measure, Method};

/// The newest format version this build reads. A document names the version it was written for.
pub const FORMAT_VERSION: u64 = 2;
/// The versions this build reads: 1 (each claim names its claimant in free text) and 2 (claimants are
/// listed once and say what they are to each party).
pub const FORMAT_VERSIONS: [u64; 2] = [1, 2];

/// A claims-card dataset: the casualty figures each side of a conflict claims, with their sources.
///
/// `claims-card validate FILE...` is authoritative; it also checks what this schema cannot express: ids are
/// unique within parties, within sources and within claims; a claim's party names a listed party, and a
/// claim's or context line's source names a listed source; a source's via names a source listed before it
/// (so via can never loop); a range's low is below its high; event.end is not before event.start; a
/// correction's date is not after updated; a claimant has at most one headline figure per party, measure
/// and date: a revised headline needs a later as_of date (headline figures from different claimants are
/// competing claims, shown side by side); in version 2, a claim's claimant names a listed claimant, a
/// claimant's party names a listed party, a lead claim is a headline claim and one claimant leads a row;
/// version 1 has no claimants list and no lead; translated text includes the dataset's language; the document
/// is at most 524288 bytes (512 KiB); text limits count characters after surrounding whitespace is trimmed,
/// while the schema's maxLength counts that whitespace too; a url is at most 2000 characters; measure and
/// group are also accepted with surrounding whitespace by the reader (the schema wants the bare word).
/// Optional fields may be null, which means the same as leaving them out. Unknown fields are errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    schemars(
        title = "claims-card dataset, format version 1 or 2",
        extend(
            "allOf" = [
                {
                    "if": { "required": ["corrections"], "properties": { "corrections": { "type": "array", "minItems": 1 } } },
                    "then": { "required": ["updated"], "properties": { "updated": { "$ref": "#/$defs/Day" } } }
                }
            ],
            "oneOf" = [
                {
                    "description": "Format version 1: each claim names its claimant in free text; no claimants list, no lead.",
                    "properties": {
                        "format_version": { "const": 1 },
                        "claimants": { "type": "null" },
                        "missing": { "type": "null" },
                        "claims": { "items": { "properties": { "claimant": { "$ref": "#/$defs/TranslatableShortText" }, "lead": { "type": "null" } } } }
                    }
                },
                {
                    "description": "Format version 2: claimants are listed once; each claim names its claimant by id.",
                    "required": ["claimants"],
                    "properties": {
                        "format_version": { "const": 2 },
                        "claims": { "items": { "properties": { "claimant": { "$ref": "#/$defs/Id" } } } }
                    }
                }
            ]
        )
    )
)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The format version the document was written for: 1 or 2. The card refuses versions it does not know.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "FormatVersion"))]
    pub format_version: Count,
    /// The dataset's id.
    pub id: Id,
    /// The language the dataset's plain strings are written in (default en). Translated texts must include it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Locale>,
    /// Languages whose translations an editor has not yet reviewed; the card tells their readers so.
    #[serde(default, deserialize_with = "de::null_as_empty", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<Vec<Locale>>", length(max = Locale::ALL.len()), extend("uniqueItems" = true))
    )]
    pub unreviewed_translations: Vec<Locale>,
    /// A short label above the title ("Nagorno-Karabakh").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<Translatable<ShortText>>,
    /// The card's headline.
    pub title: Translatable<ShortText>,
    /// A line below the title ("Each side's own reported casualties, 19-20 September 2023").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dek: Option<Translatable<ShortText>>,
    /// The line under the title that says what the figures are. Left out, the card writes it from the
    /// claimants: "Losses as each side claims them; not independently verified", or its words for
    /// independent counts, or for both. Write it when those words are not right for your figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_line: Option<Translatable<ShortText>>,
    /// When the events took place.
    #[serde(deserialize_with = "de::object")]
    pub event: Event,
    /// The sides whose losses are claimed, in the order the card shows them: 1 to 12.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = limits::MAX_PARTIES)))]
    #[serde(deserialize_with = "de::objects")]
    pub parties: Vec<Party>,
    /// Format version 2: who makes the claims, each listed once with what it is to the parties: 1 to 100.
    /// Version 1 has no such list (each claim names its claimant in free text).
    #[serde(default, deserialize_with = "de::optional_objects", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Vec<Claimant>>", length(min = 1, max = limits::MAX_CLAIMANTS)))]
    pub claimants: Vec<Claimant>,
    /// Format version 2: what the card shows for a party with no claim for a measure: no_figure (the
    /// default, also in version 1: the party's row says the card has no figure for it) or leave_out (the
    /// party is left out of that measure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<Missing>,
    /// Where the figures were reported: 1 to 200.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = limits::MAX_SOURCES)))]
    #[serde(deserialize_with = "de::objects")]
    pub sources: Vec<Source>,
    /// The figures, one claim each: 1 to 1000.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = limits::MAX_CLAIMS)))]
    #[serde(deserialize_with = "de::objects")]
    pub claims: Vec<Claim>,
    /// Dated background lines shown under the comparison: up to 20.
    #[serde(default, deserialize_with = "de::optional_objects", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Vec<ContextLine>>", length(max = limits::MAX_CONTEXT_LINES)))]
    pub context: Vec<ContextLine>,
    /// Notes shown under the comparison, the first one in bold: up to 20.
    #[serde(default, deserialize_with = "de::null_as_empty", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Vec<Translatable<LongText>>>", length(max = limits::MAX_NOTES)))]
    pub notes: Vec<Translatable<LongText>>,
    /// The last day the data was changed (YYYY-MM-DD); required once there are corrections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Day>,
    /// Corrections made after publication, shown on the card: up to 20; they need updated.
    #[serde(default, deserialize_with = "de::optional_objects", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Vec<Correction>>", length(max = limits::MAX_CORRECTIONS)))]
    pub corrections: Vec<Correction>,
}

/// When the events the claims are about took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The first day (YYYY-MM-DD).
    pub start: Day,
    /// The last day (YYYY-MM-DD), not before start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Day>,
}

/// A side whose losses are claimed. Its place in the list is its place and accent on the card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// The party's id, which claims name in their party field; unique among parties.
    pub id: Id,
    /// The party's name as the card shows it ("Azerbaijan").
    pub name: Translatable<ShortText>,
    /// Format version 2: what the card shows where this party has no figure at all for a measure, in
    /// place of the document's missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<Missing>,
}

/// Who makes claims (format version 2): a party's own government or forces, an independent body (a UN
/// mission, a monitoring group, journalists counting names), or another outside party. Claims name it by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    schemars(extend(
        "oneOf" = [
            {
                "description": "Speaks for a party (kind absent, or outside).",
                "required": ["party"],
                "not": { "required": ["kind"], "properties": { "kind": { "const": "independent" } } }
            },
            {
                "description": "Speaks for no party: independent, or outside.",
                "required": ["kind"],
                "not": { "required": ["party"] }
            }
        ]
    ))
)]
#[serde(deny_unknown_fields)]
pub struct Claimant {
    /// The claimant's id, which claims name in their claimant field; unique among claimants.
    pub id: Id,
    /// The claimant's name in the form the card's "according to …" phrase needs ("Veldora's defence
    /// ministry"; genitive in Russian and Ukrainian: "министерства обороны Вельдоры").
    pub name: Translatable<ShortText>,
    /// The id of the party the claimant speaks for. Its claims about that party are the party's own figures;
    /// about another party, counter-claims (unless kind is outside).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<Id>,
    /// independent (a body that speaks for no party) or outside (a party outside the conflict, such as a
    /// peacekeeping force: its claims about other parties are outside claims, not counter-claims). Required
    /// without party; independent cannot have a party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ClaimantKind>,
    /// The label the card puts before this claimant's figures in place of its own ("Own figure",
    /// "Counter-claim", "Independent estimate", "Outside claim"): a neutral one such as "Health
    /// ministry toll", or "Leaked estimate" for a figure a party did not publish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Translatable<ShortText>>,
}

/// What a claimant is when it is not simply one of the warring parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClaimantKind {
    /// Speaks for no party: a UN mission, a monitoring group, journalists counting names.
    Independent,
    /// A party outside the conflict (a peacekeeping force, a neighbouring state).
    Outside,
}

/// What the card shows for a party that has no claim for a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// The party's row says "No figure on this card" (never "not reported": no claimant said that).
    #[default]
    NoFigure,
    /// The party is left out of that measure's comparison.
    LeaveOut,
}

/// Where claims were reported. A source without a url is shown without a link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The source's id, which claims and context lines name in their source field; unique among sources.
    pub id: Id,
    /// The outlet's name ("Kyiv Independent").
    pub outlet: ShortText,
    /// The author's name, if the piece is signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<ShortText>,
    /// The headline or title of the piece.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LongText>,
    /// How the outlet is described ("state-run, citing the Health Ministry").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Translatable<ShortText>>,
    /// The day the piece was published (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Day>,
    /// A link to the piece: http:// or https:// only, with a host name and no spaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Link>,
    /// The id of a source listed earlier through which this one reached us, when it was not read first-hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Id>,
    /// The language the piece is written in, where it is not the dataset's: its outlet's name, author,
    /// title and the quotes taken from it are marked with it, so a reader's voice reads them in that
    /// language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
}

/// One figure that one claimant gave about one party's losses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The claim's id; unique among claims.
    pub id: Id,
    /// The id of the party whose losses these are; or a list of two or more party ids for a figure that
    /// covers them together ("nearly 5,000 on both sides"), which the card shows once, outside each
    /// party's row, never added to anything.
    pub party: PartyRef,
    /// Who says so. Version 1: the claimant's name in the source's attribution ("Azerbaijan's Health
    /// Ministry"), text that may be translated. Version 2: the id of a listed claimant.
    pub claimant: Translatable<ShortText>,
    /// What happened to the people counted.
    pub measure: Measure,
    /// Who is counted.
    pub group: Group,
    /// The number, with its bound.
    pub figure: Figure,
    /// The source's own hedge, shown beside the number ("allegedly").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hedge: Option<Translatable<ShortText>>,
    /// How the figure was arrived at, shown beside it: official_toll, named_count (individuals identified
    /// by name), estimate, statistical_estimate. Leave it out when the source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    /// The period the figure covers, when it is not the whole conflict: { "year": 2024 },
    /// { "past_months": 12 } (up to the figure's date), or { "from": "…", "to": "…" } (both days included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The date the figure carries.
    pub as_of: AsOf,
    /// The id of the source that reported the figure.
    pub source: Id,
    /// The source's own sentence that gives the figure, in the source's language: never translated.
    pub quote: LongText,
    /// Context for this figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Translatable<LongText>>,
    /// true for a figure shown in the party's comparison row for that measure; the others form the
    /// breakdown. Headline figures from different claimants are competing claims, shown side by side; a
    /// revised figure is a second headline claim from the same claimant with a later as_of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<bool>,
    /// Format version 2: true on a headline claim whose claimant leads the party's row for that measure
    /// (by default the party's own claimant leads). At most one claimant leads a row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<bool>,
    /// The same claimant's earlier reports of this running count (same party, measure, group, method and
    /// period), oldest first, each before the claim's own date: `["YYYY-MM-DD", N]`, or
    /// `["YYYY-MM-DD", N, "correction"]` for a report below the one before it that corrected it. The
    /// claim's figure is the latest; the card gives the change since the report before it. Up to 4000.
    #[serde(default, deserialize_with = "de::null_as_empty", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "Option<Vec<SeriesPoint>>", length(max = limits::MAX_SERIES_POINTS))
    )]
    pub series: Vec<SeriesPoint>,
    /// true when the figure is below the series' last report because the claimant corrected it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<bool>,
}

/// One earlier report of a running count: its day and number, and whether it corrected the one before
/// it downward. Written as a list, `["2024-12-21", 772280]`, so that a series of thousands stays small.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesPoint {
    pub day: Day,
    pub value: Count,
    pub correction: bool,
}

/// The number the source gave, with its qualifier (`bound`): the qualifier is part of the number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "bound", rename_all = "snake_case", deny_unknown_fields)]
pub enum Figure {
    /// Exactly this many: "192 troops".
    Exact { value: Count },
    /// Approximately this many: "some 511", "about 500", "around 60".
    About { value: Count },
    /// At least this many: "at least 200"; the true figure may be higher.
    AtLeast { value: Count },
    /// More than this many: "more than 40", strictly above and possibly far above.
    MoreThan { value: Count },
    /// At most this many: "up to 5".
    UpTo { value: Count },
    /// Just under this many: "nearly 85,000", "almost 5,000" (approximate, and not above it).
    Nearly { value: Count },
    /// Between low and high: "between 10 and 20"; low is below high. A central estimate, where the
    /// source gives one ("55,298–78,525, central estimate 64,260"), lies strictly between them.
    Range {
        low: Count,
        high: Count,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        central: Option<Count>,
    },
    /// Words only, where the source gives no number ("tens of thousands"): shown as the words, with no bar.
    InWords { words: Translatable<ShortText> },
    /// The party gave no figure: shown as a dash and the words, never as 0.
    NotReported,
}

/// A claim's party: one party's id, or the ids of two or more parties a figure covers together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum PartyRef {
    One(Id),
    Several(
        #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 2, max = limits::MAX_PARTIES), extend("uniqueItems" = true)))]
         Vec<Id>,
    ),
}

/// The period a figure covers, when it is not the whole conflict: a year, the past months, or from one
/// day to another. (Read by hand in `de.rs`, which names the fields an editor mixed up.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged, deny_unknown_fields)]
pub enum Period {
    Year {
        /// A calendar year: "in 2024".
        year: Count,
    },
    PastMonths {
        /// The months up to the figure's date, 1 to 120: "over the past 12 months".
        past_months: Count,
    },
    Dates {
        /// The first day of the period (YYYY-MM-DD).
        from: Day,
        /// The last day (YYYY-MM-DD), both included: not before from, nor after the figure's own date.
        to: Day,
    },
}

/// The date a figure carries: exactly one of refers_to or reported_by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum AsOf {
    /// The day the figure describes (YYYY-MM-DD).
    RefersTo(Day),
    /// The day by which the figure had been reported (YYYY-MM-DD).
    ReportedBy(Day),
}

/// A dated line of background that is not a party's loss, so never drawn as a bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContextLine {
    /// The day the line is about (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Day>,
    /// The line itself.
    pub text: Translatable<LongText>,
    /// The id of the source the line comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Id>,
}

/// A correction made after publication, shown on the card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The day of the correction (YYYY-MM-DD), not after updated.
    pub date: Day,
    /// What was corrected ("the wounded figure was revised").
    pub text: Translatable<LongText>,
}

/// Text that may be translated: a string in the dataset's language, or an object of language codes to
/// strings that includes the dataset's language: `{ "en": "Azerbaijan", "ru": "Азербайджан" }`.
/// A language given twice is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translatable<T> {
    Plain(T),
    /// In the order written.
    Translated(Vec<(String, T)>),
}

/// A name, a label or an id: at most 200 characters once trimmed. Kept as written; `dataset` judges it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ShortText(pub String);

/// A quote, a note or a context line: at most 2000 characters once trimmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LongText(pub String);

/// An id (of a party, a source or a claim), compared after surrounding whitespace is trimmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

/// A calendar day written YYYY-MM-DD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Day(pub String);

/// A language as a BCP 47 tag ("ru", "he", "pt-BR"): any language, not only the card's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageTag(pub String);

/// A link: http:// or https:// only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Link(pub String);

/// A whole number from 0 (a whole-valued decimal such as `200.0` is read as 200).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Count(pub u64);

/// The schema of `format_version` (the field itself is read as a [`Count`], so that another version is
/// refused by `dataset` with a message that names both).
#[cfg(not(target_arch = "wasm32"))]
struct FormatVersion;

impl From<String> for ShortText {
    fn from(text: String) -> Self {
        Self(text)
    }
}

impl From<String> for LongText {
    fn from(text: String) -> Self {
        Self(text)
    }
}

/// Why a text is not a format document: the first structural problem, where it is.
#[derive(Debug)]
pub struct DecodeError {
    /// The place of the value that failed (`claims[0].figure`), the root for the document itself and for
    /// syntax errors, which carry their line and column instead.
    pub path: FieldPath,
    pub error: serde_json::Error,
}

/// Reads a document's text into the format's types. A structural error (not JSON, a wrong type, an
/// unknown, missing or repeated field) stops the read and names its JSON path.
pub fn from_json(text: &str) -> Result<Document, DecodeError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let de::ObjectOnly(document) = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error
            .path()
            .iter()
            .filter_map(|segment| match segment {
                Segment::Seq { index } => Some(Step::Index(*index)),
                Segment::Map { key } => Some(Step::Field(key.as_str().into())),
                Segment::Enum { .. } | Segment::Unknown => None,
            })
            .collect();
        DecodeError { path, error: error.into_inner() }
    })?;
    // Anything after the document ("trailing characters") is a syntax error with its line and column.
    deserializer.end().map_err(|error| DecodeError { path: FieldPath::root(), error })?;
    Ok(document)
}

impl AsRef<str> for ShortText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for LongText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
