//! Text to feed a reader: arbitrary strings, JSON-shaped noise, and real documents cut, torn and
//! spliced by proptest.

use claims_card_data::dataset::SEED_JSON;
use proptest::prelude::*;
use proptest::sample::Index;

/// One edit of a document's text at a position given as a fraction of its length.
#[derive(Debug, Clone)]
pub enum Edit {
    Cut(Index),
    Delete(Index, usize),
    Insert(Index, String),
}

pub fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<Index>().prop_map(Edit::Cut),
        (any::<Index>(), 1..12usize).prop_map(|(at, length)| Edit::Delete(at, length)),
        (any::<Index>(), prop_oneof![json_fragment(), any::<String>()]).prop_map(|(at, text)| Edit::Insert(at, text)),
    ]
}

/// The byte offset of a character boundary, chosen by `at`.
fn boundary(text: &str, at: &Index) -> usize {
    let boundaries: Vec<usize> = text.char_indices().map(|(offset, _)| offset).chain([text.len()]).collect();
    boundaries[at.index(boundaries.len())]
}

pub fn apply_edits(mut text: String, edits: &[Edit]) -> String {
    for edit in edits {
        match edit {
            Edit::Cut(at) => text.truncate(boundary(&text, at)),
            Edit::Delete(at, length) => {
                let start = boundary(&text, at);
                let end = text[start..].char_indices().nth(*length).map_or(text.len(), |(offset, _)| start + offset);
                text.replace_range(start..end, "");
            }
            Edit::Insert(at, inserted) => text.insert_str(boundary(&text, at), inserted),
        }
    }
    text
}

/// Short runs of the characters JSON is made of.
pub fn json_fragment() -> impl Strategy<Value = String> {
    "[\\[\\]{}\":,0-9a-z .eE+\\-\\\\/]{0,24}"
}

/// Any text: arbitrary Unicode, JSON-shaped noise, and real documents cut, torn and spliced.
pub fn any_text() -> impl Strategy<Value = String> {
    let minimal = super::minimal().to_string();
    prop_oneof![
        any::<String>(),
        prop::collection::vec(json_fragment(), 0..8).prop_map(|parts| parts.concat()),
        prop::collection::vec(edit(), 1..4).prop_map(|edits| apply_edits(SEED_JSON.to_owned(), &edits)),
        prop::collection::vec(edit(), 1..4).prop_map(move |edits| apply_edits(minimal.clone(), &edits)),
    ]
}
