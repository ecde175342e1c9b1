//! Live cards: how often a card with `src` re-reads its data, and when its figures count as old. The
//! editor writes both on the card's element (`data-refresh="5m"`, `data-stale-after="30m"`); the
//! command line and the workbench write and check them with the same rules the reader's browser
//! applies, defined once here. Pure values, tested natively: the browser side (`src/live.rs`) asks
//! this what to do and when.

use crate::markup::escape;

/// The card's attribute naming how often it re-reads its `src`: off when absent.
pub const REFRESH_ATTRIBUTE: &str = "data-refresh";
/// The card's attribute naming how long its live data may go unrefreshed before it says how old
/// it is; by default [`STALE_AFTER_INTERVALS`] intervals.
pub const STALE_AFTER_ATTRIBUTE: &str = "data-stale-after";

/// The shortest interval a published card re-reads at: a page of live cards costs its readers and
/// the data's host at most one request a minute each.
pub const MIN_REFRESH_SECONDS: u32 = 60;
/// The shortest interval anywhere: on a development host (`localhost`, `127.0.0.1`) a demo may
/// move every few seconds.
pub const MIN_DEVELOPMENT_SECONDS: u32 = 1;
/// The longest interval or allowance written: a day (a card open longer refreshes when shown).
pub const MAX_SECONDS: u32 = 24 * 60 * 60;
/// Without `data-stale-after`, the card says how old it is after this many intervals without an
/// answer from its data's host.
pub const STALE_AFTER_INTERVALS: u32 = 3;
/// After failures the wait doubles, up to this many intervals, and never beyond [`MAX_BACKOFF_SECONDS`].
pub const MAX_BACKOFF_INTERVALS: u32 = 16;
pub const MAX_BACKOFF_SECONDS: u32 = 60 * 60;

/// How a live card refreshes, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refresh {
    pub every: u32,
    pub stale_after: u32,
}

impl Refresh {
    /// Reads the two attributes as the page wrote them. `development`: the page is served from a
    /// development host, where intervals under a minute are honoured. A refused value is an error
    /// naming the attribute and what to write instead; the card then does not refresh.
    pub fn read(refresh: &str, stale_after: Option<&str>, development: bool) -> Result<Self, String> {
        let every = seconds(refresh).map_err(|problem| format!("{REFRESH_ATTRIBUTE}: {problem}"))?;
        let least = if development { MIN_DEVELOPMENT_SECONDS } else { MIN_REFRESH_SECONDS };
        if every < least {
            return Err(format!(
                "{REFRESH_ATTRIBUTE}: \"{refresh}\" is more often than a published card may re-read its data; \
                 write 1m or more"
            ));
        }
        let stale_after_written = stale_after;
        let stale_after = match stale_after {
            Some(text) => seconds(text).map_err(|problem| format!("{STALE_AFTER_ATTRIBUTE}: {problem}"))?,
            None => every.saturating_mul(STALE_AFTER_INTERVALS).min(MAX_SECONDS),
        };
        if stale_after < every {
            return Err(format!(
                "{STALE_AFTER_ATTRIBUTE}: \"{}\" is shorter than {REFRESH_ATTRIBUTE} (\"{refresh}\"): the card would \
                 call its figures old between two reads",
                shown(stale_after_written.unwrap_or_default())
            ));
        }
        Ok(Self { every, stale_after })
    }

    /// How long to wait after `failures` failed reads in a row (0: the plain interval): the interval
    /// doubled for each failure, at most [`MAX_BACKOFF_INTERVALS`] intervals and an hour (never less
    /// than the interval).
    pub fn wait_after(&self, failures: u32) -> u32 {
        let doubled = self.every.saturating_mul(1 << failures.min(MAX_BACKOFF_INTERVALS.ilog2()));
        doubled.min(MAX_BACKOFF_SECONDS).max(self.every)
    }

    /// True when live data last read `age_seconds` ago is older than the editor allows.
    pub fn is_stale(&self, age_seconds: u32) -> bool {
        age_seconds > self.stale_after
    }
}

/// The two attributes as an editor writes them on a published card (the command line's `--refresh`
/// and `--stale-after`, the workbench's choice), kept as written: checked by [`Refresh::read`] when
/// made, so the code the editor pastes never carries a value the reader's browser would refuse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefreshAttributes {
    refresh: String,
    stale_after: Option<String>,
}

impl RefreshAttributes {
    /// `refresh` and `stale_after` as a published card must have them (at least a minute); the
    /// error is [`Refresh::read`]'s, naming the attribute.
    pub fn published(refresh: &str, stale_after: Option<&str>) -> Result<Self, String> {
        Refresh::read(refresh, stale_after, false)?;
        Ok(Self { refresh: refresh.trim().to_owned(), stale_after: stale_after.map(|text| text.trim().to_owned()) })
    }

    pub fn refresh(&self) -> &str {
        &self.refresh
    }

    pub fn stale_after(&self) -> Option<&str> {
        self.stale_after.as_deref()
    }

    /// ` data-refresh="5m" data-stale-after="30m"`, to follow a card's `src`: the allowance only
    /// when the editor gave one (else the card's default, three intervals).
    pub fn markup(&self) -> String {
        let stale_after = match &self.stale_after {
            Some(text) => format!(" {STALE_AFTER_ATTRIBUTE}=\"{}\"", escape(text)),
            None => String::new(),
        };
        format!(" {REFRESH_ATTRIBUTE}=\"{}\"{stale_after}", escape(&self.refresh))
    }
}

/// `"90s"`, `"5m"`, `"2h"` → seconds: a whole number, then its unit. A bare number is refused: a
/// reader of the markup cannot tell seconds from minutes.
pub fn seconds(text: &str) -> Result<u32, String> {
    let text = text.trim();
    let refused = || format!("\"{}\" is not a duration: write a whole number and s, m or h (5m, 90s, 1h)", shown(text));
    let unit = match text.chars().last() {
        Some('s') => 1,
        Some('m') => 60,
        Some('h') => 60 * 60,
        _ => return Err(refused()),
    };
    let number = &text[..text.len() - 1];
    if number.is_empty() || !number.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(refused());
    }
    let seconds = number.parse::<u32>().ok().and_then(|number| number.checked_mul(unit)).filter(|s| *s <= MAX_SECONDS);
    match seconds {
        Some(0) => Err(format!("\"{}\" is no time at all: write 1m or more", shown(text))),
        Some(seconds) => Ok(seconds),
        None => Err(format!("\"{}\" is longer than a day: write 24h or less", shown(text))),
    }
}

/// A page may write anything in the attribute: error messages repeat at most 20 characters of it.
fn shown(text: &str) -> String {
    match text.char_indices().nth(20) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_need_a_unit() {
        assert_eq!(seconds("90s"), Ok(90));
        assert_eq!(seconds(" 5m "), Ok(300));
        assert_eq!(seconds("2h"), Ok(7200));
        for refused in ["5", "m", "5 m", "-5m", "1.5m", "5min", "", "５m"] {
            assert!(seconds(refused).is_err(), "{refused:?} was accepted");
        }
        assert!(seconds("0m").unwrap_err().contains("no time"));
        assert!(seconds("25h").unwrap_err().contains("longer than a day"));
        assert!(seconds("99999999999999m").is_err());
    }

    #[test]
    fn a_published_card_reads_at_most_once_a_minute() {
        assert!(Refresh::read("30s", None, false).unwrap_err().starts_with("data-refresh: \"30s\""));
        assert_eq!(Refresh::read("1m", None, false), Ok(Refresh { every: 60, stale_after: 180 }));
        // A development host may move faster (the live demo).
        assert_eq!(Refresh::read("5s", Some("1m"), true), Ok(Refresh { every: 5, stale_after: 60 }));
    }

    #[test]
    fn the_allowance_is_at_least_one_interval() {
        let error = Refresh::read("10m", Some("5m"), false).unwrap_err();
        assert!(error.starts_with("data-stale-after:"), "{error}");
        assert!(Refresh::read("10m", Some("soon"), false).unwrap_err().starts_with("data-stale-after: \"soon\""));
        assert_eq!(Refresh::read("12h", None, false).map(|refresh| refresh.stale_after), Ok(MAX_SECONDS));
    }

    #[test]
    fn failures_double_the_wait_up_to_sixteen_intervals_or_an_hour() {
        let refresh = Refresh::read("1m", None, false).unwrap();
        let waits: Vec<u32> = (0..8).map(|failures| refresh.wait_after(failures)).collect();
        assert_eq!(waits, [60, 120, 240, 480, 960, 960, 960, 960], "at most 16 intervals");
        let hourly = Refresh::read("10m", None, false).unwrap();
        assert_eq!(hourly.wait_after(5), 3600, "at most an hour");
        let slow = Refresh::read("2h", None, false).unwrap();
        assert_eq!(slow.wait_after(3), 7200, "never less than the interval");
        let demo = Refresh::read("5s", None, true).unwrap();
        assert_eq!(demo.wait_after(10), 80, "at most 16 intervals");
    }

    #[test]
    fn the_editors_attributes_are_written_as_given_once_accepted() {
        let written = RefreshAttributes::published(" 5m", Some("30m ")).unwrap();
        assert_eq!(written.markup(), r#" data-refresh="5m" data-stale-after="30m""#);
        assert_eq!(RefreshAttributes::published("1h", None).unwrap().markup(), r#" data-refresh="1h""#);
        assert_eq!(RefreshAttributes::published("30s", None), Err(Refresh::read("30s", None, false).unwrap_err()));
        assert!(RefreshAttributes::published("5m", Some("1m")).unwrap_err().starts_with("data-stale-after:"));
    }

    #[test]
    fn old_means_older_than_allowed() {
        let refresh = Refresh::read("1m", Some("10m"), false).unwrap();
        assert!(!refresh.is_stale(600));
        assert!(refresh.is_stale(601));
    }
}
