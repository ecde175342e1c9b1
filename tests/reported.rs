//! Cards written from real, attributed reports of other wars (data/reported/), the way an editor
//! would: each says what its sources counted, as they said it. A combined figure ("killed or
//! missing", every kind of loss not told apart) is a measure of its own, on its own scale, never a
//! revision of a toll of the dead; "nearly" stays "nearly"; a count of named dead is not set beside
//! estimates of every kind of loss.

mod common;

use std::fs;
use std::rc::Rc;

use claims_card_data::dataset::{Dataset, Measure};
use claims_card_publish::card_html;
use claims_card_view::words::phrase::standing_line;
use claims_card_view::words::{Locale, LocaleWords};

fn reported(name: &str) -> Dataset {
    let path = format!("{}/data/reported/{name}", env!("CARGO_MANIFEST_DIR"));
    common::read_text(&fs::read_to_string(path).expect("the dataset exists"))
}

#[test]
fn every_reported_dataset_validates() {
    let folder = format!("{}/data/reported", env!("CARGO_MANIFEST_DIR"));
    let mut read = 0;
    for entry in fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        if let Err(error) = Dataset::from_json(&text) {
            panic!("{}:\n{}", path.display(), error.lines().join("\n"));
        }
        read += 1;
    }
    assert!(read >= 2);
}

#[test]
fn a_count_of_named_dead_and_estimates_of_every_loss_are_two_measures() {
    let dataset = reported("russia-named-dead-2024-12.json");
    assert_eq!(dataset.measures(), vec![Measure::Killed, Measure::Casualties]);
    let card = card_html(Rc::new(dataset), Locale::En);
    let killed = common::visible_text(common::panel(&card, "killed"));
    assert!(killed.contains("nearly 85,000 soldiers"), "{killed}");
    assert!(killed.contains("BBC Russian and Mediazona"), "{killed}");
    assert!(
        !killed.contains("772,280") && !killed.contains("750,000"),
        "an estimate of every loss beside the named dead: {killed}"
    );
    let all = common::visible_text(common::panel(&card, "casualties"));
    assert!(all.contains("All losses, not told apart"), "{all}");
    assert!(all.contains("772,280") && all.contains("Ukraine's General Staff"), "{all}");
    assert!(all.contains("more than 750,000") && all.contains("Britain's Defence Ministry"), "{all}");
    assert!(!all.contains("85,000 soldiers"), "{all}");
}

#[test]
fn a_toll_of_dead_and_missing_together_is_not_a_revision_of_the_dead() {
    let dataset = reported("karabakh-war-2020.json");
    assert_eq!(dataset.measures(), vec![Measure::Killed, Measure::Missing, Measure::KilledOrMissing]);
    let card = card_html(Rc::new(dataset), Locale::En);
    let killed = common::visible_text(common::panel(&card, "killed"));
    assert!(killed.contains("2,783 service members") && killed.contains("2,317 service members"), "{killed}");
    assert!(!killed.contains("2,855") && !killed.contains("Earlier"), "{killed}");
    let together = common::visible_text(common::panel(&card, "killed_or_missing"));
    assert!(together.contains("Killed or missing") && together.contains("2,855 service members"), "{together}");
}

#[test]
fn the_new_words_are_said_in_russian_too() {
    let card = card_html(Rc::new(reported("russia-named-dead-2024-12.json")), Locale::Ru);
    let text = common::visible_text(&card);
    assert!(text.contains("почти 85 000 солдат"), "{text}");
    assert!(text.contains("Все потери без разбивки"), "{text}");
}

#[test]
fn the_standing_line_says_what_the_figures_are() {
    let words = Locale::En.words();
    // The parties' own tolls only: claims, not independently verified.
    assert_eq!(standing_line(&reported("karabakh-war-2020.json"), Locale::En), words.claims_unverified);
    // A count of named dead beside the parties' and an outside estimate: which is which.
    let mixed = standing_line(&reported("russia-named-dead-2024-12.json"), Locale::En);
    assert_eq!(mixed, format!("{} {}", words.claims_and_counts, words.named_counts_lower));
    assert!(mixed.contains("independent counts"), "{mixed}");
    // The named count alone is never called "not independently verified".
    let text =
        fs::read_to_string(format!("{}/data/reported/russia-named-dead-2024-12.json", env!("CARGO_MANIFEST_DIR")));
    let mut document: serde_json::Value = serde_json::from_str(&text.unwrap()).unwrap();
    document["claims"].as_array_mut().unwrap().truncate(1);
    let counts = standing_line(&common::read(&document), Locale::En);
    assert_eq!(counts, format!("{} {}", words.counts_independent, words.named_counts_lower));
    assert!(!counts.contains("not independently verified"), "{counts}");
}

#[test]
fn how_a_figure_was_counted_is_said_beside_it_in_every_form() {
    let dataset = reported("russia-named-dead-2024-12.json");
    let card = common::visible_text(&card_html(Rc::new(dataset.clone()), Locale::En));
    assert!(card.contains("according to BBC Russian and Mediazona"), "{card}");
    assert!(card.contains("nearly 85,000 soldiers · count of people identified by name"), "{card}");
    assert!(card.contains("more than 750,000 soldiers · estimate"), "{card}");
    let russian = common::visible_text(&card_html(Rc::new(dataset.clone()), Locale::Ru));
    assert!(russian.contains("подсчёт поимённо установленных"), "{russian}");
    let csv = claims_card_export::csv::claims_csv(&dataset, Locale::En);
    let header = csv.lines().next().unwrap();
    assert!(header.contains(",bound,method,value,"), "{header}");
    assert!(csv.contains(",nearly,named_count,85000,"), "{csv}");
}
