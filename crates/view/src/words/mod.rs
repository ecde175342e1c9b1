//! Every word the card itself shows, and the number and date formats of each language.
//!
//! Data carries its own text (titles, quotes, notes); this module holds only the card's own vocabulary,
//! so server rendering and the browser produce the same words for the same language.

mod az;
mod en;
mod hy;
pub mod phrase;
mod ru;
mod template;
mod uk;

pub use template::fill;

use claims_card_data::dataset::{AsOf, CalendarDate, Change, Figure, Group, Measure, Method, Period, Relation};
/// Re-exported so `crate::words::Locale` keeps working; the type lives in [`claims_card_data::locale`].
pub use claims_card_data::locale::{Locale, Plural};

/// The card's vocabulary in one language.
pub struct Words {
    /// BCP 47 tag, for `lang` attributes.
    pub tag: &'static str,
    pub measure_switch: &'static str,
    /// Said in the card's polite status when a reader switches the measure (the loader fills it from
    /// the status's `data-said`: the radio alone announces only itself): "Now showing: {measure}".
    pub measure_shown: &'static str,
    pub measure_names: fn(Measure) -> &'static str,
    /// How a figure was arrived at, beside it: "count of people identified by name".
    pub method_names: fn(Method) -> &'static str,
    pub group_names: fn(Group, Plural) -> &'static str,
    /// Templates with `{n}`, `{low}`, `{high}` for the number.
    pub exact: &'static str,
    pub about: &'static str,
    pub at_least: &'static str,
    pub more_than: &'static str,
    pub up_to: &'static str,
    /// "nearly {n}": just under the number.
    pub nearly: &'static str,
    pub range: &'static str,
    /// A range as a screen reader says it, where "{low}–{high}" depends on the listener's punctuation
    /// setting: "{low} to {high}".
    pub range_spoken: &'static str,
    /// What a source's disclosure is named after, for a listener moving by control: "Source of
    /// {figure}, {according_to}", so no two read alike and none is only a date.
    pub source_of: &'static str,
    /// What joins a figure in words to what it counts, before the noun: English "of" ("hundreds of
    /// fighters"); empty where the noun follows directly ("сотни боевиков").
    pub in_words_after: &'static str,
    /// A range's central estimate, after what it counts: "central estimate {n}".
    pub central: &'static str,
    /// A figure's period, after what it counts: "in {year}" (`{suffix}`: `year_suffix`), "from {from}
    /// to {to}", "over the past month", and "over the past {n} months" by the plural of `n`.
    pub period_year: &'static str,
    pub year_suffix: fn(u16) -> &'static str,
    pub period_dates: &'static str,
    pub past_month: &'static str,
    pub past_months: fn(Plural) -> &'static str,
    /// A figure that covers several parties together: "{parties} together", the names joined by `and`.
    pub together: &'static str,
    pub and: &'static str,
    /// Under a panel whose bars are drawn on more than one method's scale.
    pub scale_note: &'static str,
    /// Said once, under the title, on a card with a count of people identified by name.
    pub named_counts_lower: &'static str,
    /// A running count's change since its claimant's report before it: "{change} since {date}" (the
    /// change signed: "+1,830", "−120"), or "unchanged since {date}".
    pub change_since: &'static str,
    pub unchanged_since: &'static str,
    /// A series' earliest report, as the data gives it (not the claimant's first ever): "earliest report
    /// here: {figure}, {date}"; and how many reports came before the latest: "{n} earlier reports".
    pub first_report: &'static str,
    pub earlier_reports: &'static str,
    /// The table under a running count's chart (card/series_chart.rs): its caption and column heads.
    pub series_caption: &'static str,
    pub series_claimant: &'static str,
    pub series_earliest: &'static str,
    pub series_latest: &'static str,
    pub series_change: &'static str,
    /// A live card's line after it re-read its data (card/live.rs): "Updated {time}" (the reader's
    /// clock, 24-hour), then what changed; "and {n} more" past the first few changes.
    pub live_updated: &'static str,
    pub live_more: &'static str,
    /// A live card whose data has not been read for longer than the editor allows: "Updated {age}
    /// ago; newer figures could not be loaded", the age in `minutes`, `hours` or `days` ("{n} …").
    pub live_stale: &'static str,
    pub minutes: fn(Plural) -> &'static str,
    pub hours: fn(Plural) -> &'static str,
    pub days: fn(Plural) -> &'static str,
    pub not_reported: &'static str,
    /// A party with no claim for a measure on this card: no claimant said "not reported".
    pub no_figure: &'static str,
    /// What a claimant is to the party whose losses it counts, before "according to …": the party's own
    /// figure, the other side's counter-claim, an independent estimate, an outside party's claim.
    pub relation_own: &'static str,
    pub relation_opposing: &'static str,
    pub relation_independent: &'static str,
    /// An independent body's count of people identified by name: a count, not an estimate.
    pub relation_independent_count: &'static str,
    pub relation_outside: &'static str,
    /// Template with `{claimant}`.
    pub according_to: &'static str,
    /// Templates with `{date}`.
    pub reported_by: &'static str,
    pub as_of: &'static str,
    pub source_label: &'static str,
    pub via: &'static str,
    pub breakdown: &'static str,
    pub context: &'static str,
    /// The alt text's last sentence: the image gives the headline figures, the plain form beside it the rest.
    pub full_text_beside: &'static str,
    pub notes: &'static str,
    pub sources: &'static str,
    pub error_title: &'static str,
    pub error_body: &'static str,
    /// Template with `{date}`.
    pub updated: &'static str,
    pub correction: &'static str,
    /// Template with `{figure}` and `{as_of}`: an earlier figure the current one revised.
    pub earlier: &'static str,
    pub loading: &'static str,
    pub load_failed_body: &'static str,
    /// The error card's text when a card was given no data at all (no inline JSON, no `src`, no `data-seed`).
    pub no_data_body: &'static str,
    /// Shown by the loader (loader/embed.js) in place of a card when the card's code itself could not
    /// load (network, MIME type, CSP); the loader gets it in every language from `loader_contract`.
    pub graphic_load_failed: &'static str,
    pub retry: &'static str,
    /// Shown when the reader's language is a translation the dataset marks as awaiting review.
    pub translation_unreviewed: &'static str,
    /// The plain-text form's line under the title (`claims-card render --format plain-html`): what its figures are.
    pub claims_unverified: &'static str,
    /// The standing line when every figure is an independent count or estimate: no party's claim.
    pub counts_independent: &'static str,
    /// The standing line when the parties' claims stand beside independent counts or estimates.
    pub claims_and_counts: &'static str,
    /// The `title` of the iframe that holds a card whose dataset the command line has not read (the
    /// editors' iframe, AMP and oEmbed forms, `src/render/frame.rs`): what a screen reader announces.
    pub frame_title: &'static str,
    /// The button AMP shows when it cannot grow the card's frame at once (`<amp-iframe>`'s overflow).
    pub show_whole_graphic: &'static str,
    /// The footer actions (card/actions.rs): the label of the CSV and JSON buttons, the button that
    /// copies the card's embed code, what it says once copied, and what it says where the browser
    /// cannot copy (the code is then shown, selected, for the reader to copy).
    pub get_data: &'static str,
    pub copy_embed: &'static str,
    pub embed_copied: &'static str,
    pub copy_by_hand: &'static str,
    /// Month names in the form a full date uses ("27 сентября": genitive).
    pub months: [&'static str; 12],
    /// Template with `{day}`, `{month}`, `{year}`.
    pub date_pattern: &'static str,
    pub thousands_separator: &'static str,
    /// The suffix that `{suffix}` in a qualifier becomes after the number `n`: Azerbaijani's ablative
    /// follows the vowel of how the number is spoken ("40-dan çox", "200-dən çox"). Empty elsewhere.
    pub suffix: fn(u64) -> &'static str,
    /// True when the figure's qualifier puts the count in the genitive (Russian "не менее",
    /// Ukrainian "близько"): the noun then follows the genitive, not the bare numeral.
    pub genitive_after: fn(Figure) -> bool,
    /// The genitive singular of what is counted, for a genitive count ending in one ("не менее 21 человека").
    pub genitive_one: fn(Group) -> &'static str,
}

/// The card's words in a language: `locale.words()`. (The language itself is the data's
/// [`Locale`], which names the languages a document may be written in.)
pub trait LocaleWords {
    fn words(self) -> &'static Words;
}

impl LocaleWords for Locale {
    fn words(self) -> &'static Words {
        match self {
            Locale::En => &en::WORDS,
            Locale::Hy => &hy::WORDS,
            Locale::Az => &az::WORDS,
            Locale::Ru => &ru::WORDS,
            Locale::Uk => &uk::WORDS,
        }
    }
}

impl Words {
    /// `28000` → "28,000".
    pub fn count(&self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * self.thousands_separator.len());
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.thousands_separator);
            }
            out.push(digit);
        }
        out
    }

    /// The number in words with its qualifier: "at least 200", "about 511", "10–20".
    pub fn figure(&self, figure: Figure) -> String {
        let single = |template: &str, n: u64| fill(template, &[("n", &self.count(n)), ("suffix", (self.suffix)(n))]);
        match figure {
            Figure::Exact(n) => single(self.exact, n),
            Figure::About(n) => single(self.about, n),
            Figure::AtLeast(n) => single(self.at_least, n),
            Figure::MoreThan(n) => single(self.more_than, n),
            Figure::UpTo(n) => single(self.up_to, n),
            Figure::Nearly(n) => single(self.nearly, n),
            Figure::Range(range) => {
                fill(self.range, &[("low", &self.count(range.low())), ("high", &self.count(range.high()))])
            }
            // The words are the claim's own: `phrase::number` gives them.
            Figure::InWords => String::new(),
            Figure::NotReported => self.not_reported.to_owned(),
        }
    }

    /// The figure split around its number, so the number can be set large and the qualifier small:
    /// ("at least ", "200", ""). A figure that was not reported has no number.
    pub fn figure_parts(&self, figure: Figure) -> (String, String, String) {
        let (template, number) = match figure {
            Figure::Exact(n) => (self.exact, self.count(n)),
            Figure::About(n) => (self.about, self.count(n)),
            Figure::AtLeast(n) => (self.at_least, self.count(n)),
            Figure::MoreThan(n) => (self.more_than, self.count(n)),
            Figure::UpTo(n) => (self.up_to, self.count(n)),
            Figure::Nearly(n) => (self.nearly, self.count(n)),
            Figure::Range(_) => ("{n}", self.figure(figure)),
            Figure::InWords => return (String::new(), String::new(), String::new()),
            Figure::NotReported => return (String::new(), "—".to_owned(), String::new()),
        };
        let suffix = (self.suffix)(figure.extent().unwrap_or_default());
        let (before, after) = template::around(template, "n");
        (fill(before, &[("suffix", suffix)]), number, fill(after, &[("suffix", suffix)]))
    }

    /// What a figure counts, agreeing with the number shown: "1 civilian", "at least 200 people"
    /// (a range agrees with its high end).
    pub fn group(&self, locale: Locale, group: Group, figure: Figure) -> &'static str {
        let plural = match figure {
            Figure::NotReported => Plural::Other,
            // "tens of thousands of soldiers": the form a large round number takes.
            Figure::InWords => locale.plural(1000),
            other => locale.plural(other.extent().unwrap_or_default()),
        };
        if (self.genitive_after)(figure) {
            // After a genitive count, a number ending in one takes the genitive singular, all others the
            // genitive plural (which is the form a bare 5–20 takes).
            return match plural {
                Plural::One => (self.genitive_one)(group),
                _ => (self.group_names)(group, Plural::Many),
            };
        }
        (self.group_names)(group, plural)
    }

    /// "27 September 2023", "27 сентября 2023 года".
    pub fn date(&self, date: CalendarDate) -> String {
        let month = self.months[usize::from(date.month() - 1)];
        fill(
            self.date_pattern,
            &[("day", &date.day().to_string()), ("month", month), ("year", &date.year().to_string())],
        )
    }

    /// "reported by 27 September 2023" or "as of 26 September 2023".
    pub fn as_of(&self, as_of: AsOf) -> String {
        let template = match as_of {
            AsOf::ReportedBy(_) => self.reported_by,
            AsOf::RefersTo(_) => self.as_of,
        };
        fill(template, &[("date", &self.date(as_of.date()))])
    }

    /// The label of a claim's relation to its party; format 1 cannot say, so it has none.
    pub fn relation(&self, relation: Relation) -> Option<&'static str> {
        match relation {
            Relation::Own => Some(self.relation_own),
            Relation::Opposing => Some(self.relation_opposing),
            Relation::Independent => Some(self.relation_independent),
            Relation::Outside => Some(self.relation_outside),
            Relation::Unstated => None,
        }
    }

    /// "in 2024", "over the past 12 months", "from 1 January to 30 June 2024".
    pub fn period(&self, locale: Locale, period: Period) -> String {
        match period {
            Period::Year(year) => {
                fill(self.period_year, &[("year", &year.to_string()), ("suffix", (self.year_suffix)(year))])
            }
            Period::PastMonths(1) => self.past_month.to_owned(),
            Period::PastMonths(months) => {
                fill((self.past_months)(locale.plural(u64::from(months))), &[("n", &months.to_string())])
            }
            Period::Dates { from, to } => {
                fill(self.period_dates, &[("from", &self.date(from)), ("to", &self.date(to))])
            }
        }
    }

    /// "+1,830 since 21 December 2024", "−120 since …", "unchanged since …".
    pub fn change(&self, change: Change) -> String {
        let date = self.date(change.since);
        if change.delta == 0 {
            return fill(self.unchanged_since, &[("date", &date)]);
        }
        // A true minus sign, as the card sets numbers.
        let sign = if change.delta > 0 { "+" } else { "\u{2212}" };
        let change = format!("{sign}{}", self.count(change.delta.unsigned_abs()));
        fill(self.change_since, &[("change", &change), ("date", &date)])
    }

    /// "5 minutes", "3 hours", "2 days": how long ago, in the largest unit that is at least two of
    /// it (so "90 minutes", not "1 hour").
    pub fn age(&self, locale: Locale, minutes: u32) -> String {
        let (n, unit) = match minutes {
            0..120 => (minutes.max(1), self.minutes),
            120..2880 => (minutes / 60, self.hours),
            _ => (minutes / 1440, self.days),
        };
        fill(unit(locale.plural(u64::from(n))), &[("n", &self.count(u64::from(n)))])
    }

    /// A range as a screen reader says it: "900 to 1,400"; `None` for any other figure.
    pub fn range_spoken(&self, figure: Figure) -> Option<String> {
        let Figure::Range(range) = figure else { return None };
        let (low, high) = (self.count_spoken(range.low()), self.count_spoken(range.high()));
        Some(fill(self.range_spoken, &[("low", &low), ("high", &high)]))
    }

    /// A count as a speech engine should get it: where the language groups digits with a space
    /// (Russian, Ukrainian, Armenian), ungrouped, since eSpeak NG (NVDA's default voice) reads
    /// "1 150" as two numbers, "one, one hundred and fifty"; elsewhere as shown.
    pub fn count_spoken(&self, n: u64) -> String {
        if self.thousands_separator.trim().is_empty() {
            n.to_string()
        } else {
            self.count(n)
        }
    }

    /// The figure's number as a listener should hear it, where that is not what is shown: a range in
    /// words ("900 to 1,400"), a number grouped with a space ungrouped ("1150").
    pub fn number_spoken(&self, figure: Figure) -> Option<String> {
        let n = match figure {
            Figure::Range(_) => return self.range_spoken(figure),
            Figure::Exact(n)
            | Figure::About(n)
            | Figure::AtLeast(n)
            | Figure::MoreThan(n)
            | Figure::UpTo(n)
            | Figure::Nearly(n) => n,
            Figure::InWords | Figure::NotReported => return None,
        };
        let spoken = self.count_spoken(n);
        (spoken != self.count(n)).then_some(spoken)
    }

    /// "Armenia and Azerbaijan together".
    pub fn together(&self, names: &[&str]) -> String {
        let joined = match names {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.and),
        };
        fill(self.together, &[("parties", &joined)])
    }

    pub fn according_to(&self, claimant: &str) -> String {
        fill(self.according_to, &[("claimant", claimant)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claims_card_data::dataset::Range;

    fn date(text: &str) -> CalendarDate {
        CalendarDate::parse(text).unwrap()
    }

    #[test]
    fn groups_thousands() {
        let words = Locale::En.words();
        assert_eq!(words.count(0), "0");
        assert_eq!(words.count(999), "999");
        assert_eq!(words.count(28_000), "28,000");
        assert_eq!(words.count(1_234_567), "1,234,567");
    }

    #[test]
    fn every_bound_is_worded() {
        let words = Locale::En.words();
        assert_eq!(words.figure(Figure::Exact(192)), "192");
        assert_eq!(words.figure(Figure::About(511)), "about 511");
        assert_eq!(words.figure(Figure::AtLeast(200)), "at least 200");
        assert_eq!(words.figure(Figure::MoreThan(28_000)), "more than 28,000");
        assert_eq!(words.figure(Figure::UpTo(5)), "up to 5");
        assert_eq!(words.figure(Figure::Range(Range::new(10, 20).unwrap())), "10–20");
        assert_eq!(words.figure(Figure::NotReported), "not reported");
    }

    #[test]
    fn parts_keep_the_qualifier_beside_the_number() {
        let words = Locale::En.words();
        let parts = |figure| words.figure_parts(figure);
        assert_eq!(parts(Figure::AtLeast(200)), ("at least ".into(), "200".into(), "".into()));
        assert_eq!(parts(Figure::Exact(28_000)), ("".into(), "28,000".into(), "".into()));
        assert_eq!(parts(Figure::Range(Range::new(10, 20).unwrap())), ("".into(), "10–20".into(), "".into()));
    }

    #[test]
    fn what_is_counted_agrees_with_the_number() {
        let words = Locale::En.words();
        assert_eq!(words.group(Locale::En, Group::Civilians, Figure::Exact(1)), "civilian");
        assert_eq!(words.group(Locale::En, Group::Civilians, Figure::Exact(10)), "civilians");
        assert_eq!(words.group(Locale::En, Group::Children, Figure::AtLeast(1)), "child");
        assert_eq!(words.group(Locale::En, Group::People, Figure::NotReported), "people");
    }

    #[test]
    fn a_genitive_qualifier_governs_the_noun() {
        let ru = Locale::Ru.words();
        let counted = |words: &Words, locale, figure| {
            format!("{} {}", words.figure(figure), words.group(locale, Group::People, figure))
        };
        assert_eq!(counted(ru, Locale::Ru, Figure::AtLeast(21)), "не менее 21 человека");
        assert_eq!(counted(ru, Locale::Ru, Figure::AtLeast(22)), "не менее 22 человек");
        assert_eq!(counted(ru, Locale::Ru, Figure::AtLeast(200)), "не менее 200 человек");
        assert_eq!(counted(ru, Locale::Ru, Figure::Exact(22)), "22 человека");
        let uk = Locale::Uk.words();
        assert_eq!(counted(uk, Locale::Uk, Figure::About(21)), "близько 21 людини");
        assert_eq!(counted(uk, Locale::Uk, Figure::About(511)), "близько 511 людей");
        assert_eq!(counted(uk, Locale::Uk, Figure::AtLeast(22)), "щонайменше 22 людини");
    }

    #[test]
    fn plural_rules_follow_each_language() {
        use Plural::*;
        let categories = |locale: Locale| [0, 1, 2, 5, 11, 21, 22, 25, 111, 192].map(|n| locale.plural(n));
        assert_eq!(categories(Locale::En), [Other, One, Other, Other, Other, Other, Other, Other, Other, Other]);
        assert_eq!(categories(Locale::Hy), [One, One, Other, Other, Other, Other, Other, Other, Other, Other]);
        assert_eq!(categories(Locale::Ru), [Many, One, Few, Many, Many, One, Few, Many, Many, Few]);
        assert_eq!(categories(Locale::Uk), categories(Locale::Ru));
    }

    #[test]
    fn dates_are_written_in_full() {
        let words = Locale::En.words();
        assert_eq!(words.date(date("2023-09-27")), "27 September 2023");
        assert_eq!(words.as_of(AsOf::ReportedBy(date("2023-09-27"))), "reported by 27 September 2023");
        assert_eq!(words.as_of(AsOf::RefersTo(date("2023-09-26"))), "as of 26 September 2023");
    }

    #[test]
    fn every_vocabulary_carries_its_own_language_tag() {
        for locale in Locale::ALL {
            assert_eq!(locale.words().tag, locale.tag());
        }
    }
}
