//! Azerbaijani (Latin script).

use super::{Plural, Words};
use claims_card_data::dataset::{Group, Measure, Method};

pub(super) const WORDS: Words = Words {
    tag: "az",
    measure_switch: "Rəqəmləri göstər",
    measure_shown: "Göstərilir: {measure}",
    measure_names: |measure| match measure {
        Measure::Killed => "Həlak olanlar",
        Measure::Wounded => "Yaralananlar",
        Measure::Missing => "İtkin düşənlər",
        Measure::Captured => "Əsir götürülənlər",
        Measure::HeldHostage => "Girov saxlanılanlar",
        Measure::KilledAndWounded => "Həlak olanlar və yaralananlar",
        Measure::KilledOrMissing => "Həlak olanlar və ya itkin düşənlər",
        Measure::KilledOrCaptured => "Həlak olanlar və ya əsir götürülənlər",
        Measure::Casualties => "Bütün itkilər, bölünmədən",
    },
    method_names: |method| match method {
        Method::OfficialToll => "rəsmi məlumat",
        Method::NamedCount => "adbaad müəyyən edilənlərin sayı",
        Method::Estimate => "təxmin",
        Method::StatisticalEstimate => "statistik təxmin",
    },
    // A noun after a numeral stays singular in Azerbaijani ("200 nəfər", "5 uşaq"), whatever the number.
    group_names: |group, _plural: Plural| match group {
        Group::People => "nəfər",
        Group::ServiceMembers => "hərbi qulluqçu",
        Group::Soldiers => "əsgər",
        Group::InteriorMinistry => "DİN hərbi qulluqçusu",
        Group::Civilians => "mülki şəxs",
        Group::Children => "uşaq",
        Group::Fighters => "silahlı dəstə üzvü",
    },
    exact: "{n}",
    about: "təxminən {n}",
    at_least: "ən azı {n}",
    // The ablative suffix follows vowel harmony with the numeral as spoken: "-dən" is right for most numbers
    // (1–5, 7, 8, 20, 50, 70, 80, 100, 1000…), wrong for those ending in 6, 9, 10, 30, 40, 60, 90 ("40-dan").
    more_than: "{n}-{suffix} çox",
    up_to: "ən çoxu {n}",
    nearly: "demək olar ki, {n}",
    range: "{low}–{high}",
    range_spoken: "{low} ilə {high} arasında",
    source_of: "Mənbə: {figure}, {according_to}",
    central: "mərkəzi qiymətləndirmə {n}",
    in_words_after: "",
    period_year: "{year}-{suffix} ildə",
    year_suffix: ordinal,
    period_dates: "{from} – {to} dövründə",
    past_month: "son bir ayda",
    past_months: |_| "son {n} ayda",
    together: "{parties} birlikdə",
    and: "və",
    scale_note: "Zolaqlar yalnız eyni üsulla hesablanmış rəqəmləri müqayisə edir.",
    named_counts_lower: "Adı müəyyən edilmiş insanların sayı alt həddir: yalnız adı bilinənlər sayılır.",
    change_since: "{date} tarixindən bəri {change}",
    unchanged_since: "{date} tarixindən bəri dəyişməyib",
    first_report: "burada ən erkən məlumat: {figure}, {date}",
    earlier_reports: "əvvəlki məlumatlar: {n}",
    series_caption: "Zamanla məlumatlar",
    series_claimant: "Mənbə",
    series_earliest: "Burada ən erkən",
    series_latest: "Sonuncu",
    series_change: "Əvvəlki məlumatdan bəri",
    live_updated: "Yeniləndi: {time}",
    live_more: "və daha {n}",
    live_stale: "{age} əvvəl yeniləndi; daha yeni rəqəmləri yükləmək mümkün olmadı.",
    // Azerbaijani nouns stay singular after a numeral.
    minutes: |_| "{n} dəqiqə",
    hours: |_| "{n} saat",
    days: |_| "{n} gün",
    not_reported: "bildirilməyib",
    no_figure: "Bu kartda rəqəm yoxdur",
    relation_own: "Öz rəqəmi",
    relation_opposing: "Qarşı tərəfin iddiası",
    relation_independent: "Müstəqil qiymətləndirmə",
    relation_independent_count: "Müstəqil sayım",
    relation_outside: "Kənar tərəfin iddiası",
    // The claimant is written in the genitive: "Azərbaycan Səhiyyə Nazirliyinin məlumatına görə".
    according_to: "{claimant} məlumatına görə",
    reported_by: "{date} tarixədək açıqlanıb",
    as_of: "{date} tarixinə",
    source_label: "Mənbə",
    // "Via" must come before the outlet that relayed the report; Azerbaijani would put a postposition after it.
    via: "sitat gətirən:",
    breakdown: "Ətraflı bölgü",
    context: "Kontekst",
    full_text_beside: "Bütün rəqəmlər və mənbələr şəklin yanındakı mətndədir.",
    notes: "Qeydlər",
    sources: "Mənbələr",
    error_title: "Bu qrafiki göstərmək mümkün olmadı",
    error_body: "Onun məlumatlarında problem var. Səhifənin redaktorları üçün təfərrüatlar brauzer konsolundadır.",
    updated: "Yenilənib: {date}",
    correction: "Düzəliş",
    earlier: "Əvvəlki rəqəm: {figure}, {as_of}",
    loading: "Rəqəmlər yüklənir…",
    load_failed_body: "Rəqəmləri yükləmək mümkün olmadı.",
    no_data_body: "Onun məlumatları gəlib çatmadı. Səhifənin redaktorları üçün təfərrüatlar brauzer konsolundadır.",
    graphic_load_failed: "Bu qrafiki yükləmək mümkün olmadı.",
    retry: "Yenidən cəhd edin",
    translation_unreviewed: "Bu tərcümə hələ redaktor tərəfindən yoxlanılmayıb.",
    claims_unverified: "İtkilər hər tərəfin öz iddialarına görədir; müstəqil şəkildə təsdiqlənməyib.",
    counts_independent: "Müstəqil mənbələrin hesablamaları və təxminləri, hər birinin məlumatına görə.",
    claims_and_counts: "İtkilər tərəflərin iddialarına görə, müstəqil hesablamalar və təxminlərlə yanaşı; tərəflərin iddiaları müstəqil şəkildə təsdiqlənməyib.",
    frame_title: "Qrafika: hər tərəfin bəyan etdiyi itkilər",
    show_whole_graphic: "Qrafikanı tam göstər",
    get_data: "Məlumatları yüklə",
    copy_embed: "Yerləşdirmə kodunu kopyala",
    embed_copied: "Yerləşdirmə kodu kopyalandı.",
    copy_by_hand: "Yerləşdirmə kodunu kopyalamaq üçün Ctrl+C (Mac-da ⌘C) düymələrini basın.",
    months: [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr",
    ],
    date_pattern: "{day} {month} {year}",
    genitive_after: |_| false,
    genitive_one: |_| "",
    thousands_separator: ".",
    suffix: ablative,
};

/// The ablative suffix after a number, by the vowel harmony of the number's last spoken word:
/// back vowels take "dan" (altı, doqquz, on, otuz, qırx, altmış, doxsan, milyon, milyard),
/// front vowels "dən" (bir, iki, üç, dörd, beş, yeddi, səkkiz, iyirmi, əlli, yetmiş, səksən, yüz, min).
fn ablative(n: u64) -> &'static str {
    const BACK: &str = "dan";
    const FRONT: &str = "dən";
    let (units, tens) = (n % 10, n / 10 % 10);
    if units != 0 {
        return if matches!(units, 6 | 9) { BACK } else { FRONT };
    }
    if tens != 0 {
        return if matches!(tens, 1 | 3 | 4 | 6 | 9) { BACK } else { FRONT };
    }
    if n == 0 {
        return BACK; // sıfır
    }
    if !n.is_multiple_of(1000) {
        return FRONT; // yüz
    }
    if !(n / 1000).is_multiple_of(1000) {
        return FRONT; // min
    }
    BACK // milyon, milyard
}

/// The ordinal suffix of a year as it is spoken ("2024-cü", "2020-ci", "1990-cı", "2010-cu"): it follows
/// the vowel of the year's last spoken word.
fn ordinal(year: u16) -> &'static str {
    const UNITS: [&str; 10] = ["", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"];
    const TENS: [&str; 10] = ["", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"];
    let (units, tens, hundreds) = (year % 10, year / 10 % 10, year / 100 % 10);
    match (units, tens, hundreds) {
        (1.., _, _) => UNITS[usize::from(units)],
        (0, 1.., _) => TENS[usize::from(tens)],
        // yüz (hundred), then min (thousand).
        (0, 0, 1..) => "cü",
        _ => "ci",
    }
}

#[cfg(test)]
mod tests {
    use super::ablative;

    #[test]
    fn the_ablative_follows_the_spoken_number() {
        for (n, suffix) in [
            (1, "dən"),
            (6, "dan"),
            (9, "dan"),
            (10, "dan"),
            (20, "dən"),
            (40, "dan"),
            (50, "dən"),
            (90, "dan"),
            (100, "dən"),
            (200, "dən"),
            (1000, "dən"),
            (28_000, "dən"),
            (1_000_000, "dan"),
            (511, "dən"),
            (46, "dan"),
        ] {
            assert_eq!(ablative(n), suffix, "{n}");
        }
    }
}
