//! A figure's bar on the measure's shared scale, drawn so its bound can be seen:
//! a lower bound fades out past its end, an approximate figure has a soft end, an upper bound is
//! hollow, a range runs from its low to its high. Drawn in SVG with attributes, not inline styles,
//! so a strict Content-Security-Policy needs no `'unsafe-inline'` for it.

use yew::prelude::*;

use claims_card_data::dataset::Figure;

/// The scale's largest figure ends here, leaving room for the fade of an open-ended bar.
const SCALE_END: f64 = 86.0;
/// A nonzero figure stays visible however small it is beside the largest.
const MIN_WIDTH: f64 = 0.8;

/// One `<rect>` of a bar, from `from` to `to` in the viewBox's units. A macro, so that `class` stays a
/// literal: Yew parses a computed `class` into a set of class names, which costs the wasm 3 KB (brotli).
macro_rules! rect {
    ($class:tt, $from:expr, $to:expr) => {{
        let (from, to): (f64, f64) = ($from, $to);
        html! { <rect class=$class x={units(from)} y="0" width={units((to - from).max(0.0))} height="10" /> }
    }};
}

#[derive(Properties, PartialEq)]
pub struct BarProps {
    pub figure: Figure,
    /// The largest headline figure of the measure counted by the same method; `None` when there is
    /// nothing to draw.
    pub scale_max: Option<u64>,
    /// Which scale that is, "measure/method" ("killed/named_count", "killed/unstated"): in the markup, so
    /// that tests (and readers of the source) can see no two methods or outcomes share one.
    pub scale: AttrValue,
}

#[component]
pub fn Bar(props: &BarProps) -> Html {
    let BarProps { figure, scale_max, ref scale } = *props;
    let Some(segments) = segments(figure, scale_max) else {
        return Html::default();
    };
    let marks = segments.into_iter().map(|Segment { mark, from, to }| match mark {
        Mark::Fill => rect!("fill", from, to),
        Mark::Soft => rect!("soft", from, to),
        Mark::Fade(1) => rect!("fade fade-1", from, to),
        Mark::Fade(2) => rect!("fade fade-2", from, to),
        Mark::Fade(_) => rect!("fade fade-3", from, to),
        Mark::Hollow => rect!("hollow", from, to),
        Mark::RangeLead => rect!("range-lead", from, to),
        Mark::Central => rect!("central", from, to),
    });
    html! {
        <svg
            class="bar"
            data-scale={scale.clone()}
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
        >
            <rect class="track" x="0" y="0" width="100" height="10" />
            { for marks }
        </svg>
    }
}

/// How one part of a bar is drawn (style.css and the static image give each its look).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The figure itself.
    Fill,
    /// An approximate figure's soft end.
    Soft,
    /// A lower bound's fade past its end: 1, 2, 3, fainter each.
    Fade(u8),
    /// An upper bound: the outline of what it allows.
    Hollow,
    /// A range's stretch below its low.
    RangeLead,
    /// A range's central estimate: a tick across the bar.
    Central,
}

/// One part of a bar, from `from` to `to` on a scale of 100 (the track's width).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub mark: Mark,
    pub from: f64,
    pub to: f64,
}

/// A figure's bar on its measure's scale (`scale_max`, the largest headline figure), drawn so its
/// bound can be seen; `None` when there is nothing to draw. The card and the static image both draw
/// these.
pub fn segments(figure: Figure, scale_max: Option<u64>) -> Option<Vec<Segment>> {
    let (Some(max), Some(_)) = (scale_max, figure.extent()) else {
        return None;
    };
    let at = |n: u64| {
        let x = n as f64 / max as f64 * SCALE_END;
        if n > 0 {
            x.max(MIN_WIDTH)
        } else {
            0.0
        }
    };
    let part = |mark, from, to| Segment { mark, from, to };
    Some(match figure {
        Figure::Exact(n) => vec![part(Mark::Fill, 0.0, at(n))],
        Figure::About(n) => {
            let end = at(n);
            let soft = (end * 0.04).clamp(0.6, 3.0);
            vec![part(Mark::Fill, 0.0, end - soft), part(Mark::Soft, end - soft, end + soft)]
        }
        Figure::AtLeast(n) | Figure::MoreThan(n) => {
            let end = at(n);
            vec![
                part(Mark::Fill, 0.0, end),
                part(Mark::Fade(1), end + 1.2, end + 3.6),
                part(Mark::Fade(2), end + 4.8, end + 7.0),
                part(Mark::Fade(3), end + 8.2, end + 10.2),
            ]
        }
        Figure::UpTo(n) => vec![part(Mark::Hollow, 0.0, at(n))],
        // Approximate like "about", but the soft end stops at the number: never drawn past it.
        Figure::Nearly(n) => {
            let end = at(n);
            let soft = (end * 0.08).clamp(1.2, 6.0).min(end);
            vec![part(Mark::Fill, 0.0, end - soft), part(Mark::Soft, end - soft, end)]
        }
        Figure::Range(range) => {
            let (low, high) = (at(range.low()), at(range.high()));
            let mut parts = vec![part(Mark::RangeLead, 0.0, low), part(Mark::Fill, low, high)];
            if let Some(central) = range.central() {
                let x = at(central);
                parts.push(part(Mark::Central, x - 0.4, x + 0.4));
            }
            parts
        }
        Figure::InWords | Figure::NotReported => return None,
    })
}

/// Two decimals: the same text on the server and in the browser, and finer than a pixel.
/// Written with integers: float formatting would add 14 KB to the wasm.
pub(super) fn units(x: f64) -> String {
    let hundredths = (x * 100.0).round().max(0.0) as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}
