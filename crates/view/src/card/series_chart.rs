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

/// A claimant's current figure, the figures it revised, and every report of its count, oldest first.
type Line<'a> = (&'a Rc<Claim>, &'a Vec<Rc<Claim>>, Vec<(CalendarDate, u64)>);

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
    let lines: Vec<Line<'_>> = lines
        .iter()
        .map(|(claim, earlier)| (claim, earlier, claim.reports()))
        .filter(|(_, _, reports)| reports.len() >= 2)
        .collect();
    if !lines.iter().any(|(_, _, reports)| reports.len() >= MIN_REPORTS) {
        return Html::default();
    }
    let first = lines.iter().filter_map(|(_, _, reports)| reports.first()).map(|report| report.0).min();
    let last = lines.iter().filter_map(|(_, _, reports)| reports.last()).map(|report| report.0).max();
    let (Some(first), Some(last)) = (first, last) else { return Html::default() };
    let top = lines.iter().flat_map(|(_, _, reports)| reports.iter().map(|report| report.1)).max().unwrap_or(1).max(1);
    let (start, span) = (first.days(), (last.days() - first.days()).max(1));
    let x = |date: CalendarDate| (date.days() - start) as f64 / span as f64 * 100.0;
    // Zero at the bottom: a count is never drawn from a cut-off axis.
    let y = |value: u64| HEIGHT - value as f64 / top as f64 * (HEIGHT - 2.0);
    let paths = lines.iter().enumerate().map(|(index, (_, _, reports))| {
        let drawn = downsample(reports, MAX_DRAWN);
        let mut path = format!("M{} {}", units(x(drawn[0].0)), units(y(drawn[0].1)));
        for report in &drawn[1..] {
            // A step: the count holds until the next report, then moves to it.
            path.push_str(&format!("H{}V{}", units(x(report.0)), units(y(report.1))));
        }
        html! { <path class="series-line" data-line={pattern(index)} d={path} /> }
    });
    html! {
        <figure class="series">
            <svg class="series-chart" viewBox={format!("0 0 100 {HEIGHT}")} preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                <line class="series-axis" x1="0" y1={HEIGHT.to_string()} x2="100" y2={HEIGHT.to_string()} />
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
                    { for lines.iter().enumerate().map(|(index, (claim, earlier, reports))| {
                        let earlier: Vec<&Rc<Claim>> = earlier.iter().collect();
                        let report = |(date, value): (CalendarDate, u64)| format!("{}, {}", words.count(value), words.date(date));
                        html! {
                            <tr key={claim.id.clone()}>
                                <th scope="row">
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
