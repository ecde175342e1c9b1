//! The card drawn as one SVG document, top to bottom: title, dek, the note that the figures are
//! claims, then per measure each party's row (every claimant's figure with its relation, its bar on
//! the measure's shared scale, its attribution and note, and the earlier figures it revised) and the
//! breakdown, open; then the context lines, the dataset's notes and its sources. Every line is laid out
//! here with the bundled fonts' widths (text.rs), so the document needs nothing of the machine that
//! draws it. All dataset text goes in as escaped character data: markup in the data is text.

use claims_card_data::dataset::{scale_of, CalendarDate, Claim, ClaimantFigures, Dataset, Figure, Method};
use claims_card_view::card::{chart, segments, step_path, Chart, ChartLine, Mark, Segment};
use claims_card_view::words::LocaleWords;
use claims_card_view::words::{fill, Locale};

use super::text::{self, Face, FAMILY};
use super::{Drawing, ImageOptions, Theme};
use claims_card_publish::{breakdown_figures, headline_figures};
use claims_card_view::markup::escape;
use claims_card_view::words::phrase::{self, ClaimPhrases};

/// The card's colours, as style.css sets them for each scheme.
struct Colours {
    ink: &'static str,
    muted: &'static str,
    paper: &'static str,
    rule: &'static str,
    track: &'static str,
    accents: [&'static str; 4],
}

const LIGHT: Colours = Colours {
    ink: "#1b1b1f",
    muted: "#55565d",
    paper: "#ffffff",
    rule: "#d6d6da",
    track: "#eeeef1",
    accents: ["#6a3d9a", "#8c5a00", "#0b7069", "#46597c"],
};

const DARK: Colours = Colours {
    ink: "#ececef",
    muted: "#a9abb3",
    paper: "#17181c",
    rule: "#3a3b42",
    track: "#2a2b31",
    accents: ["#c3a1ec", "#e7b052", "#5cc8bf", "#a6b8d8"],
};

/// A bar's height in pixels.
const BAR_HEIGHT: f32 = 10.0;
/// The longest line of text, in pixels: about 90 characters at 13 px.
const LINE_MAX: f32 = 720.0;

/// A run of text on one line, in one face and colour.
struct Run<'a> {
    text: String,
    face: Face,
    fill: &'a str,
}

/// The document being drawn, and how far down it has reached.
struct Page<'a> {
    /// Left margin and text width of the current block.
    x: f32,
    measure: f32,
    y: f32,
    body: String,
    colours: &'a Colours,
}

impl<'a> Page<'a> {
    fn gap(&mut self, pixels: f32) {
        self.y += pixels;
    }

    /// One line of runs set side by side, its baseline under the current top.
    fn line(&mut self, runs: &[Run<'_>]) {
        let size = runs.iter().map(|run| run.face.size).fold(0.0, f32::max);
        let line_height = size * 1.3;
        let baseline = self.y + size * 1.02;
        self.body.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" xml:space=\"preserve\">",
            number(self.x),
            number(baseline)
        ));
        for run in runs.iter().filter(|run| !run.text.is_empty()) {
            let weight = if run.face.bold { " font-weight=\"bold\"" } else { "" };
            self.body.push_str(&format!(
                "<tspan font-size=\"{}\"{weight} fill=\"{}\">{}</tspan>",
                number(run.face.size),
                run.fill,
                escape(&run.text)
            ));
        }
        self.body.push_str("</text>\n");
        self.y += line_height;
    }

    /// A paragraph wrapped to the block's width, or to a readable length on a wide image (the bars
    /// still take the whole width).
    fn paragraph(&mut self, text: &str, face: Face, fill: &str) {
        for line in text::wrap(text, face, self.measure.min(LINE_MAX)) {
            self.line(&[Run { text: line, face, fill }]);
        }
    }

    fn rule(&mut self) {
        self.body.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"1\" fill=\"{}\"/>\n",
            number(self.x),
            number(self.y),
            number(self.measure),
            self.colours.rule
        ));
    }

    /// A figure with its number set large, the qualifier and what it counts beside it; on a narrow
    /// card what does not fit beside the number goes under it.
    fn figure(&mut self, claim: &Claim, locale: Locale, lead: bool) {
        let (before, number_text, after) = phrase::figure_parts(claim, locale);
        let counted = phrase::counted(claim, locale);
        let small = Face::regular(15.0);
        let big = Face::bold(if lead { 26.0 } else { 20.0 });
        let ink = self.colours.ink;
        let head = [
            Run { text: before, face: small, fill: ink },
            Run { text: number_text, face: big, fill: ink },
            Run { text: after, face: small, fill: ink },
        ];
        let head_width: f32 = head.iter().map(|run| text::width(&run.text, run.face)).sum();
        let rest = format!(" {counted}");
        if head_width + text::width(&rest, small) <= self.measure {
            let [before, number_text, after] = head;
            self.line(&[before, number_text, after, Run { text: rest, face: small, fill: ink }]);
        } else {
            self.line(&head);
            self.paragraph(&counted, small, ink);
        }
    }

    /// The figure's bar on the measure's shared scale, drawn as the card draws it: a lower bound fades
    /// past its end, an approximate figure has a soft end, an upper bound is hollow, a range runs from
    /// its low to its high. A figure that was not reported has none.
    fn bar(&mut self, figure: Figure, scale_max: Option<u64>, accent: &str) {
        // The card's own bar (card/bar.rs), in the image's pixels and opacities.
        let Some(segments) = segments(figure, scale_max) else {
            return;
        };
        let (x0, span, y) = (self.x, self.measure, self.y);
        let px = |units: f32| x0 + units / 100.0 * span;
        let mut rect = |from: f32, to: f32, opacity: f32, colour: &str| {
            let width = (px(to) - px(from)).max(0.0);
            let opacity = if opacity < 1.0 { format!(" fill-opacity=\"{opacity}\"") } else { String::new() };
            self.body.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_HEIGHT}\" fill=\"{colour}\"{opacity}/>\n",
                number(px(from)),
                number(y),
                number(width)
            ));
        };
        let track = self.colours.track;
        rect(0.0, 100.0, 1.0, track);
        let mut hollow = None;
        let ink = self.colours.ink;
        for Segment { mark, from, to } in segments {
            let (from, to) = (from as f32, to as f32);
            let opacity = match mark {
                Mark::Central => {
                    rect(from, to, 1.0, ink);
                    continue;
                }
                Mark::Fill => 1.0,
                Mark::Soft => 0.45,
                Mark::Fade(1) => 0.6,
                Mark::Fade(2) => 0.35,
                Mark::Fade(_) => 0.15,
                Mark::RangeLead => 0.22,
                Mark::Hollow => {
                    hollow = Some((from, to));
                    continue;
                }
            };
            rect(from, to, opacity, accent);
        }
        // An upper bound is an outline, inside the bar's box.
        if let Some((from, to)) = hollow {
            let width = (px(to) - px(from) - 2.0).max(0.0);
            self.body.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{accent}\" \
                 stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n",
                number(px(from) + 1.0),
                number(y + 1.0),
                number(width),
                number(BAR_HEIGHT - 2.0)
            ));
        }
        self.y += BAR_HEIGHT;
    }
}

/// A chart's height in pixels.
const CHART_HEIGHT: f32 = 72.0;
/// Each line's dashes, as the card's style.css draws them: solid, dashed, dotted, dash-dot.
const CHART_DASHES: [&str; 4] =
    ["", " stroke-dasharray=\"6 3\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"8 3 2 3\""];

impl Page<'_> {
    /// A party's running counts as the card's chart draws them: a step line per claimant, zero at the
    /// bottom, at most 120 reports a line, the first and last day under it, and a line a claimant saying
    /// which pattern is whose, its earliest report here and its latest.
    fn chart(&mut self, figures: &[ClaimantFigures<'_>], locale: Locale, accent: &str) {
        let words = locale.words();
        // The card's own layout of the chart (card/series_chart.rs), in the image's pixels.
        let Some(Chart { first, last, lines }) = chart(figures.iter().map(|figures| &**figures.current)) else {
            return;
        };
        self.gap(8.0);
        let (x0, width, y0) = (self.x, self.measure, self.y);
        let at = |(time, count): (f64, f64)| {
            (
                f64::from(x0) + time * f64::from(width),
                f64::from(y0 + CHART_HEIGHT) - count * f64::from(CHART_HEIGHT - 2.0),
            )
        };
        self.body.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"1\" fill=\"{}\"/>\n",
            number(x0),
            number(y0 + CHART_HEIGHT),
            number(width),
            self.colours.rule
        ));
        for (index, line) in lines.iter().enumerate() {
            let path = step_path(&line.steps, at, |x| number(x as f32));
            self.body.push_str(&format!(
                "<path d=\"{path}\" fill=\"none\" stroke=\"{accent}\" stroke-width=\"2\"{}/>\n",
                CHART_DASHES[index % CHART_DASHES.len()]
            ));
        }
        self.y += CHART_HEIGHT + 4.0;
        let muted = self.colours.muted;
        self.paragraph(&format!("{} – {}", words.date(first), words.date(last)), Face::regular(12.0), muted);
        for (index, ChartLine { claim, reports, .. }) in lines.iter().enumerate() {
            let pattern = ["——", "– –", "···", "–·–"][index % 4];
            let report = |(date, value): (CalendarDate, u64)| format!("{}, {}", words.count(value), words.date(date));
            let text = format!(
                "{pattern} {}: {} {}; {} {}",
                claim.claimant.name.get(locale),
                words.series_earliest,
                report(reports[0]),
                words.series_latest,
                report(reports[reports.len() - 1])
            );
            self.paragraph(&text, Face::regular(12.0), self.colours.ink);
        }
    }
}

/// The card as an SVG document `options.width` pixels wide, as tall as its content.
pub fn draw(dataset: &Dataset, options: &ImageOptions, description: &str) -> Drawing {
    let locale = options.locale;
    let words = locale.words();
    let colours = match options.theme {
        Theme::Light => &LIGHT,
        Theme::Dark => &DARK,
    };
    let width = options.width as f32;
    let margin = if width < 480.0 { 16.0 } else { 24.0 };
    let mut page = Page { x: margin, measure: width - 2.0 * margin, y: margin, body: String::new(), colours };
    let (ink, muted) = (colours.ink, colours.muted);

    if let Some(kicker) = &dataset.kicker {
        page.paragraph(kicker.get(locale), Face::bold(13.0), muted);
        page.gap(2.0);
    }
    let title_size = if width < 480.0 { 21.0 } else { 24.0 };
    page.paragraph(dataset.title.get(locale), Face::bold(title_size), ink);
    if let Some(dek) = &dataset.dek {
        page.gap(4.0);
        page.paragraph(dek.get(locale), Face::regular(15.0), muted);
    }
    page.gap(6.0);
    page.paragraph(&phrase::standing_line(dataset, locale), Face::bold(13.0), muted);

    for (measure, rows) in headline_figures(dataset) {
        page.gap(14.0);
        page.rule();
        page.gap(12.0);
        page.paragraph((words.measure_names)(measure), Face::bold(18.0), ink);
        // Each method's scale, once for the measure; the note before the bars it qualifies, as on the card.
        let scales = dataset.scales(measure);
        if scales.len() > 1 {
            page.gap(4.0);
            page.paragraph(words.scale_note, Face::regular(13.0), muted);
        }
        for (party, claimants) in rows {
            page.gap(12.0);
            let accent = colours.accents[party.slot % colours.accents.len()];
            party_block(&mut page, party.name.get(locale), accent, |page| {
                if claimants.is_empty() {
                    page.paragraph(words.no_figure, Face::regular(14.0), muted);
                }
                for (index, figures) in claimants.iter().enumerate() {
                    page.gap(if index == 0 { 2.0 } else { 10.0 });
                    claim_block(page, &scales, figures, locale, index == 0, accent);
                    for earlier in &figures.earlier {
                        page.gap(4.0);
                        let phrases = ClaimPhrases::of(earlier, locale);
                        page.paragraph(&phrases.earlier(locale), Face::regular(13.0), muted);
                        note(page, &phrases);
                    }
                }
                page.chart(&claimants, locale, accent);
            });
        }
        // Figures covering several parties: once, with every party named, no bar.
        for claim in dataset.joint(measure) {
            page.gap(12.0);
            let phrases = ClaimPhrases::of(claim, locale);
            if let Some(relation) = &phrases.relation {
                page.paragraph(relation, Face::bold(12.0), muted);
            }
            page.figure(claim, locale, false);
            page.paragraph(&phrases.attribution(), Face::regular(13.0), muted);
            note(&mut page, &phrases);
        }
        // The breakdown, open: the card folds it away, an image cannot.
        let breakdown = breakdown_figures(dataset, measure);
        if !breakdown.is_empty() {
            page.gap(14.0);
            page.paragraph(words.breakdown, Face::bold(15.0), ink);
        }
        for (party, claims) in breakdown {
            page.gap(8.0);
            let accent = colours.accents[party.slot % colours.accents.len()];
            party_block(&mut page, party.name.get(locale), accent, |page| {
                for (index, claim) in claims.iter().enumerate() {
                    page.gap(if index == 0 { 2.0 } else { 8.0 });
                    let phrases = ClaimPhrases::of(claim, locale);
                    if let Some(relation) = &phrases.relation {
                        page.paragraph(relation, Face::bold(12.0), muted);
                    }
                    page.paragraph(&phrases.figure, Face::bold(14.0), ink);
                    page.paragraph(&phrases.attribution(), Face::regular(13.0), muted);
                    note(page, &phrases);
                }
            });
        }
    }

    if !dataset.context.is_empty() {
        page.gap(14.0);
        page.rule();
        page.gap(12.0);
        page.paragraph(words.context, Face::bold(15.0), ink);
        for line in &dataset.context {
            page.gap(4.0);
            page.paragraph(&phrase::context_line(line, locale), Face::regular(13.0), ink);
        }
    }

    page.gap(14.0);
    page.rule();
    page.gap(10.0);
    for note in &dataset.notes {
        page.paragraph(note.get(locale), Face::regular(13.0), muted);
        page.gap(4.0);
    }
    if let Some(updated) = dataset.updated {
        page.paragraph(&fill(words.updated, &[("date", &words.date(updated))]), Face::regular(13.0), muted);
        page.gap(4.0);
    }
    for correction in &dataset.corrections {
        let text = format!("{}, {}: {}", words.correction, words.date(correction.date), correction.text.get(locale));
        page.paragraph(&text, Face::regular(13.0), muted);
        page.gap(4.0);
    }
    let mut outlets: Vec<String> = Vec::new();
    for source in dataset.sources() {
        let outlet = phrase::outlet_chain(source, words);
        if !outlets.contains(&outlet) {
            outlets.push(outlet);
        }
    }
    if !outlets.is_empty() {
        page.paragraph(&format!("{}: {}", words.sources, outlets.join("; ")), Face::regular(12.0), muted);
    }
    page.gap(margin - 4.0);

    let height = page.y.ceil() as u32;
    let width = options.width;
    let title = escape(dataset.title.get(locale));
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" lang=\"{lang}\" font-family=\"{FAMILY}\">\n\
         <title>{title}</title>\n<desc>{desc}</desc>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{paper}\"/>\n{body}</svg>\n",
        lang = words.tag,
        desc = escape(description),
        paper = colours.paper,
        body = page.body,
    );
    Drawing { svg, width, height }
}

/// One claimant's figure: who it is to the party (a competing claim), the figure, its bar, and who
/// claims it, as of when and where it was reported.
fn claim_block(
    page: &mut Page<'_>,
    scales: &[(Option<Method>, Option<u64>)],
    figures: &ClaimantFigures<'_>,
    locale: Locale,
    lead: bool,
    accent: &str,
) {
    let muted = page.colours.muted;
    let claim = figures.current;
    let phrases = ClaimPhrases::of_current(claim, &figures.earlier, locale);
    if let Some(relation) = &phrases.relation {
        page.paragraph(relation, Face::bold(12.0), muted);
    }
    page.figure(claim, locale, lead);
    if claim.figure.extent().is_some() {
        page.gap(3.0);
        page.bar(claim.figure, scale_of(scales, claim.method), accent);
        page.gap(5.0);
    }
    page.paragraph(&phrases.attribution(), Face::regular(13.0), muted);
    if let Some(history) = &phrases.history {
        page.paragraph(history, Face::regular(13.0), page.colours.ink);
    }
    note(page, &phrases);
}

/// A claim's note, under its attribution: it qualifies the figure, so it is drawn with it.
fn note(page: &mut Page<'_>, phrases: &ClaimPhrases) {
    if let Some(note) = &phrases.note {
        page.gap(2.0);
        page.paragraph(note, Face::regular(13.0), page.colours.ink);
    }
}

/// A party's block: its name, then what `body` draws, indented beside a stripe in the party's colour.
fn party_block(page: &mut Page<'_>, name: &str, accent: &str, body: impl FnOnce(&mut Page<'_>)) {
    let top = page.y;
    let stripe_at = page.body.len();
    let (outer_x, outer_measure) = (page.x, page.measure);
    page.x += 12.0;
    page.measure -= 12.0;
    page.paragraph(name, Face::bold(16.0), page.colours.ink);
    body(page);
    let stripe = format!(
        "<rect x=\"{}\" y=\"{}\" width=\"3\" height=\"{}\" fill=\"{accent}\"/>\n",
        number(outer_x),
        number(top),
        number(page.y - top)
    );
    page.body.insert_str(stripe_at, &stripe);
    page.x = outer_x;
    page.measure = outer_measure;
}

/// Two decimals at most: the same text on every machine.
fn number(x: f32) -> String {
    let hundredths = (x * 100.0).round() as i64;
    if hundredths % 100 == 0 {
        format!("{}", hundredths / 100)
    } else {
        format!("{:.2}", hundredths as f64 / 100.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(12.345), "12.35");
        assert_eq!(number(-1.5), "-1.50");
    }
}
