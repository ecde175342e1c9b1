//! Azerbaijani (Latin script).

use super::{Plural, Words};
use crate::dataset::{Group, Measure};

pub(super) const WORDS: Words = Words {
    tag: "az",
    measure_switch: "Rəqəmləri göstər",
    measure_names: |measure| match measure {
        Measure::Killed => "Həlak olanlar",
        Measure::Wounded => "Yaralananlar",
        Measure::Missing => "İtkin düşənlər",
        Measure::Captured => "Əsir götürülənlər",
    },
    // A noun after a numeral stays singular in Azerbaijani ("200 nəfər", "5 uşaq"), whatever the number.
    group_names: |group, _plural: Plural| match group {
        Group::People => "nəfər",
        Group::ServiceMembers => "hərbi qulluqçu",
        Group::Soldiers => "əsgər",
        Group::InteriorMinistry => "DİN hərbi qulluqçusu",
        Group::Civilians => "mülki şəxs",
        Group::Children => "uşaq",
    },
    exact: "{n}",
    about: "təxminən {n}",
    at_least: "ən azı {n}",
    // The ablative suffix follows vowel harmony with the numeral as spoken: "-dən" is right for most numbers
    // (1–5, 7, 8, 20, 50, 70, 80, 100, 1000…), wrong for those ending in 6, 9, 10, 30, 40, 60, 90 ("40-dan").
    more_than: "{n}-dən çox",
    up_to: "ən çoxu {n}",
    range: "{low}–{high}",
    not_reported: "bildirilməyib",
    // The claimant is written in the genitive: "Azərbaycan Səhiyyə Nazirliyinin məlumatına görə".
    according_to: "{claimant} məlumatına görə",
    reported_by: "{date} tarixədək açıqlanıb",
    as_of: "{date} tarixinə",
    source_label: "Mənbə",
    // "Via" must come before the outlet that relayed the report; Azerbaijani would put a postposition after it.
    via: "sitat gətirən:",
    breakdown: "Ətraflı bölgü",
    context: "Kontekst",
    notes: "Qeydlər",
    sources: "Mənbələr",
    error_title: "Bu qrafiki göstərmək mümkün olmadı",
    error_body: "Onun məlumatlarında problem var. Səhifənin redaktorları üçün təfərrüatlar brauzer konsolundadır.",
    updated: "Yenilənib: {date}",
    correction: "Düzəliş",
    earlier: "Əvvəlki rəqəm: {figure}, {as_of}",
    loading: "Rəqəmlər yüklənir…",
    load_failed_body: "Rəqəmləri yükləmək mümkün olmadı.",
    retry: "Yenidən cəhd edin",
    translation_unreviewed: "Bu tərcümə hələ redaktor tərəfindən yoxlanılmayıb.",
    months: [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr",
    ],
    date_pattern: "{day} {month} {year}",
    thousands_separator: ".",
};
