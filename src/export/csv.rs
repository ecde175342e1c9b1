//! "Get the data" as CSV: one row per claim, for a spreadsheet.
//!
//! UTF-8 with a byte-order mark (so spreadsheets do not read it as their local code page), CRLF line
//! ends and RFC 4180 quoting. A text field that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return gets a leading `'`, so no spreadsheet runs it as a formula; the numeric columns are plain
//! digits and never prefixed.

use crate::dataset::{AsOf, Dataset, Figure};
use crate::words::Locale;

/// The columns, in order.
pub const HEADER: [&str; 16] = [
    "party",
    "claimant",
    "measure",
    "group",
    "bound",
    "value",
    "low",
    "high",
    "as_of",
    "as_of_kind",
    "source_outlet",
    "source_title",
    "source_url",
    "quote",
    "hedge",
    "note",
];

/// The dataset's claims as CSV, with the texts in `locale` (the card's language).
pub fn claims_csv(dataset: &Dataset, locale: Locale) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, HEADER.iter().map(|name| Field::Text(name)));
    for claim in dataset.claims() {
        let (bound, value, low, high) = match claim.figure {
            Figure::Exact(n) => ("exact", Some(n), None, None),
            Figure::About(n) => ("about", Some(n), None, None),
            Figure::AtLeast(n) => ("at_least", Some(n), None, None),
            Figure::MoreThan(n) => ("more_than", Some(n), None, None),
            Figure::UpTo(n) => ("up_to", Some(n), None, None),
            Figure::Range(range) => ("range", None, Some(range.low()), Some(range.high())),
            Figure::NotReported => ("not_reported", None, None, None),
        };
        let (as_of_kind, as_of) = match claim.as_of {
            AsOf::RefersTo(date) => ("refers_to", date),
            AsOf::ReportedBy(date) => ("reported_by", date),
        };
        let number = |n: Option<u64>| Field::Number(n.map(|n| n.to_string()).unwrap_or_default());
        let source = &claim.source;
        let fields = [
            Field::Text(claim.party.name.get(locale)),
            Field::Text(claim.claimant.name.get(locale)),
            Field::Text(claim.measure.key()),
            Field::Text(claim.group.key()),
            Field::Text(bound),
            number(value),
            number(low),
            number(high),
            Field::Number(as_of.to_string()),
            Field::Text(as_of_kind),
            Field::Text(&source.outlet),
            Field::Text(source.title.as_deref().unwrap_or("")),
            Field::Text(source.url.as_ref().map(|url| url.as_str()).unwrap_or("")),
            Field::Text(&claim.quote),
            Field::Text(claim.hedge.as_ref().map(|hedge| hedge.get(locale)).unwrap_or("")),
            Field::Text(claim.note.as_ref().map(|note| note.get(locale)).unwrap_or("")),
        ];
        push_row(&mut out, fields.into_iter());
    }
    out
}

/// A field: text from the data (quoted and neutralised as needed), or digits the card made itself.
enum Field<'a> {
    Text(&'a str),
    Number(String),
}

fn push_row<'a>(out: &mut String, fields: impl Iterator<Item = Field<'a>>) {
    for (index, field) in fields.enumerate() {
        if index > 0 {
            out.push(',');
        }
        match field {
            Field::Text(text) => push_text(out, text),
            Field::Number(digits) => out.push_str(&digits),
        }
    }
    out.push_str("\r\n");
}

/// True when a spreadsheet would read a field starting so as a formula (or strip into one).
fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// One text field, RFC 4180: quoted when it holds `"`, `,`, CR or LF (inner quotes doubled), or when
/// it is neutralised with a leading `'`.
pub fn push_text(out: &mut String, text: &str) {
    let formula = looks_like_formula(text);
    if formula || text.contains(['"', ',', '\r', '\n']) {
        out.push('"');
        if formula {
            out.push('\'');
        }
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::push_text;

    fn field(text: &str) -> String {
        let mut out = String::new();
        push_text(&mut out, text);
        out
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=1+1"), "\"'=1+1\"");
        assert_eq!(field("\tx"), "\"'\tx\"");
    }
}
