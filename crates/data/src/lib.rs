//! The data a card shows: the published format and the model validated from it.
//!
//! - [`format`]: the format's serde types, its vocabulary and limits, and (natively) its JSON Schema:
//!   one definition that the reader, the schema, the validator and the workbench all read.
//! - [`dataset`]: the validated model the card shows, and every problem a document can have, at its
//!   JSON path.
//! - [`locale`]: the languages a card can be shown in.

pub mod dataset;
pub mod format;
pub mod locale;
