//! The few `Deserialize` impls serde's derive cannot write the way the format needs: a figure tagged by
//! `bound` and a date under `as_of` (so that an error inside them keeps its JSON path, which serde's
//! internally tagged enums lose), translated text (a map that refuses a language given twice), counts
//! (whole numbers, with a message an editor understands) and measure and group words (accepted with
//! surrounding whitespace, as format 1 always has).

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{AsOf, Bound, Count, Day, Figure, Id, Locale, PartyRef, Period, SeriesPoint, ShortText, Translatable};

/// A derived struct read from a JSON object only. serde's derive also accepts a list of a struct's fields
/// in order (`"event": ["2023-09-19"]`), which the format has never allowed: it has no field names to check.
pub(super) struct ObjectOnly<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ObjectOnly<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = T;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                // The derived impl reads the same map, so unknown and repeated fields are refused as usual.
                T::deserialize(MapAccessDeserializer::new(map))
            }
        }

        deserializer.deserialize_map(ObjectVisitor(PhantomData)).map(ObjectOnly)
    }
}

pub(super) fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<T, D::Error> {
    ObjectOnly::deserialize(deserializer).map(|ObjectOnly(value)| value)
}

/// A list of objects.
pub(super) fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    let items = Vec::<ObjectOnly<T>>::deserialize(deserializer)?;
    Ok(items.into_iter().map(|ObjectOnly(item)| item).collect())
}

/// An optional list of objects: `null` means the same as leaving it out.
pub(super) fn optional_objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    let items = Option::<Vec<ObjectOnly<T>>>::deserialize(deserializer)?.unwrap_or_default();
    Ok(items.into_iter().map(|ObjectOnly(item)| item).collect())
}

/// `null` for a list means the same as leaving it out.
pub(super) fn null_as_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

/// What a count must be. Whole numbers above the limit are read, and refused by `dataset`, so that the
/// limit is reported beside the document's other problems.
const MAX_COUNT_WORDS: &str = "a whole number from 0 (such as 200)";
use super::limits::MAX_COUNT;

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CountVisitor;

        impl Visitor<'_> for CountVisitor {
            type Value = Count;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(MAX_COUNT_WORDS)
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Count, E> {
                Ok(Count(n))
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Count, E> {
                u64::try_from(n).map(Count).map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))
            }

            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Count, E> {
                // `200.0` is a whole number; format 1 has always read it as 200.
                if n >= 0.0 && n.fract() == 0.0 && n <= MAX_COUNT as f64 {
                    Ok(Count(n as u64))
                } else if n > 0.0 && n.fract() == 0.0 {
                    // Whole, but past what a u64 or an f64 holds exactly: no real count is that large.
                    Err(E::custom(format!("{} is above the limit of {MAX_COUNT}", whole_number(n))))
                } else {
                    Err(E::invalid_value(Unexpected::Float(n), &self))
                }
            }
        }

        deserializer.deserialize_u64(CountVisitor)
    }
}

/// A whole number above any count, as the editor wrote it: every digit, where it fits in 128 bits
/// ("18446744073709551616"); past that as serde_json writes it ("1e+300"). Not Rust's float formatting,
/// which would add about 10 KB to the reader's wasm for this one message (JSON's own errors
/// already format numbers with serde_json's).
fn whole_number(n: f64) -> String {
    if n < 2f64.powi(128) {
        (n as u128).to_string()
    } else {
        serde_json::Number::from_f64(n).map(|number| number.to_string()).unwrap_or_default()
    }
}

/// Reads one of `words` (trimmed) as the matching value of `all`.
pub(super) fn word<'de, D: Deserializer<'de>, T: Copy>(
    deserializer: D,
    all: &[T],
    key: fn(T) -> &'static str,
    words: &'static [&'static str],
) -> Result<T, D::Error> {
    let text = String::deserialize(deserializer)?;
    let trimmed = text.trim();
    all.iter().copied().find(|value| key(*value) == trimmed).ok_or_else(|| de::Error::unknown_variant(trimmed, words))
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        word(deserializer, &Locale::ALL, Locale::tag, &["en", "hy", "az", "ru", "uk"])
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

const FIGURE_FIELDS: &[&str] = &["bound", "value", "low", "high", "central", "words"];
impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FigureVisitor;

        impl<'de> Visitor<'de> for FigureVisitor {
            type Value = Figure;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a figure such as { "bound": "at_least", "value": 200 }"#)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Figure, A::Error> {
                let (mut bound, mut value, mut low, mut high, mut central) = (None::<Bound>, None, None, None, None);
                let mut words = None::<Option<Translatable<ShortText>>>;
                while let Some(key) = map.next_key::<String>()? {
                    // A present `null` means the same as leaving the field out.
                    let slot = match key.as_str() {
                        "bound" => {
                            if bound.is_some() {
                                return Err(de::Error::duplicate_field("bound"));
                            }
                            bound = Some(map.next_value()?);
                            continue;
                        }
                        "words" => {
                            if words.is_some() {
                                return Err(de::Error::duplicate_field("words"));
                            }
                            words = Some(map.next_value()?);
                            continue;
                        }
                        "value" => &mut value,
                        "low" => &mut low,
                        "high" => &mut high,
                        "central" => &mut central,
                        other => return Err(de::Error::unknown_field(other, FIGURE_FIELDS)),
                    };
                    if slot.is_some() {
                        return Err(de::Error::duplicate_field(
                            FIGURE_FIELDS.iter().find(|name| **name == key).unwrap(),
                        ));
                    }
                    *slot = Some(map.next_value::<Option<Count>>()?);
                }
                let (value, low, high, central) = (value.flatten(), low.flatten(), high.flatten(), central.flatten());
                let words = words.flatten();
                let bound = bound.ok_or_else(|| de::Error::missing_field("bound"))?;
                if words.is_some() && bound != Bound::InWords {
                    return Err(de::Error::custom(format!(
                        "only a figure with bound \"in_words\" has words; a figure with bound \"{}\" has a number",
                        bound.key()
                    )));
                }
                if central.is_some() && bound != Bound::Range {
                    return Err(de::Error::custom(
                        "only a range has a central estimate: write { \"bound\": \"range\", \"low\", \"high\", \"central\" }",
                    ));
                }
                let single = |make: fn(Count) -> Figure| {
                    if low.is_some() || high.is_some() {
                        return Err(de::Error::custom(format!(
                            "only a range has low and high; a figure with bound \"{}\" has a value",
                            bound.key()
                        )));
                    }
                    value.map(make).ok_or_else(|| de::Error::missing_field("value"))
                };
                match bound {
                    Bound::Exact => single(|value| Figure::Exact { value }),
                    Bound::About => single(|value| Figure::About { value }),
                    Bound::AtLeast => single(|value| Figure::AtLeast { value }),
                    Bound::MoreThan => single(|value| Figure::MoreThan { value }),
                    Bound::UpTo => single(|value| Figure::UpTo { value }),
                    Bound::Nearly => single(|value| Figure::Nearly { value }),
                    Bound::Range => {
                        if value.is_some() {
                            return Err(de::Error::custom("a range has low and high, not value"));
                        }
                        let low = low.ok_or_else(|| de::Error::missing_field("low"))?;
                        let high = high.ok_or_else(|| de::Error::missing_field("high"))?;
                        Ok(Figure::Range { low, high, central })
                    }
                    Bound::InWords => {
                        if value.is_some() || low.is_some() || high.is_some() {
                            return Err(de::Error::custom(
                                "a figure in words has no number: remove value, low and high (or give the number with its bound, such as \"about\")",
                            ));
                        }
                        let words = words.ok_or_else(|| de::Error::missing_field("words"))?;
                        Ok(Figure::InWords { words })
                    }
                    Bound::NotReported if value.is_some() || low.is_some() || high.is_some() => Err(de::Error::custom(
                        "a figure that was not reported has no number: remove value, low and high",
                    )),
                    Bound::NotReported => Ok(Figure::NotReported),
                }
            }
        }

        deserializer.deserialize_struct("Figure", FIGURE_FIELDS, FigureVisitor)
    }
}

impl<'de> Deserialize<'de> for PartyRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PartyVisitor;

        impl<'de> Visitor<'de> for PartyVisitor {
            type Value = PartyRef;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a party's id, or a list of two or more ids for a figure that covers them together"#)
            }

            fn visit_str<E: de::Error>(self, id: &str) -> Result<PartyRef, E> {
                Ok(PartyRef::One(Id(id.to_owned())))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<PartyRef, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element::<Id>()? {
                    ids.push(id);
                }
                Ok(PartyRef::Several(ids))
            }
        }

        deserializer.deserialize_any(PartyVisitor)
    }
}

const PERIOD_FIELDS: &[&str] = &["year", "past_months", "from", "to"];

/// Read by hand, like `AsOf`: serde's derive would read a mixed-up period as a syntax error, which
/// would send an editor looking for a missing comma.
impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PeriodVisitor;

        const ONE_OF: &str = "must be one of { \"year\": 2024 } (\"in 2024\"), { \"past_months\": 12 } (\"over the past 12 months\") or { \"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\" }";

        impl<'de> Visitor<'de> for PeriodVisitor {
            type Value = Period;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"an object such as { "year": 2024 }"#)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Period, A::Error> {
                let (mut year, mut past_months, mut from, mut to) = (None, None, None, None);
                // A present `null` means the same as leaving the field out; a period whose one field is
                // null is a year or a number of months not yet written, and is asked for as such.
                let mut named = None;
                while let Some(key) = map.next_key::<String>()? {
                    named = if named.is_none() { Some(key.clone()) } else { Some(String::new()) };
                    match key.as_str() {
                        "year" => year = map.next_value::<Option<Count>>()?,
                        "past_months" => past_months = map.next_value::<Option<Count>>()?,
                        "from" => from = map.next_value::<Option<Day>>()?,
                        "to" => to = map.next_value::<Option<Day>>()?,
                        other => return Err(de::Error::unknown_field(other, PERIOD_FIELDS)),
                    }
                }
                match (year, past_months, from, to) {
                    (Some(year), None, None, None) => Ok(Period::Year { year }),
                    (None, Some(past_months), None, None) => Ok(Period::PastMonths { past_months }),
                    (None, None, Some(from), Some(to)) => Ok(Period::Dates { from, to }),
                    (None, None, None, None) if named.as_deref() == Some("year") => {
                        Err(de::Error::custom("write the year as a whole number, such as { \"year\": 2024 }"))
                    }
                    (None, None, None, None) if named.as_deref() == Some("past_months") => {
                        Err(de::Error::custom("write the months as a whole number, such as { \"past_months\": 12 }"))
                    }
                    _ => Err(de::Error::custom(ONE_OF)),
                }
            }
        }

        deserializer.deserialize_struct("Period", PERIOD_FIELDS, PeriodVisitor)
    }
}

/// `["2024-12-21", 772280]` or `["2024-12-21", 772280, "correction"]`.
impl<'de> Deserialize<'de> for SeriesPoint {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PointVisitor;

        const SHAPE: &str = r#"a report such as ["2024-12-21", 772280], or ["2024-12-21", 772280, "correction"] for one that corrected the report before it downward"#;

        impl<'de> Visitor<'de> for PointVisitor {
            type Value = SeriesPoint;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(SHAPE)
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<SeriesPoint, A::Error> {
                let day = seq.next_element::<Day>()?.ok_or_else(|| de::Error::custom(SHAPE))?;
                let value = seq.next_element::<Count>()?.ok_or_else(|| de::Error::custom(SHAPE))?;
                let correction = match seq.next_element::<String>()? {
                    None => false,
                    Some(word) if word == "correction" => true,
                    Some(_) => return Err(de::Error::custom(SHAPE)),
                };
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom(SHAPE));
                }
                Ok(SeriesPoint { day, value, correction })
            }
        }

        deserializer.deserialize_seq(PointVisitor)
    }
}

impl Serialize for SeriesPoint {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(2 + usize::from(self.correction)))?;
        seq.serialize_element(&self.day)?;
        seq.serialize_element(&self.value)?;
        if self.correction {
            seq.serialize_element("correction")?;
        }
        seq.end()
    }
}

const AS_OF_FIELDS: &[&str] = &["refers_to", "reported_by"];

impl<'de> Deserialize<'de> for AsOf {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AsOfVisitor;

        const EXACTLY_ONE: &str = "must have exactly one of refers_to (the day the figure describes) or reported_by (the day it had been reported by)";

        impl<'de> Visitor<'de> for AsOfVisitor {
            type Value = AsOf;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"an object such as { "reported_by": "2023-09-27" }"#)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AsOf, A::Error> {
                let (mut refers_to, mut reported_by) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let (slot, name) = match key.as_str() {
                        "refers_to" => (&mut refers_to, "refers_to"),
                        "reported_by" => (&mut reported_by, "reported_by"),
                        other => return Err(de::Error::unknown_field(other, AS_OF_FIELDS)),
                    };
                    if slot.is_some() {
                        return Err(de::Error::duplicate_field(name));
                    }
                    *slot = Some(map.next_value::<Option<Day>>()?);
                }
                match (refers_to.flatten(), reported_by.flatten()) {
                    (Some(day), None) => Ok(AsOf::RefersTo(day)),
                    (None, Some(day)) => Ok(AsOf::ReportedBy(day)),
                    _ => Err(de::Error::custom(EXACTLY_ONE)),
                }
            }
        }

        deserializer.deserialize_struct("AsOf", AS_OF_FIELDS, AsOfVisitor)
    }
}

impl<'de, T: Deserialize<'de> + From<String>> Deserialize<'de> for Translatable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de> + From<String>> Visitor<'de> for TextVisitor<T> {
            type Value = Translatable<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"text, or its translations by language code such as { "en": "…", "ru": "…" }"#)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Translatable::Plain(T::from(text.to_owned())))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
                Ok(Translatable::Plain(T::from(text)))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut translations: Vec<(String, T)> = Vec::new();
                while let Some(code) = map.next_key::<String>()? {
                    if translations.iter().any(|(known, _)| *known == code) {
                        return Err(de::Error::custom(format!("the language \"{code}\" is given twice")));
                    }
                    let text = map.next_value()?;
                    translations.push((code, text));
                }
                Ok(Translatable::Translated(translations))
            }
        }

        deserializer.deserialize_any(TextVisitor(PhantomData))
    }
}

impl<T: Serialize> Serialize for Translatable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Translatable::Plain(text) => text.serialize(serializer),
            Translatable::Translated(translations) => {
                let mut map = serializer.serialize_map(Some(translations.len()))?;
                for (code, text) in translations {
                    map.serialize_entry(code, text)?;
                }
                map.end()
            }
        }
    }
}
