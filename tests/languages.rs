//! The card in each of its languages: the seed's headline figures worded with their qualifier and what
//! they count, dates and numbers written the language's way, nouns agreeing with the numbers, and no
//! English left where a translation belongs.

mod common;

use claims_card_view::words::LocaleWords;
use std::rc::Rc;

use claims_card_data::dataset::{CalendarDate, Dataset, Figure, Group, SEED_JSON};
use claims_card_publish::card_html;
use claims_card_view::words::{Locale, Words};

fn seed() -> Dataset {
    Dataset::from_json(SEED_JSON).unwrap_or_else(|error| panic!("the seed does not read:\n{error}"))
}

fn card(locale: Locale) -> String {
    card_html(Rc::new(seed()), locale)
}

/// One measure's panel, as text.
fn panel_text(card: &str, measure: &str) -> String {
    common::visible_text(common::panel(card, measure))
}

fn assert_reads(locale: Locale, text: &str, phrases: &[&str]) {
    let missing: Vec<&&str> = phrases.iter().filter(|phrase| !text.contains(**phrase)).collect();
    assert!(missing.is_empty(), "{locale:?}: missing {missing:?} in:\n{text}");
}

/// What each language must show for the seed: card root, headline, parties, the two headline rows of
/// each panel (party, claimant, qualifier, number, group), and the date every figure was reported by.
struct Expected {
    locale: Locale,
    title: &'static str,
    parties: [&'static str; 2],
    killed: [&'static str; 2],
    wounded: [&'static str; 2],
    date: &'static str,
}

const EXPECTED: [Expected; 5] = [
    Expected {
        locale: Locale::En,
        title: "Claimed losses in the September 2023 offensive",
        parties: ["Azerbaijan", "Nagorno-Karabakh"],
        killed: [
            "Azerbaijan according to Azerbaijan's Health Ministry 192 service members",
            "Nagorno-Karabakh according to the authorities of the self-proclaimed Nagorno-Karabakh Republic \
             at least 200 people",
        ],
        wounded: [
            "according to Azerbaijan's Health Ministry about 511 service members",
            "self-proclaimed Nagorno-Karabakh Republic at least 400 people",
        ],
        date: "27 September 2023",
    },
    Expected {
        locale: Locale::Hy,
        title: "Հայտարարված կորուստները 2023 թ. սեպտեմբերյան հարձակման ընթացքում",
        parties: ["Ադրբեջան", "Լեռնային Ղարաբաղ"],
        killed: [
            "Ադրբեջան ըստ Ադրբեջանի առողջապահության նախարարության 192 զինծառայող",
            "Լեռնային Ղարաբաղ ըստ ինքնահռչակ Լեռնային Ղարաբաղի Հանրապետության իշխանությունների առնվազն 200 մարդ",
        ],
        wounded: [
            "ըստ Ադրբեջանի առողջապահության նախարարության մոտ 511 զինծառայող",
            "Հանրապետության իշխանությունների առնվազն 400 մարդ",
        ],
        date: "27 սեպտեմբերի, 2023 թ.",
    },
    Expected {
        locale: Locale::Az,
        title: "2023-cü ilin sentyabr hücumunda bəyan edilən itkilər",
        parties: ["Azərbaycan", "Dağlıq Qarabağ"],
        killed: [
            "Azərbaycan Azərbaycan Səhiyyə Nazirliyinin məlumatına görə 192 hərbi qulluqçu",
            "Dağlıq Qarabağ özünü elan etmiş Dağlıq Qarabağ Respublikasının hakimiyyət orqanlarının məlumatına görə \
             ən azı 200 nəfər",
        ],
        wounded: [
            "Azərbaycan Səhiyyə Nazirliyinin məlumatına görə təxminən 511 hərbi qulluqçu",
            "hakimiyyət orqanlarının məlumatına görə ən azı 400 nəfər",
        ],
        date: "27 sentyabr 2023",
    },
    Expected {
        locale: Locale::Ru,
        title: "Заявленные потери в ходе наступления в сентябре 2023 года",
        parties: ["Азербайджан", "Нагорный Карабах"],
        killed: [
            "Азербайджан по данным Минздрава Азербайджана 192 военнослужащих",
            "Нагорный Карабах по данным властей самопровозглашённой Нагорно-Карабахской Республики \
             не менее 200 человек",
        ],
        wounded: ["по данным Минздрава Азербайджана около 511 военнослужащих", "Республики не менее 400 человек"],
        date: "27 сентября 2023 года",
    },
    Expected {
        locale: Locale::Uk,
        title: "Заявлені втрати під час наступу у вересні 2023 року",
        parties: ["Азербайджан", "Нагірний Карабах"],
        killed: [
            "Азербайджан за даними МОЗ Азербайджану 192 військовослужбовці",
            "Нагірний Карабах за даними влади самопроголошеної Нагірно-Карабаської Республіки \
             щонайменше 200 людей",
        ],
        wounded: ["за даними МОЗ Азербайджану близько 511 військовослужбовців", "Республіки щонайменше 400 людей"],
        date: "27 вересня 2023 року",
    },
];

#[test]
fn each_language_words_the_headline_figures() {
    for expected in &EXPECTED {
        let locale = expected.locale;
        let html = card(locale);
        let root = &html[html.find("<article").expect("the card is an article")..];
        let root = &root[..root.find('>').expect("the tag ends")];
        let lang = format!(r#" lang="{}""#, locale.tag());
        assert!(root.contains(&lang), "{locale:?}: the card root {root} does not carry{lang}");
        let text = common::visible_text(&html);
        assert_reads(locale, &text, &[expected.title]);
        assert_reads(locale, &text, &expected.parties);
        assert_reads(locale, &text, &[expected.date]);
        assert_reads(locale, &panel_text(&html, "killed"), &expected.killed);
        assert_reads(locale, &panel_text(&html, "wounded"), &expected.wounded);
    }
}

#[test]
fn each_translation_is_marked_unreviewed_and_english_is_not() {
    for locale in Locale::ALL {
        let html = card(locale);
        let marked = html.contains(locale.words().translation_unreviewed);
        assert_eq!(marked, locale != Locale::En, "{locale:?}: unreviewed-translation note shown: {marked}");
    }
}

#[test]
fn the_date_of_the_reports_is_written_in_full_in_each_language() {
    let date = CalendarDate::parse("2023-09-27").unwrap();
    for expected in &EXPECTED {
        assert_eq!(expected.locale.words().date(date), expected.date, "{:?}", expected.locale);
    }
}

#[test]
fn thousands_are_grouped_the_languages_way() {
    let count = |locale: Locale| locale.words().count(28_000);
    assert_eq!(count(Locale::En), "28,000");
    assert_eq!(count(Locale::Hy), "28\u{a0}000");
    assert_eq!(count(Locale::Az), "28.000");
    assert_eq!(count(Locale::Ru), "28\u{a0}000");
    assert_eq!(count(Locale::Uk), "28\u{a0}000");
    assert_eq!(Locale::Ru.words().count(1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!(Locale::Az.words().count(999), "999");
}

/// "{number} {group}" as a row shows an exact figure.
fn counted(locale: Locale, group: Group, n: u64) -> String {
    let words = locale.words();
    format!("{} {}", words.figure(Figure::Exact(n)), words.group(locale, group, Figure::Exact(n)))
}

fn assert_counts(locale: Locale, group: Group, expected: &[(u64, &str)]) {
    for (n, phrase) in expected {
        assert_eq!(counted(locale, group, *n), *phrase, "{locale:?} {group:?} {n}");
    }
}

#[test]
fn russian_nouns_agree_with_the_number() {
    use Group::*;
    let ru = Locale::Ru;
    assert_counts(
        ru,
        Civilians,
        &[
            (1, "1 мирный житель"),
            (2, "2 мирных жителя"),
            (5, "5 мирных жителей"),
            (11, "11 мирных жителей"),
            (21, "21 мирный житель"),
            (22, "22 мирных жителя"),
            (111, "111 мирных жителей"),
        ],
    );
    assert_counts(ru, People, &[(1, "1 человек"), (3, "3 человека"), (200, "200 человек"), (21, "21 человек")]);
    assert_counts(ru, Children, &[(1, "1 ребёнок"), (4, "4 ребёнка"), (5, "5 детей"), (13, "13 детей")]);
    assert_counts(
        ru,
        ServiceMembers,
        &[(1, "1 военнослужащий"), (2, "2 военнослужащих"), (192, "192 военнослужащих"), (511, "511 военнослужащих")],
    );
    assert_counts(ru, Soldiers, &[(1, "1 солдат"), (2, "2 солдата"), (180, "180 солдат")]);
    assert_counts(ru, InteriorMinistry, &[(1, "1 военнослужащий МВД"), (12, "12 военнослужащих МВД")]);
}

#[test]
fn ukrainian_nouns_agree_with_the_number() {
    use Group::*;
    let uk = Locale::Uk;
    assert_counts(
        uk,
        Civilians,
        &[
            (1, "1 мирний житель"),
            (2, "2 мирні жителі"),
            (5, "5 мирних жителів"),
            (11, "11 мирних жителів"),
            (21, "21 мирний житель"),
            (22, "22 мирні жителі"),
            (111, "111 мирних жителів"),
        ],
    );
    assert_counts(uk, People, &[(1, "1 людина"), (3, "3 людини"), (200, "200 людей"), (21, "21 людина")]);
    assert_counts(uk, Children, &[(1, "1 дитина"), (4, "4 дитини"), (5, "5 дітей"), (13, "13 дітей")]);
    assert_counts(
        uk,
        ServiceMembers,
        &[
            (1, "1 військовослужбовець"),
            (2, "2 військовослужбовці"),
            (192, "192 військовослужбовці"),
            (511, "511 військовослужбовців"),
        ],
    );
    assert_counts(uk, Soldiers, &[(1, "1 солдат"), (2, "2 солдати"), (180, "180 солдатів")]);
    assert_counts(uk, InteriorMinistry, &[(1, "1 військовослужбовець МВС"), (12, "12 військовослужбовців МВС")]);
}

#[test]
fn armenian_and_azerbaijani_nouns_stay_singular_after_a_number() {
    for n in [1, 5, 200] {
        assert_eq!(counted(Locale::Hy, Group::People, n), format!("{n} մարդ"));
        assert_eq!(counted(Locale::Hy, Group::Children, n), format!("{n} երեխա"));
        assert_eq!(counted(Locale::Az, Group::People, n), format!("{n} nəfər"));
        assert_eq!(counted(Locale::Az, Group::Children, n), format!("{n} uşaq"));
    }
}

#[test]
fn qualifiers_read_before_the_number() {
    let figure = |locale: Locale, figure| locale.words().figure(figure);
    assert_eq!(figure(Locale::Ru, Figure::AtLeast(200)), "не менее 200");
    assert_eq!(figure(Locale::Ru, Figure::MoreThan(28_000)), "более 28\u{a0}000");
    assert_eq!(figure(Locale::Ru, Figure::About(511)), "около 511");
    assert_eq!(figure(Locale::Ru, Figure::UpTo(5)), "до 5");
    // "Nearly" leaves the noun as the numeral governs it: no genitive after "почти".
    assert_eq!(figure(Locale::Ru, Figure::Nearly(85_000)), "почти 85\u{a0}000");
    assert_eq!(figure(Locale::Uk, Figure::AtLeast(200)), "щонайменше 200");
    assert_eq!(figure(Locale::Uk, Figure::MoreThan(40)), "понад 40");
    assert_eq!(figure(Locale::Uk, Figure::About(511)), "близько 511");
    assert_eq!(figure(Locale::Hy, Figure::AtLeast(200)), "առնվազն 200");
    assert_eq!(figure(Locale::Hy, Figure::MoreThan(40)), "ավելի քան 40");
    assert_eq!(figure(Locale::Az, Figure::AtLeast(200)), "ən azı 200");
    assert_eq!(figure(Locale::Az, Figure::About(511)), "təxminən 511");
    for locale in Locale::ALL {
        let words = locale.words();
        let range = claims_card_data::dataset::Range::new(10, 20).unwrap();
        assert_eq!(words.figure(Figure::Range(range)), "10–20", "{locale:?}");
        let not_reported = words.figure(Figure::NotReported) == "not reported";
        assert_eq!(not_reported, locale == Locale::En, "{locale:?}");
    }
}

/// The card's own words that must be translated: each differs from the English.
fn translated_fields(words: &Words) -> [(&'static str, &'static str); 25] {
    [
        ("measure_switch", words.measure_switch),
        ("breakdown", words.breakdown),
        ("context", words.context),
        ("full_text_beside", words.full_text_beside),
        ("notes", words.notes),
        ("sources", words.sources),
        ("error_title", words.error_title),
        ("error_body", words.error_body),
        ("retry", words.retry),
        ("loading", words.loading),
        ("load_failed_body", words.load_failed_body),
        ("graphic_load_failed", words.graphic_load_failed),
        ("not_reported", words.not_reported),
        ("source_label", words.source_label),
        ("translation_unreviewed", words.translation_unreviewed),
        ("according_to", words.according_to),
        ("central", words.central),
        ("period_year", words.period_year),
        ("period_dates", words.period_dates),
        ("past_month", words.past_month),
        ("together", words.together),
        ("and", words.and),
        ("scale_note", words.scale_note),
        ("named_counts_lower", words.named_counts_lower),
        ("relation_independent_count", words.relation_independent_count),
    ]
}

#[test]
fn no_english_is_left_in_a_translation() {
    let english = Locale::En.words();
    let seed = seed();
    for locale in Locale::ALL.into_iter().filter(|locale| *locale != Locale::En) {
        let words = locale.words();
        assert_eq!(words.tag, locale.tag());
        for ((field, translated), (_, original)) in translated_fields(words).into_iter().zip(translated_fields(english))
        {
            assert_ne!(translated, original, "{locale:?}: {field} is still English");
        }
        for (index, (translated, original)) in words.months.iter().zip(english.months).enumerate() {
            assert_ne!(*translated, original, "{locale:?}: month {} is still English", index + 1);
        }
        for measure in claims_card_data::dataset::Measure::ALL {
            assert_ne!((words.measure_names)(measure), (english.measure_names)(measure), "{locale:?}: {measure:?}");
        }
        assert_ne!(seed.title.get(locale), seed.title.original(), "{locale:?}: the title is not translated");
        assert_ne!(common::visible_text(&card(locale)), common::visible_text(&card(Locale::En)));
        for party in seed.parties() {
            assert_ne!(party.name.get(locale), party.name.original(), "{locale:?}: party {}", party.id);
        }
        for claim in seed.claims() {
            assert_ne!(claim.claimant.name.get(locale), claim.claimant.name.original(), "{locale:?}: {}", claim.id);
            for text in [&claim.note, &claim.hedge].into_iter().flatten() {
                assert_ne!(text.get(locale), text.original(), "{locale:?}: {}", claim.id);
            }
        }
        for line in &seed.context {
            assert_ne!(line.text.get(locale), line.text.original(), "{locale:?}: context");
        }
        for note in &seed.notes {
            assert_ne!(note.get(locale), note.original(), "{locale:?}: note");
        }
    }
}

#[test]
fn the_seed_says_its_language_and_which_translations_await_review() {
    let seed = seed();
    assert_eq!(seed.language, Locale::En);
    assert_eq!(seed.unreviewed_translations, [Locale::Hy, Locale::Az, Locale::Ru, Locale::Uk]);
    // The source's own words and titles are never translated.
    for locale in Locale::ALL {
        let html = card(locale);
        assert!(html.contains("Baku claims 192 Azerbaijani troops killed, 511 wounded in Karabakh offensive"));
        assert!(html.contains("Kyiv Independent"));
    }
}

/// One figure of each bound, for words that change with the bound or the number.
fn one_of_each_bound() -> Vec<Figure> {
    use claims_card_data::dataset::Range;
    let range = Range::new(10, 20).unwrap();
    vec![
        Figure::Exact(1),
        Figure::Exact(3),
        Figure::Exact(25),
        Figure::About(500),
        Figure::AtLeast(200),
        Figure::MoreThan(40),
        Figure::UpTo(5),
        Figure::Nearly(85_000),
        Figure::Range(range),
        Figure::Range(Range::new(55_298, 78_525).unwrap().with_central(64_260).unwrap()),
        Figure::InWords,
        Figure::NotReported,
    ]
}

#[test]
fn every_word_of_the_format_is_said_in_every_language() {
    use claims_card_data::format::{Bound, Group as FormatGroup, Measure};
    for locale in Locale::ALL {
        let words = locale.words();
        for measure in Measure::ALL {
            assert!(!(words.measure_names)(measure).trim().is_empty(), "{locale:?}: {measure:?} has no name");
        }
        let figures = one_of_each_bound();
        // Every bound of the format is among them: a new bound needs a line here and its words.
        for bound in Bound::ALL {
            assert!(figures.iter().any(|figure| figure.bound() == bound), "{bound:?} is not tried");
        }
        for figure in figures {
            // A figure in words is the claim's own words (phrase::number), never the card's.
            let own_words = figure != Figure::InWords;
            assert!(!own_words || !words.figure(figure).trim().is_empty(), "{locale:?}: {figure:?} has no words");
            for group in FormatGroup::ALL {
                assert!(!words.group(locale, group, figure).trim().is_empty(), "{locale:?}: {group:?} {figure:?}");
            }
        }
    }
}

#[test]
fn a_figures_period_is_said_in_each_language() {
    use claims_card_data::dataset::Period;
    let date = |text: &str| CalendarDate::parse(text).unwrap();
    let said = |locale: Locale, period| locale.words().period(locale, period);
    let year = Period::Year(2024);
    let months = |n| Period::PastMonths(n);
    let dates = Period::Dates { from: date("2024-01-01"), to: date("2024-06-30") };
    assert_eq!(said(Locale::En, year), "in 2024");
    assert_eq!(said(Locale::En, months(12)), "over the past 12 months");
    assert_eq!(said(Locale::En, months(1)), "over the past month");
    assert_eq!(said(Locale::En, dates), "from 1 January 2024 to 30 June 2024");
    assert_eq!(said(Locale::Ru, year), "в 2024 году");
    assert_eq!(said(Locale::Ru, months(12)), "за последние 12 месяцев");
    assert_eq!(said(Locale::Ru, months(3)), "за последние 3 месяца");
    assert_eq!(said(Locale::Ru, months(21)), "за последний 21 месяц");
    assert_eq!(said(Locale::Uk, months(12)), "за останні 12 місяців");
    assert_eq!(said(Locale::Uk, months(2)), "за останні 2 місяці");
    assert_eq!(said(Locale::Uk, year), "у 2024 році");
    assert_eq!(said(Locale::Hy, year), "2024 թվականին");
    assert_eq!(said(Locale::Hy, months(12)), "վերջին 12 ամսում");
    // Azerbaijani's ordinal follows the vowel of the year's last spoken word.
    assert_eq!(said(Locale::Az, year), "2024-cü ildə");
    assert_eq!(said(Locale::Az, Period::Year(2020)), "2020-ci ildə");
    assert_eq!(said(Locale::Az, Period::Year(1990)), "1990-cı ildə");
    assert_eq!(said(Locale::Az, Period::Year(2010)), "2010-cu ildə");
    assert_eq!(said(Locale::Az, Period::Year(2023)), "2023-cü ildə");
    assert_eq!(said(Locale::Az, Period::Year(2000)), "2000-ci ildə");
    for locale in Locale::ALL {
        for period in [year, months(1), months(12), dates] {
            assert!(!said(locale, period).contains('{'), "{locale:?}: {period:?} left a placeholder");
        }
    }
}

#[test]
fn several_parties_are_named_together_in_each_language() {
    let names = ["Armenia", "Azerbaijan"];
    assert_eq!(Locale::En.words().together(&names), "Armenia and Azerbaijan together");
    assert_eq!(Locale::En.words().together(&["A", "B", "C"]), "A, B and C together");
    assert_eq!(Locale::Ru.words().together(&["Армения", "Азербайджан"]), "Армения и Азербайджан вместе");
    assert_eq!(Locale::Uk.words().together(&["Вірменія", "Азербайджан"]), "Вірменія і Азербайджан разом");
    assert_eq!(Locale::Hy.words().together(&["Հայաստան", "Ադրբեջան"]), "Հայաստան և Ադրբեջան՝ միասին");
    assert_eq!(Locale::Az.words().together(&["Ermənistan", "Azərbaycan"]), "Ermənistan və Azərbaycan birlikdə");
}

#[test]
fn every_new_caveat_has_words_in_every_language() {
    for locale in Locale::ALL {
        let words = locale.words();
        for text in [words.central, words.scale_note, words.named_counts_lower, words.past_month, words.period_dates] {
            assert!(!text.trim().is_empty(), "{locale:?}");
        }
        assert!(words.central.contains("{n}"), "{locale:?}");
    }
}
