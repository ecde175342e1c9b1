//! Live cards: what a re-read says changed (`Dataset::changed_since`, the status line's words in
//! every language, with their plural rules for "… ago"), and that the line is the browser's alone:
//! the server renders none, the browser's first render an empty polite status region.

mod common;

use std::fs;
use std::rc::Rc;

use claims_card_data::dataset::Dataset;
use claims_card_view::card::{update_line, Card, CardProps, LiveStatus, LiveUpdate};
use claims_card_view::words::{Locale, LocaleWords};
use serde_json::Value;
use yew::LocalServerRenderer;

/// Ukraine's General Staff's running count of Russia's losses (data/reported), as published.
fn published() -> Value {
    let path = format!("{}/data/reported/russia-losses-series-2024.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// The same file as it stood at the General Staff's report before: its last series point as the figure.
fn a_report_earlier() -> Value {
    let mut document = published();
    let claim = &mut document["claims"][0];
    let last = claim["series"].as_array_mut().unwrap().pop().unwrap();
    claim["figure"]["value"] = last[1].clone();
    claim["as_of"] = serde_json::json!({ "refers_to": last[0] });
    document
}

fn update(before: &Dataset, after: &Dataset) -> LiveUpdate {
    LiveUpdate { hour: 9, minute: 5, changed: after.changed_since(before) }
}

#[test]
fn a_re_read_names_the_figures_that_changed_and_by_how_much() {
    let (before, after) = (common::read(&a_report_earlier()), common::read(&published()));
    let changed = after.changed_since(&before);
    assert_eq!(changed.iter().map(|claim| claim.id.as_str()).collect::<Vec<_>>(), ["general-staff-running-count"]);
    assert_eq!(
        update_line(&update(&before, &after), Locale::En),
        "Updated 09:05: Russia's armed forces · All losses, not told apart: 818,740 soldiers, according to Ukraine's \
         General Staff (+34,540 since 28 December 2024)"
    );
    // Nothing changed: nothing to name.
    assert!(after.changed_since(&after).is_empty());
    assert_eq!(update_line(&update(&after, &after), Locale::En), "Updated 09:05");
}

#[test]
fn a_new_claim_is_a_change_and_past_three_the_rest_are_counted() {
    let mut document = common::minimal();
    let claim = document["claims"][0].clone();
    let before = common::read(&document);
    for (index, value) in [11, 12, 13, 14].into_iter().enumerate() {
        let mut added = claim.clone();
        added["id"] = format!("added-{index}").into();
        added["figure"]["value"] = value.into();
        added["measure"] = if index % 2 == 0 { "wounded" } else { "missing" }.into();
        added["as_of"] = serde_json::json!({ "reported_by": format!("2023-10-0{}", 1 + index) });
        document["claims"].as_array_mut().unwrap().push(added);
    }
    let after = common::read(&document);
    let line = update_line(&update(&before, &after), Locale::En);
    assert!(line.ends_with(" and 1 more"), "{line}");
    assert_eq!(line.matches("according to").count(), 3, "{line}");
    let russian = update_line(&update(&before, &after), Locale::Ru);
    assert!(russian.starts_with("Обновлено в 09:05: ") && russian.ends_with(" и ещё 1"), "{russian}");
}

#[test]
fn how_old_follows_each_languages_number_rules() {
    let age = |locale: Locale, minutes: u32| locale.words().age(locale, minutes);
    assert_eq!(
        [0, 1, 90, 120, 179, 2879, 2880, 4320].map(|minutes| age(Locale::En, minutes)),
        ["1 minute", "1 minute", "90 minutes", "2 hours", "2 hours", "47 hours", "2 days", "3 days"]
    );
    assert_eq!(
        [1, 3, 5, 21, 22, 25].map(|minutes| age(Locale::Ru, minutes)),
        ["1 минуту", "3 минуты", "5 минут", "21 минуту", "22 минуты", "25 минут"]
    );
    assert_eq!([120, 300, 1260].map(|minutes| age(Locale::Ru, minutes)), ["2 часа", "5 часов", "21 час"]);
    assert_eq!([2880, 7200].map(|minutes| age(Locale::Uk, minutes)), ["2 дні", "5 днів"]);
    assert_eq!(age(Locale::Az, 300), "5 saat");
    assert_eq!(age(Locale::Hy, 300), "5 ժամ");
    let stale =
        |locale: Locale| claims_card_view::words::fill(locale.words().live_stale, &[("age", &age(locale, 180))]);
    assert_eq!(stale(Locale::En), "Updated 3 hours ago; newer figures could not be loaded.");
    assert_eq!(stale(Locale::Ru), "Обновлено 3 часа назад; более свежие данные загрузить не удалось.");
    assert_eq!(stale(Locale::Uk), "Оновлено 3 години тому; новіші дані завантажити не вдалося.");
}

fn render(live: Option<LiveStatus>) -> String {
    let dataset = Rc::new(common::read(&published()));
    let props = CardProps {
        dataset,
        locale: Locale::En,
        initial_measure: None,
        notice: None,
        live,
        heading: Default::default(),
    };
    futures::executor::block_on(LocalServerRenderer::<Card>::with_props(props).hydratable(false).render())
}

#[test]
fn the_status_line_is_there_empty_before_any_update_and_only_on_a_live_card() {
    assert!(!render(None).contains("class=\"live"), "a card that is not live has no status line");
    let waiting = render(Some(LiveStatus::default()));
    assert!(waiting.contains(r#"<div class="live"><p role="status" class="live-update"></p></div>"#), "{waiting}");
    let stale = render(Some(LiveStatus { update: None, stale_minutes: Some(61) }));
    assert!(stale.contains(r#"<p class="live-stale">Updated 61 minutes ago; newer figures could not be loaded.</p>"#));
}
