//! A place in a dataset document, from its root: `claims[3].figure.value`. The validator names each
//! problem's place with one, `claims-card validate` prints it, and the workbench puts the problem at the
//! form control for it, so the place is built once, typed, and never parsed back from its text.

use std::fmt;
use std::rc::Rc;

/// One step into the document: a field of an object, or an entry of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(Rc<str>),
    Index(usize),
}

/// A place in the document; the root is the whole document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FieldPath(Rc<[Step]>);

impl FieldPath {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn field(&self, name: &str) -> Self {
        self.then(Step::Field(name.into()))
    }

    pub fn index(&self, index: usize) -> Self {
        self.then(Step::Index(index))
    }

    fn then(&self, step: Step) -> Self {
        Self(self.0.iter().cloned().chain([step]).collect())
    }

    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    pub fn parent(&self) -> Option<Self> {
        (!self.0.is_empty()).then(|| Self(self.0[..self.0.len() - 1].into()))
    }

    pub fn last(&self) -> Option<&Step> {
        self.0.last()
    }

    /// The entry's place in its list, where the path ends at a list entry.
    pub fn last_index(&self) -> Option<usize> {
        match self.0.last() {
            Some(Step::Index(index)) => Some(*index),
            _ => None,
        }
    }

    /// Whether `self` is `other` or inside it.
    pub fn is_within(&self, other: &FieldPath) -> bool {
        self.0.starts_with(&other.0)
    }
}

impl From<&str> for FieldPath {
    /// A top-level field: `"title".into()`.
    fn from(name: &str) -> Self {
        Self::root().field(name)
    }
}

impl FromIterator<Step> for FieldPath {
    fn from_iter<I: IntoIterator<Item = Step>>(steps: I) -> Self {
        Self(steps.into_iter().collect())
    }
}

impl fmt::Display for FieldPath {
    /// As `claims-card validate` writes it: `claims[3].figure.value`, `document` for the whole.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("document");
        }
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Field(name) if i == 0 => f.write_str(name)?,
                Step::Field(name) => write!(f, ".{name}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_written_as_editors_read_them() {
        let path = FieldPath::root().field("claims").index(3).field("figure").field("value");
        assert_eq!(path.to_string(), "claims[3].figure.value");
        assert_eq!(FieldPath::root().to_string(), "document");
        assert_eq!(FieldPath::from("title").field("en").to_string(), "title.en");
        assert!(path.is_within(&FieldPath::root().field("claims").index(3)));
        assert_eq!(path.parent().unwrap().parent().unwrap().last_index(), Some(3));
    }
}
