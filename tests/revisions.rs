//! A party that revised its headline figure: the latest is the headline, every earlier one is listed
//! under it newest first, whatever order the document gives them in.

mod common;

use claims_card_data::dataset::{CalendarDate, Measure};
use serde_json::json;

#[test]
fn earlier_headline_figures_are_listed_newest_first() {
    let mut document = common::minimal();
    let first = document["claims"][0].clone();
    let claims = document["claims"].as_array_mut().expect("minimal() has claims");
    // Dates out of order, the latest in the middle.
    for (id, date, value) in
        [("a-3", "2023-09-21", 3), ("a-9", "2023-09-30", 9), ("a-5", "2023-09-24", 5), ("a-1", "2023-09-20", 1)]
    {
        let mut claim = first.clone();
        claim["id"] = json!(id);
        claim["as_of"] = json!({ "reported_by": date });
        claim["figure"]["value"] = json!(value);
        claims.push(claim);
    }
    let dataset = common::read(&document);
    let party = &dataset.parties()[0];

    let dates = |claims: Vec<&std::rc::Rc<claims_card_data::dataset::Claim>>| -> Vec<CalendarDate> {
        claims.into_iter().map(|claim| claim.as_of.date()).collect()
    };
    let headline = dataset.headline(party, Measure::Killed).expect("a headline");
    assert_eq!(headline.id, "a-9");
    assert_eq!(
        dates(dataset.earlier_headlines(party, Measure::Killed)),
        ["2023-09-27", "2023-09-24", "2023-09-21", "2023-09-20"].map(|date| CalendarDate::parse(date).expect("a date"))
    );
}

#[test]
fn a_figure_for_another_group_is_not_a_revision() {
    // A claimant's "2,425 service members", then its "3,330 people": two figures, neither earlier.
    let mut document = common::minimal();
    document["claims"][0]["group"] = json!("service_members");
    document["claims"][0]["figure"]["value"] = json!(2425);
    let mut people = document["claims"][0].clone();
    people["id"] = json!("a-people");
    people["group"] = json!("people");
    people["figure"]["value"] = json!(3330);
    people["as_of"] = json!({ "reported_by": "2023-09-30" });
    document["claims"].as_array_mut().unwrap().push(people);
    let dataset = common::read(&document);
    let party = &dataset.parties()[0];
    let row = dataset.row(party, Measure::Killed).expect("a row");
    assert!(row.lead.earlier.is_empty(), "{:?}", row.lead.earlier);
    assert_eq!(row.competing.len(), 1);
    assert!(row.competing[0].earlier.is_empty());
    let figures: Vec<_> = [&row.lead, &row.competing[0]].iter().map(|figures| figures.current.id.clone()).collect();
    assert_eq!(figures.len(), 2);
    assert!(figures.contains(&"a-people".to_owned()), "{figures:?}");
}

#[test]
fn a_figure_by_another_method_is_not_a_revision() {
    // A claimant's count of named dead, then its statistical estimate: two figures, neither earlier.
    let mut document = common::minimal();
    document["claims"][0]["method"] = json!("named_count");
    let mut estimate = document["claims"][0].clone();
    estimate["id"] = json!("a-estimate");
    estimate["method"] = json!("statistical_estimate");
    estimate["figure"]["value"] = json!(64260);
    estimate["as_of"] = json!({ "reported_by": "2023-10-30" });
    document["claims"].as_array_mut().unwrap().push(estimate);
    let dataset = common::read(&document);
    let row = dataset.row(&dataset.parties()[0], Measure::Killed).expect("a row");
    assert!(row.lead.earlier.is_empty());
    assert_eq!(row.competing.len(), 1);
    // A later figure by the same method is a revision, as before.
    let mut document = common::minimal();
    document["claims"][0]["method"] = json!("named_count");
    let mut later = document["claims"][0].clone();
    later["id"] = json!("a-later");
    later["as_of"] = json!({ "reported_by": "2023-10-30" });
    document["claims"].as_array_mut().unwrap().push(later);
    let dataset = common::read(&document);
    let row = dataset.row(&dataset.parties()[0], Measure::Killed).expect("a row");
    assert_eq!(row.lead.current.id, "a-later");
    assert_eq!(row.lead.earlier.len(), 1);
}
