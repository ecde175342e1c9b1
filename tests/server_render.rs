//! The server-rendered card and snippet: what a reader sees before any script runs, and what the
//! browser gets to render the same card.

mod common;

use std::rc::Rc;

use claims_card_data::dataset::{Dataset, SEED_JSON};
use claims_card_publish::{card_html, snippet, AssetBase, SnippetOptions};
use claims_card_view::card::{render_key, STYLE_ELEMENT_TEXT};
use claims_card_view::words::Locale;
use serde_json::{json, Value};

const SNIPPET_START: &str = r#"<claims-card lang="en"><template shadowrootmode="open"><style>"#;
const JSON_OPEN: &str = r#"<script type="application/json"><!--"#;
const CDN_SCRIPT: &str = r#"<script type="module" src="https://cdn.example.org/cc/embed.js"></script>"#;

fn seed_card() -> String {
    card_html(Rc::new(common::seed()), Locale::En)
}

fn cdn() -> AssetBase {
    AssetBase::parse("https://cdn.example.org/cc").unwrap()
}

fn options(asset_base: AssetBase) -> SnippetOptions {
    SnippetOptions { asset_base, ..SnippetOptions::default() }
}

fn seed_snippet() -> String {
    snippet(Rc::new(common::seed()), SEED_JSON, &options(cdn()))
}

fn panel_text(card: &str, measure: &str) -> String {
    common::visible_text(common::panel(card, measure))
}

fn assert_reads(text: &str, phrases: &[&str]) {
    let missing: Vec<&&str> = phrases.iter().filter(|phrase| !text.contains(**phrase)).collect();
    assert!(missing.is_empty(), "missing {missing:?} in:\n{text}");
}

fn assert_never_reads(text: &str, phrases: &[&str]) {
    let present: Vec<&&str> = phrases.iter().filter(|phrase| text.contains(**phrase)).collect();
    assert!(present.is_empty(), "found {present:?} in:\n{text}");
}

/// The content of the snippet's data script, inside the comment that hides it where a sanitizer strips the script.
fn embedded_json(snippet: &str) -> &str {
    let start = snippet.find(JSON_OPEN).expect("the snippet carries its data") + JSON_OPEN.len();
    let end = start + snippet[start..].find("--></script>").expect("the data script ends");
    &snippet[start..end]
}

/// The seed with some changes, as JSON text and as the dataset read from it.
fn seed_with(change: impl FnOnce(&mut Value)) -> (String, Rc<Dataset>) {
    let mut document: Value = serde_json::from_str(SEED_JSON).unwrap();
    change(&mut document);
    let text = document.to_string();
    let dataset = common::read_text(&text);
    (text, Rc::new(dataset))
}

#[test]
fn the_killed_panel_reads_each_headline_with_its_bound_group_and_attribution() {
    let text = panel_text(&seed_card(), "killed");
    assert_reads(
        &text,
        &[
            "Azerbaijan according to Azerbaijan's Health Ministry 192 service members",
            "Nagorno-Karabakh according to the authorities of the self-proclaimed Nagorno-Karabakh Republic \
             at least 200 people",
            "reported by 27 September 2023 · Kyiv Independent",
        ],
    );
    // 192 is exact: no qualifier in front of it.
    assert_never_reads(&text, &["about 192", "at least 192", "at least 200 service members", "200 people allegedly"]);
}

#[test]
fn the_wounded_panel_reads_each_headline_with_its_bound_group_and_attribution() {
    let text = panel_text(&seed_card(), "wounded");
    assert_reads(
        &text,
        &[
            "Azerbaijan according to Azerbaijan's Health Ministry about 511 service members",
            "at least 400 people",
            "reported by 27 September 2023 · Azerbaijani Press Agency (APA) via Kyiv Independent",
            "reported by 27 September 2023 · Kyiv Independent",
        ],
    );
}

#[test]
fn each_panel_shows_only_its_own_measure() {
    let card = seed_card();
    let killed = panel_text(&card, "killed");
    let wounded = panel_text(&card, "wounded");
    // The quotes mention the other measure's numbers; the figures must not.
    assert_never_reads(
        &killed,
        &["about 511", "Republic at least 400", "40 civilians allegedly", "13 children allegedly"],
    );
    assert_never_reads(
        &wounded,
        &["192 service members", "Republic at least 200", "180 soldiers", "5 children allegedly"],
    );
    assert!(!card.contains(r#"data-measure="missing""#), "a measure with no claims got a panel");
}

#[test]
fn the_breakdowns_read_each_figure_with_its_group_and_hedge() {
    let card = seed_card();
    let killed = panel_text(&card, "killed");
    assert_reads(
        &killed,
        &[
            "Breakdown",
            "180 soldiers",
            "12 Interior Ministry service members",
            "1 civilian reported by 27 September 2023 · Azerbaijani Press Agency (APA) via Kyiv Independent",
            "10 civilians allegedly",
            "5 children allegedly",
        ],
    );
    let wounded = panel_text(&card, "wounded");
    assert_reads(&wounded, &["1 civilian reported by", "more than 40 civilians allegedly", "13 children allegedly"]);
    for text in [&killed, &wounded] {
        assert_never_reads(text, &["1 civilians", "193", "600", "712"]);
    }
}

#[test]
fn the_card_reads_its_title_context_notes_and_sources() {
    let text = common::visible_text(&seed_card());
    assert_reads(
        &text,
        &[
            "Nagorno-Karabakh Claimed losses in the September 2023 offensive",
            "Killed Wounded",
            "26 September 2023",
            "Over 28,000 ethnic Armenians have reportedly left the region for Armenia, according to Yerevan. \
             (Kyiv Independent)",
            "Figures are claims by each side and have not been independently verified.",
            "Kyiv Independent, Martin Fornusek, “Baku claims 192 Azerbaijani troops killed, 511 wounded in Karabakh \
             offensive”, 27 September 2023",
            "Azerbaijani Press Agency (APA), state-run, citing Azerbaijan's Health Ministry, 27 September 2023, \
             via Kyiv Independent",
        ],
    );
    // No seed source has a URL, so the card links nowhere.
    assert!(!seed_card().contains("<a "), "the seed card has a link");
}

#[test]
fn the_first_measure_is_checked() {
    let card = seed_card();
    let input = |value: &str| {
        let at = card.find(&format!(r#"value="{value}""#)).unwrap();
        let start = card[..at].rfind("<input").unwrap();
        card[start..start + card[start..].find('>').unwrap()].to_owned()
    };
    assert!(input("killed").contains(" checked"), "{}", input("killed"));
    assert!(!input("wounded").contains(" checked"), "{}", input("wounded"));
}

#[test]
fn the_snippet_holds_the_card_in_a_declarative_shadow_root() {
    let pasted = seed_snippet();
    assert!(pasted.starts_with(SNIPPET_START), "{}", &pasted[..200.min(pasted.len())]);
    assert!(pasted.starts_with(&format!("{SNIPPET_START}{STYLE_ELEMENT_TEXT}</style>")));
    // The mount carries the render key of its language and data, so the browser can keep it as it is.
    let key = render_key(Locale::En, embedded_json(&pasted));
    let mount = format!(r#"<div class="mount" data-render="{key}">{}</div></template>"#, seed_card());
    assert!(pasted.contains(&mount), "the card is not inside the mount");
}

#[test]
fn the_snippet_ends_with_the_embed_script_from_the_asset_base() {
    let pasted = seed_snippet();
    assert!(pasted.trim_end().ends_with(&format!("</claims-card>\n{CDN_SCRIPT}")), "{pasted}");
    assert_eq!(pasted.matches("<script type=\"module\"").count(), 1);

    let beside = snippet(Rc::new(common::seed()), SEED_JSON, &options(AssetBase::default()));
    assert!(beside.trim_end().ends_with(r#"<script type="module" src="./embed.js"></script>"#));
}

#[test]
fn the_snippet_data_reads_back_to_the_same_dataset() {
    let pasted = seed_snippet();
    let json = embedded_json(&pasted);
    let value: Value = serde_json::from_str(json).expect("the embedded data is JSON");
    let original: Value = serde_json::from_str(SEED_JSON).unwrap();
    assert_eq!(value, original);
    assert_eq!(Dataset::from_json(json), Dataset::from_json(SEED_JSON));
    assert_eq!(Dataset::from_json(json).unwrap(), common::seed());
}

#[test]
fn data_cannot_close_its_script_element() {
    let title = "</script><script>alert(1)</script><!--";
    let (text, dataset) = seed_with(|document| document["title"] = json!(title));
    let pasted = snippet(dataset.clone(), &text, &options(cdn()));
    let json = embedded_json(&pasted);
    assert!(!json.contains('<'), "{json}");
    assert_eq!(Dataset::from_json(json).unwrap(), *dataset);
    // The data script's end and the module script's end, nothing else.
    assert_eq!(pasted.matches("</script>").count(), 2);
    assert_eq!(pasted.matches("<script").count(), 2);
}

#[test]
fn markup_in_dataset_text_is_escaped() {
    let markup = "<img src=x onerror=alert(1)>";
    let (text, dataset) = seed_with(|document| {
        document["title"] = json!(markup);
        document["claims"][0]["claimant"] = json!(markup);
        document["notes"][0] = json!(markup);
    });
    let card = card_html(dataset.clone(), Locale::En);
    assert!(card.contains("&lt;img src=x onerror=alert(1)&gt;"), "{card}");
    assert!(!card.contains("<img"), "{card}");
    assert!(common::visible_text(&card).contains("according to <img src=x onerror=alert(1)> 192 service members"));
    let pasted = snippet(dataset, &text, &options(cdn()));
    assert!(!pasted.contains("<img"));
}

#[test]
fn a_linked_source_opens_without_giving_the_page_away() {
    let url = "https://example.org/report?id=1&lang=en";
    let (_, dataset) = seed_with(|document| document["sources"][0]["url"] = json!(url));
    let card = card_html(dataset, Locale::En);
    let links: Vec<&str> =
        card.match_indices("<a ").map(|(at, _)| &card[at..at + card[at..].find('>').unwrap()]).collect();
    // The citation under each of the seven Kyiv Independent claims, and the one in the source list.
    assert_eq!(links.len(), 8, "{links:?}");
    for link in links {
        assert!(link.contains(r#"href="https://example.org/report?id=1&amp;lang=en""#), "{link}");
        assert!(link.contains(r#"rel="noopener noreferrer""#), "{link}");
        assert!(link.contains(r#"target="_blank""#), "{link}");
    }
}

#[test]
fn a_quote_cannot_break_out_of_a_link() {
    // A raw quote is refused when the data is read...
    let mut document: Value = serde_json::from_str(SEED_JSON).unwrap();
    document["sources"][0]["url"] = json!(r#"https://example.org/"onmouseover="alert(1)"#);
    assert_eq!(
        common::errors(&document),
        ["sources[0].url: must not contain quotes, angle brackets or backslashes (percent-encode them)"]
    );
    // ...and a percent-encoded one stays inside the attribute.
    let (_, dataset) =
        seed_with(|document| document["sources"][0]["url"] = json!("https://example.org/%22onmouseover=%22x"));
    let card = card_html(dataset, Locale::En);
    assert!(card.contains(r#"<a href="https://example.org/%22onmouseover=%22x""#), "{card}");
}

#[test]
fn rendering_is_deterministic() {
    assert_eq!(seed_card(), seed_card());
    assert_eq!(seed_snippet(), seed_snippet());
    let dataset = Rc::new(common::seed());
    assert_eq!(card_html(dataset.clone(), Locale::En), card_html(dataset, Locale::En));
}

#[test]
fn an_ampersand_in_the_asset_base_stays_an_ampersand() {
    let base = AssetBase::parse("https://cdn.example.org/a&copy;b/").unwrap();
    let pasted = snippet(Rc::new(common::seed()), SEED_JSON, &options(base));
    assert!(pasted.contains(r#"src="https://cdn.example.org/a&amp;copy;b/embed.js""#), "{pasted}");
}

#[test]
fn a_figure_that_was_not_reported_reads_as_not_reported_never_as_a_number() {
    let (_, dataset) = seed_with(|document| {
        document["claims"][6]["figure"] = serde_json::json!({ "bound": "not_reported" });
    });
    let killed = panel_text(&card_html(dataset, Locale::En), "killed");
    assert_reads(&killed, &["Nagorno-Karabakh according to the authorities of the self-proclaimed Nagorno-Karabakh Republic — not reported"]);
    assert_never_reads(&killed, &["Republic at least 200", "Republic 0", "Republic 200"]);
}
