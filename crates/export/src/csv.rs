//! "Get the data" as CSV: one row per claim, for a spreadsheet.
//!
//! UTF-8 with a byte-order mark (so spreadsheets do not read it as their local code page), CRLF line
//! ends and RFC 4180 quoting. A text field that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return gets a leading `'`, so no spreadsheet runs it as a formula, and so does one whose first visible
//! character is one of those or a look-alike (`＝`, `﹦`, `＋`, `－`, `−`, `＠`…) behind spaces or
//! invisible characters; the numeric columns are plain digits and never prefixed.

use claims_card_data::dataset::{is_invisible, AsOf, Dataset, Figure, Period};
use claims_card_view::words::Locale;

/// The columns, in order.
pub const HEADER: [&str; 22] = [
    "party",
    "claimant",
    "measure",
    "group",
    "bound",
    "method",
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
    "central",
    "in_words",
    "period",
    "also_covers",
    "report",
];

/// The dataset's claims as CSV, with the texts in `locale` (the card's language): a row per claim
/// (`report` "latest"), and under a running count's claim a row per earlier report of its series
/// (`report` "earlier", or "earlier, a correction"), with the claim's words and its own date and number.
pub fn claims_csv<'a>(dataset: &'a Dataset, locale: Locale) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, HEADER.iter().map(|name| Field::Text(name)));
    for claim in dataset.claims() {
        let (value, low, high, central) = match claim.figure {
            Figure::Range(range) => (None, Some(range.low()), Some(range.high()), range.central()),
            figure => (figure.extent(), None, None, None),
        };
        // ISO 8601: a year, a duration up to the figure's date, or an interval.
        let period = match claim.period {
            None => String::new(),
            Some(Period::Year(year)) => year.to_string(),
            Some(Period::PastMonths(months)) => format!("P{months}M"),
            Some(Period::Dates { from, to }) => format!("{from}/{to}"),
        };
        let also_covers: Vec<&str> = claim.with.iter().map(|party| party.name.get(locale)).collect();
        let also_covers = also_covers.join("; ");
        let (as_of_kind, as_of) = match claim.as_of {
            AsOf::RefersTo(date) => ("refers_to", date),
            AsOf::ReportedBy(date) => ("reported_by", date),
        };
        let number = |n: Option<u64>| Field::Number(n.map(|n| n.to_string()).unwrap_or_default());
        let source = &claim.source;
        // The claim's row, and a row for each earlier report of its series: its own day and number, the
        // claim's words (the quote and note are the latest report's, so they stay with it).
        let row = |value: Option<u64>, date: String, report: &'static str| {
            let latest = report == "latest";
            let latest_only = |text: &'a str| if latest { text } else { "" };
            [
                Field::Text(claim.party.name.get(locale)),
                Field::Text(claim.claimant.name.get(locale)),
                Field::Text(claim.measure.key()),
                Field::Text(claim.group.key()),
                Field::Text(claim.figure.bound().key()),
                Field::Text(claim.method.map(|method| method.key()).unwrap_or("")),
                number(value),
                number(low),
                number(high),
                Field::Number(date),
                Field::Text(as_of_kind),
                Field::Text(&source.outlet),
                Field::Text(source.title.as_deref().unwrap_or("")),
                Field::Text(source.url.as_ref().map(|url| url.as_str()).unwrap_or("")),
                Field::Text(latest_only(&claim.quote)),
                Field::Text(claim.hedge.as_ref().map(|hedge| hedge.get(locale)).unwrap_or("")),
                Field::Text(latest_only(claim.note.as_ref().map(|note| note.get(locale)).unwrap_or(""))),
                number(central),
                Field::Text(claim.in_words.as_ref().map(|words| words.get(locale)).unwrap_or("")),
                Field::Number(period.clone()),
                Field::Text(&also_covers),
                Field::Text(report),
            ]
        };
        push_row(&mut out, row(value, as_of.to_string(), "latest").into_iter());
        for point in &claim.series {
            let report = if point.correction { "earlier, a correction" } else { "earlier" };
            push_row(&mut out, row(Some(point.value), point.date.to_string(), report).into_iter());
        }
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

/// True when a spreadsheet could read a field starting so as a formula. Spreadsheets skip what they
/// trim (LibreOffice's "trim spaces" import option turns ` =2+3` into a formula) and some fold the
/// full-width and small forms of `=`, `+`, `-`, `@` into the ASCII ones (East Asian input), so the
/// first character that shows is what counts, and each look-alike counts as its ASCII form.
fn looks_like_formula(text: &str) -> bool {
    if text.starts_with(['\t', '\r']) {
        return true;
    }
    text.chars().find(|&c| !is_invisible(c)).is_some_and(starts_formula)
}

/// `=`, `+`, `-`, `@` and the characters that look like them or fold into them.
fn starts_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '\u{ff1d}'
            | '\u{fe66}'
            | '\u{207c}'
            | '\u{208c}'
            | '+'
            | '\u{ff0b}'
            | '\u{fe62}'
            | '\u{207a}'
            | '\u{208a}'
            | '-'
            | '\u{ff0d}'
            | '\u{fe63}'
            | '\u{2212}'
            | '\u{207b}'
            | '\u{208b}'
            | '\u{2010}'..='\u{2015}' | '\u{fe58}' | '@' | '\u{ff20}' | '\u{fe6b}'
    )
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

    #[test]
    fn look_alikes_and_hidden_starts_are_neutralised() {
        for formula in [
            "\u{ff1d}1+1",
            "\u{fe66}1+1",
            "\u{ff0b}1",
            "\u{fe62}1",
            "\u{ff0d}1",
            "\u{fe63}1",
            "\u{2212}1",
            "\u{ff20}SUM(A1)",
            "\u{fe6b}SUM(A1)",
            "\u{200b}=1+1",
            "\u{feff}=1+1",
            "\u{2060}+1",
            " =1+1",
            "\u{a0}=1+1",
            "\u{3000}=1+1",
            "\u{3164}=1+1",
            "\u{2800}@x",
        ] {
            assert_eq!(field(formula), format!("\"'{formula}\""), "{formula:?} must be neutralised");
        }
        for text in ["A=B", "x-1", "Ministry", "\u{200b}Ministry", " 10 killed", "(=1)"] {
            assert_eq!(field(text), text, "{text:?} is not a formula");
        }
    }
}
