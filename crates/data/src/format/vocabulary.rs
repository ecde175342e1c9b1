//! The format's words, each defined once: a variant and the key data files use for it. Everything else
//! (serde's reading and writing, the schema, `ALL` for the card's order and the workbench's choices,
//! `key`/`from_key` for markup and the CSV) comes from that one line, so adding a measure, a group or a
//! bound is one line here plus its words in each language (`src/words`, where the compiler asks for
//! every language's word).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Defines a word of the format: a fieldless enum whose variants each name their key.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$variant_meta:meta])* $variant:ident = $key:literal, )+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        pub enum $name {
            $( $(#[$variant_meta])* #[cfg_attr(not(target_arch = "wasm32"), schemars(rename = $key))] $variant, )+
        }

        impl $name {
            /// Every value, in the order the card and the workbench list them.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];
            /// The keys data files use, in the same order.
            pub const KEYS: [&'static str; [$($key),+].len()] = [$($key),+];

            /// The key used in data files, in the card's markup and in the CSV.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|value| value.key() == key)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        /// Read with surrounding whitespace allowed, as format 1 always has.
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                super::de::word(deserializer, &Self::ALL, Self::key, &Self::KEYS)
            }
        }
    };
}

vocabulary! {
    /// What happened to the people counted: one outcome, or the outcomes a source counted together
    /// ("casualties": killed and wounded). Each is a measure of its own on the card, with its own scale:
    /// a combined figure is never drawn beside, or added to, a single outcome's.
    pub enum Measure {
        Killed = "killed",
        Wounded = "wounded",
        Missing = "missing",
        /// Taken prisoner.
        Captured = "captured",
        /// Held hostage (civilians or soldiers held to be bargained for, not prisoners of war).
        HeldHostage = "held_hostage",
        /// Killed and wounded counted together, as the source says ("killed and wounded").
        KilledAndWounded = "killed_and_wounded",
        /// Killed or missing, counted together.
        KilledOrMissing = "killed_or_missing",
        /// Killed or captured, counted together.
        KilledOrCaptured = "killed_or_captured",
        /// Losses of every kind counted together and not told apart ("casualties", "personnel losses":
        /// killed, wounded, missing and captured as the source counts them).
        Casualties = "casualties",
    }
}

vocabulary! {
    /// Who is counted. Sources count different groups; the card says which beside every figure and never adds
    /// one group to another.
    pub enum Group {
        /// Everyone, civilians included.
        People = "people",
        /// Armed forces of any branch ("troops").
        ServiceMembers = "service_members",
        Soldiers = "soldiers",
        /// Service members of an interior ministry.
        InteriorMinistry = "interior_ministry",
        Civilians = "civilians",
        Children = "children",
        /// Members of armed groups that are not a state's forces ("fighters", "militants"): a count of them
        /// is a subset of a toll of people, never a rival total.
        Fighters = "fighters",
    }
}

vocabulary! {
    /// How a figure was arrived at, when the source says (left out: unstated).
    pub enum Method {
        /// A party's own official toll.
        OfficialToll = "official_toll",
        /// A count of individuals identified by name: a lower bound by its method.
        NamedCount = "named_count",
        /// An estimate (an intelligence estimate, an official's estimate).
        Estimate = "estimate",
        /// A statistical estimate: a model, a survey, records.
        StatisticalEstimate = "statistical_estimate",
    }
}

vocabulary! {
    /// A figure's qualifier, the `bound` of a figure (`super::Figure` holds its numbers).
    pub enum Bound {
        Exact = "exact",
        About = "about",
        AtLeast = "at_least",
        MoreThan = "more_than",
        UpTo = "up_to",
        /// Just under the number ("nearly 85,000"): approximate, and not above it.
        Nearly = "nearly",
        Range = "range",
        /// Words only, with no number ("tens of thousands"): shown as the words, with no bar.
        InWords = "in_words",
        NotReported = "not_reported",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_and_write_as_themselves() {
        for measure in Measure::ALL {
            let json = serde_json::to_string(&measure).unwrap();
            assert_eq!(json, format!("\"{}\"", measure.key()));
            assert_eq!(serde_json::from_str::<Measure>(&format!("\" {} \"", measure.key())).unwrap(), measure);
        }
        assert_eq!(Group::from_key("service_members"), Some(Group::ServiceMembers));
        assert_eq!(Bound::KEYS.len(), Bound::ALL.len());
        let unknown = serde_json::from_str::<Group>("\"troops\"").unwrap_err().to_string();
        assert!(unknown.contains("expected one of `people`, `service_members`"), "{unknown}");
    }
}
