//! A party's running counts for one measure over time: a small step chart, one line per claimant and
//! method (a count holds until the next report, and no line ever joins two claimants or two methods),
//! told apart by line pattern and by the table under it, which is also what a screen reader reads:
//! each line's earliest report here, its latest and its change since the report before. Server-rendered
//! SVG with attributes only, like the bars, so it shows with no script and under a strict CSP.

use crate::words::LocaleWords;
use std::rc::Rc;

use yew::prelude::*;

use crate::words::{phrase, Locale};
use claims_card_data::dataset::{downsample, CalendarDate, Claim};

use super::bar::units;

/// A line with fewer reports stays a list: two or three figures are read, not charted.
const MIN_REPORTS: usize = 4;
/// A line is drawn through at most this many reports, however many the data has.
const MAX_DRAWN: usize = 120;
/// The chart's height in the viewBox's units (its width is 100).
const HEIGHT: f64 = 40.0;

/// A party's running counts laid out for drawing, the same for the card and the static image (as
/// `segments` is for bars): the first and last day on the time axis, and each line's reports.
pub struct Chart<'a> {
    pub first: CalendarDate,
    pub last: CalendarDate,
    pub lines: Vec<ChartLine<'a>>,
}

/// One claimant's line: its claim (and its place among those given), every report of its count, oldest
/// first, and the steps drawn through at most [`MAX_DRAWN`] of them: (time, count), each from 0 to 1,
/// the count's 0 at the bottom (a count is never drawn from a cut-off axis).
pub struct ChartLine<'a> {
    pub index: usize,
    pub claim: &'a Claim,
    pub reports: Vec<(CalendarDate, u64)>,
    pub steps: Vec<(f64, f64)>,
}

/// The chart of `claims` (a row's current figures), or `None` where no line has [`MIN_REPORTS`].
pub fn chart<'a>(claims: impl IntoIterator<Item = &'a Claim>) -> Option<Chart<'a>> {
    // Each line's reports first; its steps once the axes, which every line shares, are known.
    let mut lines: Vec<ChartLine<'a>> = claims
        .into_iter()
        .enumerate()
        .map(|(index, claim)| ChartLine { index, claim, reports: claim.reports(), steps: Vec::new() })
        .filter(|line| line.reports.len() >= 2)
        .collect();
    if !lines.iter().any(|line| line.reports.len() >= MIN_REPORTS) {
        return None;
    }
    let first = lines.iter().map(|line| line.reports[0].0).min()?;
    let last = lines.iter().map(|line| line.reports[line.reports.len() - 1].0).max()?;
    let top = lines.iter().flat_map(|line| line.reports.iter().map(|report| report.1)).max().unwrap_or(1).max(1);
    let (start, span) = (first.days(), (last.days() - first.days()).max(1));
    for line in &mut lines {
        line.steps = downsample(&line.reports, MAX_DRAWN)
            .into_iter()
            .map(|(date, value)| ((date.days() - start) as f64 / span as f64, value as f64 / top as f64))
            .collect();
    }
    Some(Chart { first, last, lines })
}

/// A step line through `steps` placed by `at`: the count holds until the next report, then moves to
/// it. `number` writes a coordinate.
pub fn step_path(
    steps: &[(f64, f64)],
    at: impl Fn((f64, f64)) -> (f64, f64),
    number: impl Fn(f64) -> String,
) -> String {
    let mut path = String::new();
    for (index, step) in steps.iter().enumerate() {
        let (x, y) = at(*step);
        if index == 0 {
            path.push_str(&format!("M{} {}", number(x), number(y)));
        } else {
            path.push_str(&format!("H{}V{}", number(x), number(y)));
        }
    }
    path
}

#[derive(Properties, PartialEq)]
pub struct SeriesChartProps {
    /// Each claimant's current figure in the row, with the earlier figures it revised.
    pub lines: Vec<(Rc<Claim>, Vec<Rc<Claim>>)>,
    pub locale: Locale,
}

#[component]
pub fn SeriesChart(props: &SeriesChartProps) -> Html {
    let SeriesChartProps { lines, locale } = props;
    let locale = *locale;
    let words = locale.words();
    let Some(Chart { first, last, lines: drawn }) = chart(lines.iter().map(|(claim, _)| &**claim)) else {
        return Html::default();
    };
    let at = |(time, count): (f64, f64)| (time * 100.0, HEIGHT - count * (HEIGHT - 2.0));
    let paths = drawn.iter().enumerate().map(|(index, line)| {
        let path = step_path(&line.steps, at, units);
        html! { <path class="series-line" data-line={pattern(index)} d={path} /> }
    });
    html! {
        <figure class="series">
            // The height written with integers (`units`), as every coordinate is: formatting an f64
            // would bring the float formatter into the reader's wasm.
            <svg class="series-chart" viewBox={format!("0 0 100 {}", units(HEIGHT))} preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                <line class="series-axis" x1="0" y1={units(HEIGHT)} x2="100" y2={units(HEIGHT)} />
                { for paths }
            </svg>
            <p class="series-span" aria-hidden="true">
                <span>{ words.date(first) }</span>
                <span>{ words.date(last) }</span>
            </p>
            <table class="series-table">
                <caption>{ words.series_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.series_claimant }</th>
                        <th scope="col">{ words.series_earliest }</th>
                        <th scope="col">{ words.series_latest }</th>
                        <th scope="col">{ words.series_change }</th>
                    </tr>
                </thead>
                <tbody>
                    { for drawn.iter().enumerate().map(|(index, ChartLine { index: given, claim, reports, .. })| {
                        let earlier: Vec<&Rc<Claim>> = lines[*given].1.iter().collect();
                        let report = |(date, value): (CalendarDate, u64)| format!("{}, {}", words.count(value), words.date(date));
                        html! {
                            <tr key={claim.id.as_str()}>
                                <th scope="row" lang={super::lang_of(&claim.claimant.name, locale)}>
                                    <svg class="series-key" viewBox="0 0 24 4" aria-hidden="true" focusable="false">
                                        <line class="series-line" data-line={pattern(index)} x1="0" y1="2" x2="24" y2="2" />
                                    </svg>
                                    { claim.claimant.name.get(locale) }
                                </th>
                                <td>{ report(reports[0]) }</td>
                                <td>{ report(reports[reports.len() - 1]) }</td>
                                <td>{ phrase::change(claim, &earlier, locale).unwrap_or_default() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </figure>
    }
}

/// Each line's pattern (style.css draws them): solid, dashed, dotted, dash-dot, then again.
fn pattern(index: usize) -> &'static str {
    ["0", "1", "2", "3"][index % 4]
}
