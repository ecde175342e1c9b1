//! A reported number with its bound: the qualifier is part of the number ("at least 200").

use crate::format::Bound;

/// What a source said about one count. Each bound is its own variant, so a lower bound can never be
/// drawn or worded as an exact figure by accident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// "192 troops".
    Exact(u64),
    /// "some 511", "about 500", "around 60".
    About(u64),
    /// "at least 200": the true figure may be higher.
    AtLeast(u64),
    /// "more than 40": strictly above, and possibly far above.
    MoreThan(u64),
    /// "up to 5": an upper limit.
    UpTo(u64),
    /// "nearly 85,000": just under the number, approximately.
    Nearly(u64),
    /// "between 10 and 20", perhaps with a central estimate.
    Range(Range),
    /// Words with no number ("tens of thousands"): the claim holds the words. Never drawn as a bar.
    InWords,
    /// The party gave no figure. Never drawn as zero.
    NotReported,
}

/// A closed range whose low end is below its high end, and the source's central estimate if it gave
/// one, strictly between them. Only `Range::new` and `Range::with_central` build one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    low: u64,
    high: u64,
    central: Option<u64>,
}

impl Range {
    pub fn new(low: u64, high: u64) -> Result<Self, String> {
        if low < high {
            Ok(Self { low, high, central: None })
        } else {
            Err(format!("a range's low ({low}) must be below its high ({high})"))
        }
    }

    pub fn with_central(self, central: u64) -> Result<Self, String> {
        let Self { low, high, .. } = self;
        if low < central && central < high {
            Ok(Self { central: Some(central), ..self })
        } else {
            Err(format!(
                "the central estimate ({central}) must lie between low ({low}) and high ({high}); if the source gives only one number, write it with bound \"about\""
            ))
        }
    }

    pub fn central(self) -> Option<u64> {
        self.central
    }

    pub fn low(self) -> u64 {
        self.low
    }

    pub fn high(self) -> u64 {
        self.high
    }
}

impl Figure {
    /// The figure's qualifier, as the format names it.
    pub fn bound(self) -> Bound {
        match self {
            Figure::Exact(_) => Bound::Exact,
            Figure::About(_) => Bound::About,
            Figure::AtLeast(_) => Bound::AtLeast,
            Figure::MoreThan(_) => Bound::MoreThan,
            Figure::UpTo(_) => Bound::UpTo,
            Figure::Nearly(_) => Bound::Nearly,
            Figure::Range(_) => Bound::Range,
            Figure::InWords => Bound::InWords,
            Figure::NotReported => Bound::NotReported,
        }
    }

    /// How far this figure reaches on a shared scale: the high end of a range, the number otherwise.
    pub fn extent(self) -> Option<u64> {
        match self {
            Figure::Exact(n)
            | Figure::About(n)
            | Figure::AtLeast(n)
            | Figure::MoreThan(n)
            | Figure::UpTo(n)
            | Figure::Nearly(n) => Some(n),
            Figure::Range(range) => Some(range.high()),
            Figure::InWords | Figure::NotReported => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_must_rise() {
        assert!(Range::new(10, 20).is_ok());
        assert!(Range::new(20, 20).is_err());
        assert!(Range::new(30, 20).is_err());
    }

    #[test]
    fn extent_is_what_a_bar_reaches() {
        assert_eq!(Figure::AtLeast(200).extent(), Some(200));
        assert_eq!(Figure::Range(Range::new(10, 20).unwrap()).extent(), Some(20));
        assert_eq!(Figure::NotReported.extent(), None);
    }
}
