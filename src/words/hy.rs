//! Armenian.

use super::{Plural, Words};
use crate::dataset::{Group, Measure};

pub(super) const WORDS: Words = Words {
    tag: "hy",
    measure_switch: "Ցուցադրել տվյալները",
    measure_names: |measure| match measure {
        Measure::Killed => "Զոհվածներ",
        Measure::Wounded => "Վիրավորներ",
        Measure::Missing => "Անհետ կորածներ",
        Measure::Captured => "Գերեվարվածներ",
    },
    // A noun after a numeral stays singular in Armenian ("200 մարդ", "5 երեխա"), whatever the number.
    group_names: |group, _plural: Plural| match group {
        Group::People => "մարդ",
        Group::ServiceMembers => "զինծառայող",
        Group::Soldiers => "զինվոր",
        Group::InteriorMinistry => "ՆԳՆ զինծառայող",
        Group::Civilians => "խաղաղ բնակիչ",
        Group::Children => "երեխա",
    },
    exact: "{n}",
    about: "մոտ {n}",
    at_least: "առնվազն {n}",
    more_than: "ավելի քան {n}",
    up_to: "մինչև {n}",
    range: "{low}–{high}",
    not_reported: "չի հաղորդվել",
    // The claimant is written in the dative: "ըստ Ադրբեջանի առողջապահության նախարարության".
    according_to: "ըստ {claimant}",
    reported_by: "հաղորդվել է մինչև {date}",
    as_of: "{date} դրությամբ",
    source_label: "Աղբյուր",
    via: "ըստ",
    breakdown: "Մանրամասներ",
    context: "Համատեքստ",
    notes: "Ծանոթագրություններ",
    sources: "Աղբյուրներ",
    error_title: "Այս գրաֆիկան հնարավոր չեղավ ցուցադրել",
    error_body: "Դրա տվյալներում սխալ կա։ Մանրամասները էջի խմբագիրների համար՝ դիտարկիչի կոնսոլում։",
    updated: "Թարմացվել է՝ {date}",
    correction: "Ուղղում",
    earlier: "Նախկինում՝ {figure}, {as_of}",
    loading: "Տվյալները բեռնվում են…",
    load_failed_body: "Տվյալները չհաջողվեց բեռնել։",
    retry: "Կրկին փորձել",
    translation_unreviewed: "Այս թարգմանությունը դեռ չի ստուգվել խմբագրի կողմից։",
    months: [
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
    ],
    // CLDR's long date: "27 սեպտեմբերի, 2023 թ.".
    date_pattern: "{day} {month}, {year} թ.",
    suffix: |_| "",
    thousands_separator: "\u{a0}",
};
