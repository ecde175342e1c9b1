//! The published JSON Schema, generated from the format's types (natively only: the wasm never needs it).
//!
//! Derived types get their schema from `#[derive(JsonSchema)]` and their doc comments; the string kinds
//! below say by hand what serde's `String` cannot: lengths, and patterns for text, days and links that mean
//! the same in ECMA-262 and in Rust's `regex`.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::limits::{LINK_LENGTH, LONG_TEXT, MAX_COUNT, SHORT_TEXT};
use super::{
    Count, Day, Document, FormatVersion, Id, LanguageTag, Link, Locale, LongText, SeriesPoint, ShortText, Translatable,
};

/// Where the published file's name points; a name, not an address: nothing is served there.
const SCHEMA_ID: &str = "https://claims-card.invalid/schema/claims-card.v2.schema.json";

/// At least one visible character, no control characters, no direction overrides; surrounding whitespace
/// is allowed (the reader trims it).
const TEXT_PATTERN: &str = r#"^(?![\s\S]*[\u202a-\u202e\u2066-\u2069])(?=[\s\S]*[^\u0000-\u0020\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8])[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*[^\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000](?:[^\u0000-\u001f\u007f-\u009f]*[^\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000])?[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$"#;
/// A real day: month lengths and leap years included, year from 1000.
const DAY_PATTERN: &str = r#"^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*(?:[1-9][0-9]{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[1-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[13579][26]|[2468][048])00)-02-29)[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$"#;
/// `http(s)://`, a host, no user name before it, no spaces, quotes, angle brackets or backslashes.
/// A BCP 47 tag's shape, as the validator checks it: a language code of two or three letters, then
/// subtags of one to eight letters or digits.
const LANGUAGE_TAG_PATTERN: &str = r#"^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$"#;
const LINK_PATTERN: &str = r#"^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*[Hh][Tt][Tt][Pp][Ss]?://(?![^/?#]*@)[^/?#@:"<>\\`{}|^\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000][^\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"<>\\`{}|^]*[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$"#;

/// The schema of a format-1 or format-2 document, as published in `schema/claims-card.v2.schema.json`
/// (`claims-card.v1.schema.json` beside it, published before format 2, stays as it was).
pub fn schema() -> Schema {
    let mut schema = SchemaGenerator::default().into_root_schema_for::<Document>();
    schema.insert("$id".into(), SCHEMA_ID.into());
    if let Some(definitions) = schema.get_mut("$defs").and_then(|value| value.as_object_mut()) {
        for (name, fields) in
            [("Figure", &["value", "low", "high", "central", "words"][..]), ("AsOf", &["refers_to", "reported_by"][..])]
        {
            if let Some(variants) = definitions.get_mut(name).and_then(|value| value["oneOf"].as_array_mut()) {
                variants.iter_mut().for_each(|variant| allow_null_for_others(variant, fields));
            }
        }
    }
    schema
}

/// The reader takes a field given as `null` as left out (`"low": null` in an exact figure): the schema
/// allows the fields of a figure's or an as-of's other variants as null too.
fn allow_null_for_others(variant: &mut serde_json::Value, fields: &[&str]) {
    let Some(properties) = variant.get_mut("properties").and_then(|value| value.as_object_mut()) else { return };
    for field in fields {
        if !properties.contains_key(*field) {
            properties.insert((*field).to_owned(), serde_json::json!({ "type": "null" }));
        }
    }
}

/// [`schema`] as the published file holds it: pretty-printed, with a final newline.
pub fn schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("a schema is JSON");
    text.push('\n');
    text
}

fn text_schema(description: &str, max_length: usize) -> Schema {
    json_schema!({
        "description": description,
        "type": "string",
        "minLength": 1,
        "maxLength": max_length,
        "pattern": TEXT_PATTERN,
    })
}

impl JsonSchema for ShortText {
    fn schema_name() -> Cow<'static, str> {
        "ShortText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text_schema(
            &format!("Text of 1 to {SHORT_TEXT} characters (names, labels, ids) with at least one visible character and no line breaks or control characters; surrounding whitespace is ignored."),
            SHORT_TEXT,
        )
    }
}

impl JsonSchema for LongText {
    fn schema_name() -> Cow<'static, str> {
        "LongText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text_schema(
            &format!("Text of 1 to {LONG_TEXT} characters (quotes, notes, context lines) with at least one visible character and no line breaks or control characters; surrounding whitespace is ignored."),
            LONG_TEXT,
        )
    }
}

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut schema = generator.subschema_for::<ShortText>();
        schema.insert(
            "description".into(),
            format!("An id: text of 1 to {SHORT_TEXT} characters, compared after surrounding whitespace is trimmed.")
                .into(),
        );
        schema
    }
}

impl JsonSchema for Day {
    fn schema_name() -> Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A real calendar day written YYYY-MM-DD, year from 1000 (the pattern checks month lengths and leap years); a day, never a time, so no time zone shifts it.",
            "type": "string",
            "pattern": DAY_PATTERN,
            "examples": ["2023-09-27"],
        })
    }
}

impl JsonSchema for SeriesPoint {
    fn schema_name() -> Cow<'static, str> {
        "SeriesPoint".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An earlier report of the count: its day and number, and \"correction\" when it corrected the report before it downward.",
            "type": "array",
            "prefixItems": [generator.subschema_for::<Day>(), generator.subschema_for::<Count>(), { "const": "correction" }],
            "items": false,
            "minItems": 2,
            "maxItems": 3,
            "examples": [["2024-12-21", 772280]],
        })
    }
}

impl JsonSchema for LanguageTag {
    fn schema_name() -> Cow<'static, str> {
        "LanguageTag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A language as a BCP 47 tag: a two- or three-letter language code, then any subtags (a script, a region) after hyphens.",
            "type": "string",
            "pattern": LANGUAGE_TAG_PATTERN,
            "examples": ["ru", "he", "pt-BR"],
        })
    }
}

impl JsonSchema for Link {
    fn schema_name() -> Cow<'static, str> {
        "Link".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": format!("An absolute http:// or https:// link with a host name, no spaces or control characters, at most {LINK_LENGTH} characters."),
            "type": "string",
            "minLength": 1,
            "maxLength": LINK_LENGTH,
            "pattern": LINK_PATTERN,
            "examples": ["https://example.org/report"],
        })
    }
}

impl JsonSchema for Count {
    fn schema_name() -> Cow<'static, str> {
        "Count".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": format!("A whole number of people from 0 to {MAX_COUNT} (larger counts are typos, not claims)."),
            "type": "integer",
            "minimum": 0,
            "maximum": MAX_COUNT,
        })
    }
}

impl JsonSchema for FormatVersion {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "enum": super::FORMAT_VERSIONS })
    }
}

impl JsonSchema for Locale {
    fn schema_name() -> Cow<'static, str> {
        "Language".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = Locale::ALL.iter().map(|locale| locale.tag()).collect();
        json_schema!({
            "description": "A language the card speaks: en (English), hy (Armenian), az (Azerbaijani, Latin script), ru (Russian), uk (Ukrainian).",
            "enum": codes,
        })
    }
}

impl<T: JsonSchema> JsonSchema for Translatable<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Translatable{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let text = generator.subschema_for::<T>();
        let translations: serde_json::Map<String, serde_json::Value> = Locale::ALL
            .iter()
            .map(|locale| {
                let mut translation = text.clone();
                translation.insert("description".into(), format!("The text in {}.", locale.english_name()).into());
                (locale.tag().to_owned(), translation.to_value())
            })
            .collect();
        json_schema!({
            "description": "Text that may be translated: a string in the dataset's language, or an object of language codes to strings that includes the dataset's language (the reader checks that one).",
            "anyOf": [
                text,
                {
                    "type": "object",
                    "additionalProperties": false,
                    "minProperties": 1,
                    "properties": translations,
                }
            ]
        })
    }
}
