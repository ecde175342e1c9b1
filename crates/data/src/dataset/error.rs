//! Why a document could not become a `Dataset`, said so an editor can fix it.

use std::fmt;

use super::FieldPath;

/// Larger documents are refused before parsing: no real card needs more, and parsing more would stall a phone.
pub use crate::format::limits::MAX_DOCUMENT_BYTES;

/// Why a document could not become a `Dataset`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetError {
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    /// The document is JSON but not a valid dataset: one structural error (a wrong type, an unknown,
    /// missing or repeated field), or every problem the checks on the decoded document found.
    Invalid(Vec<FieldError>),
}

/// One rule a field breaks, e.g. `claims[3].source: no source with id "apa"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub path: FieldPath,
    pub reason: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// At most `max_chars` characters of `text`, then "…": an error message repeats what it was given,
/// never a wall of it (a page or a command line may hand over 100,000 characters).
pub fn shortened(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
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
