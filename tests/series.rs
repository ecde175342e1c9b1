//! Claims over time: a claimant's earlier reports of a running count (`series`), validated (oldest first,
//! each before the figure's own date, a fall only where the editor marks it a correction); the change
//! since the report before in every form and language; the chart's downsampling; every point in the CSV;
//! a three-year daily series costing a snippet little.

mod common;

use std::fs;
use std::rc::Rc;

use claims_card_data::dataset::{downsample, CalendarDate, Dataset, Measure};
use claims_card_export::csv::claims_csv;
use claims_card_publish::{card_html, plain_html};
use claims_card_view::words::phrase;
use claims_card_view::words::{Locale, LocaleWords};
use serde_json::json;

fn dataset(path: &str) -> Dataset {
    let path = format!("{}/data/{path}", env!("CARGO_MANIFEST_DIR"));
    common::read_text(&fs::read_to_string(path).expect("the dataset exists"))
}

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).unwrap()
}

/// `minimal()`'s claim (10 people killed, reported by 2023-09-27) with `series` and `correction`.
fn with_series(series: serde_json::Value, correction: Option<bool>) -> serde_json::Value {
    let mut document = common::minimal();
    document["claims"][0]["series"] = series;
    if let Some(correction) = correction {
        document["claims"][0]["correction"] = json!(correction);
    }
    document
}

#[test]
fn a_series_reads_oldest_first_before_its_figure() {
    let dataset = common::read(&with_series(json!([["2023-09-20", 4], ["2023-09-24", 7]]), None));
    let claim = &dataset.claims()[0];
    assert_eq!(claim.reports(), vec![(date("2023-09-20"), 4), (date("2023-09-24"), 7), (date("2023-09-27"), 10)]);
    let change = claim.change(&[]).unwrap();
    assert_eq!((change.delta, change.since), (3, date("2023-09-24")));
}

#[test]
fn each_mistake_in_a_series_says_what_to_write_instead() {
    let cases = [
        (
            json!([["2023-09-24", 7], ["2023-09-20", 4]]),
            None,
            "claims[0].series[1][0]: 2023-09-20 is not after the report before it, 2023-09-24: oldest first, one report a day",
        ),
        (
            json!([["2023-09-20", 8], ["2023-09-24", 7]]),
            None,
            "claims[0].series[1][1]: 7 is below the report before it (8, 2023-09-20): a running count does not fall; if the claimant corrected it, write [\"2023-09-24\", 7, \"correction\"]",
        ),
        (
            json!([["2023-09-20", 4], ["2023-09-24", 7, "correction"]]),
            None,
            "claims[0].series[1][2]: not below the report before it, so not a correction: remove \"correction\"",
        ),
        (
            json!([["2023-09-27", 4]]),
            None,
            "claims[0].series[0][0]: 2023-09-27 is not before the figure's own date, 2023-09-27: the figure is the latest report",
        ),
        (
            json!([["2023-09-20", 12]]),
            None,
            "claims[0].figure.value: 10 is below the series' last report (12, 2023-09-20): a running count does not fall; if the claimant corrected it, add \"correction\": true",
        ),
        (
            json!([["2023-09-20", 4]]),
            Some(true),
            "claims[0].correction: the figure is not below the series' last report, so not a correction: remove \"correction\"",
        ),
        (
            json!([]),
            Some(true),
            "claims[0].correction: a correction is a fall below the claimant's report before it: give that report in \"series\", or remove \"correction\"",
        ),
        (
            json!([["2023-09-20"]]),
            None,
            "claims[0].series[0]: a report such as [\"2024-12-21\", 772280], or [\"2024-12-21\", 772280, \"correction\"] for one that corrected the report before it downward",
        ),
        (
            json!([["2023-09-20", 4, "revised"]]),
            None,
            "claims[0].series[0]: a report such as [\"2024-12-21\", 772280], or [\"2024-12-21\", 772280, \"correction\"] for one that corrected the report before it downward",
        ),
    ];
    for (series, correction, expected) in cases {
        let errors = common::errors(&with_series(series.clone(), correction));
        assert_eq!(errors, vec![expected.to_owned()], "{series}");
    }
    // A fall marked as a correction reads, in the series and at the figure.
    let marked =
        with_series(json!([["2023-09-20", 8], ["2023-09-24", 7, "correction"], ["2023-09-25", 12]]), Some(true));
    let dataset = common::read(&marked);
    assert_eq!(dataset.claims()[0].change(&[]).unwrap().delta, -2);
    // A range has no one number to run.
    let mut range = with_series(json!([["2023-09-20", 4]]), None);
    range["claims"][0]["figure"] = json!({ "bound": "range", "low": 10, "high": 20 });
    assert_eq!(
        common::errors(&range),
        ["claims[0].series: a series holds the earlier reports of one number: a range, a figure in words or one not reported has none; give each report as a claim of its own"]
    );
}

#[test]
fn the_change_is_said_in_every_language_with_its_sign() {
    let dataset = common::read(&with_series(json!([["2023-09-20", 4], ["2023-09-21", 1830]]), Some(true)));
    let claim = &dataset.claims()[0];
    let said = |locale: Locale| phrase::change(claim, &[], locale).unwrap();
    assert_eq!(said(Locale::En), "\u{2212}1,820 since 21 September 2023");
    assert_eq!(said(Locale::Ru), "\u{2212}1\u{a0}820 с 21 сентября 2023 года");
    assert_eq!(said(Locale::Uk), "\u{2212}1\u{a0}820 з 21 вересня 2023 року");
    assert!(said(Locale::Hy).starts_with("\u{2212}1"), "{}", said(Locale::Hy));
    assert_eq!(said(Locale::Az), "21 sentyabr 2023 tarixindən bəri \u{2212}1.820");
    let rising = common::read(&with_series(json!([["2023-09-21", 8]]), None));
    assert_eq!(phrase::change(&rising.claims()[0], &[], Locale::En).unwrap(), "+2 since 21 September 2023");
    let flat = common::read(&with_series(json!([["2023-09-21", 10]]), None));
    assert_eq!(phrase::change(&flat.claims()[0], &[], Locale::En).unwrap(), "unchanged since 21 September 2023");
    for locale in Locale::ALL {
        let words = locale.words();
        for text in [words.change_since, words.unchanged_since, words.first_report, words.series_caption] {
            assert!(!text.trim().is_empty(), "{locale:?}");
        }
    }
}

#[test]
fn a_revised_figure_gives_its_change_since_the_figure_it_revised() {
    // The every-case example's toll: 34,100 on 30 September, revising 30,000 of 30 June.
    let dataset = dataset("examples/example-every-case.json");
    let card = common::visible_text(common::panel(&card_html(Rc::new(dataset.clone()), Locale::En), "killed"));
    assert!(card.contains("34,100 people · official toll +4,100 since 30 June 2031"), "{card}");
    let plain = common::visible_text(&plain_html(&dataset, Locale::En, None, None));
    assert!(plain.contains("Example Wire), +4,100 since 30 June 2031"), "{plain}");
}

#[test]
fn every_form_gives_a_series_first_and_latest_report_and_the_change() {
    let dataset = dataset("reported/russia-losses-series-2024.json");
    let history =
        "+34,540 since 28 December 2024; earliest report here: 765,110 soldiers, 16 December 2024 · 5 earlier reports";
    let card = common::visible_text(&card_html(Rc::new(dataset.clone()), Locale::En));
    assert!(card.contains(&format!("818,740 soldiers {history}")), "{card}");
    let plain = common::visible_text(&plain_html(&dataset, Locale::En, None, None));
    assert!(plain.contains(history), "{plain}");
    let csv = claims_csv(&dataset, Locale::En);
    let reports: Vec<&str> = csv.lines().filter(|line| line.contains("Ukraine's General Staff")).collect();
    assert_eq!(reports.len(), 6, "the latest and its five earlier reports");
    assert!(reports[0].ends_with(",latest") && reports[0].contains(",818740,"), "{}", reports[0]);
    assert!(reports[1].ends_with(",earlier") && reports[1].contains(",765110,,,2024-12-16,"), "{}", reports[1]);
    // The quote is the latest report's sentence, not the earlier ones'.
    assert!(!reports[1].contains("As of Jan. 19"), "{}", reports[1]);
}

#[test]
fn the_chart_draws_a_line_per_claimant_and_reads_as_a_table() {
    let dataset = dataset("reported/russia-losses-series-2024.json");
    let html = card_html(Rc::new(dataset), Locale::En);
    let panel = common::panel(&html, "casualties");
    assert_eq!(panel.matches(r#"<path data-line="#).count(), 1, "{panel}");
    let table = common::visible_text(&panel[panel.find("<table").unwrap()..panel.find("</table>").unwrap()]);
    assert_eq!(
        table,
        "Reports over time According to Earliest here Latest Since the report before Ukraine's General Staff 765,110, 16 December 2024 818,740, 19 January 2025 +34,540 since 28 December 2024"
    );
    // Three reports stay a list: no chart.
    let every = card_html(Rc::new(self::dataset("examples/example-every-case.json")), Locale::En);
    assert!(!every.contains("series-chart"));
    assert!(common::visible_text(common::panel(&every, "wounded")).contains("+7,500 since 31 August 2031"));
}

#[test]
fn downsampling_keeps_the_first_and_last_report_and_the_shape() {
    let start = date("2031-01-01").days();
    let reports: Vec<(CalendarDate, u64)> =
        (0..1096).map(|day| (day_date(start + day), 1000 + day as u64 * 3)).collect();
    let drawn = downsample(&reports, 120);
    assert!(drawn.len() <= 120, "{}", drawn.len());
    assert_eq!(drawn.first(), reports.first());
    assert_eq!(drawn.last(), reports.last());
    assert!(drawn.windows(2).all(|pair| pair[0].0 < pair[1].0 && pair[0].1 <= pair[1].1));
    // Short series are drawn whole.
    assert_eq!(downsample(&reports[..50], 120), reports[..50].to_vec());
}

/// The day `days` after 1970-01-01, found by walking from a known day (tests only).
fn day_date(days: i64) -> CalendarDate {
    let mut date = date("2031-01-01");
    while date.days() < days {
        let next = format!("{}", date);
        let (year, month, day) = (&next[0..4], &next[5..7], &next[8..10]);
        let candidates = [
            format!("{year}-{month}-{:02}", day.parse::<u8>().unwrap() + 1),
            format!("{year}-{:02}-01", month.parse::<u8>().unwrap() + 1),
            format!("{:04}-01-01", year.parse::<u16>().unwrap() + 1),
        ];
        date = candidates.iter().find_map(|text| CalendarDate::parse(text).ok()).unwrap();
    }
    date
}

#[test]
fn three_years_of_daily_reports_cost_a_snippet_little() {
    let path = format!("{}/data/examples/example-daily-series.json", env!("CARGO_MANIFEST_DIR"));
    let text = fs::read_to_string(path).unwrap();
    let dataset = common::read_text(&text);
    assert!(dataset.claims().iter().all(|claim| claim.series.len() >= 1000));
    let html = card_html(Rc::new(dataset.clone()), Locale::En);
    // The card's markup draws at most 120 reports a line, whatever the series holds: it stays the size of
    // a card without one, and the data (about 22 bytes a report, minified) is the rest of the snippet.
    assert!(html.len() < 20_000, "{} bytes of card markup", html.len());
    let panel = common::panel(&html, "casualties");
    for path in panel.split(r#"<path data-line="#).skip(1) {
        assert!(path.matches('H').count() <= 120, "a line of {} steps", path.matches('H').count());
    }
    assert_eq!(dataset.measures(), vec![Measure::Casualties]);
}
