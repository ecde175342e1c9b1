//! The format's limits, each defined once: the reader's validator, the decoder, the generated schema and
//! the workbench's forms all read them here. A limit is a promise to readers (a card of 1,000 claims
//! still renders in time) and to editors (the workbench stays responsive), not a storage constraint.

/// A document's size, in bytes of its JSON text: the reader refuses anything larger before reading it.
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024;

/// Parties on one card: beyond a dozen, a comparison card stops being readable.
pub const MAX_PARTIES: usize = 12;
/// Claimants, in format version 2.
pub const MAX_CLAIMANTS: usize = 100;
/// Sources.
pub const MAX_SOURCES: usize = 200;
/// Claims.
pub const MAX_CLAIMS: usize = 1000;
/// Earlier reports in one claim's series: three years of daily figures fit, with room.
pub const MAX_SERIES_POINTS: usize = 4000;
/// Context lines.
pub const MAX_CONTEXT_LINES: usize = 20;
/// Notes.
pub const MAX_NOTES: usize = 20;
/// Corrections.
pub const MAX_CORRECTIONS: usize = 20;

/// Names, labels and ids, in characters once trimmed.
pub const SHORT_TEXT: usize = 200;
/// Quotes, notes and context lines, in characters once trimmed.
pub const LONG_TEXT: usize = 2000;
/// A link, in characters.
pub const LINK_LENGTH: usize = 2000;

/// Casualty counts above a billion are a typo, not a claim.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// The document's lists by field name, with their limits, as the validator applies them.
pub const LISTS: [(&str, usize); 7] = [
    ("parties", MAX_PARTIES),
    ("sources", MAX_SOURCES),
    ("claimants", MAX_CLAIMANTS),
    ("claims", MAX_CLAIMS),
    ("context", MAX_CONTEXT_LINES),
    ("corrections", MAX_CORRECTIONS),
    ("notes", MAX_NOTES),
];
