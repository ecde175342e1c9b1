//! The card's foot (card/actions.rs): its buttons in the server's markup, in every language, and the
//! embed code "Copy embed code" gives (export/embed.rs).

mod common;

use claims_card_view::words::LocaleWords;
use std::rc::Rc;

use claims_card_data::dataset::SEED_JSON;
use claims_card_export::embed::{embed_code, live_embed_code};
use claims_card_publish::card_html;
use claims_card_view::heading::HeadingLevel;
use claims_card_view::refresh::RefreshAttributes;
use claims_card_view::words::Locale;

#[test]
fn every_language_words_the_footer_actions() {
    let english = Locale::En.words();
    for locale in Locale::ALL {
        let words = locale.words();
        for text in [words.get_data, words.copy_embed, words.embed_copied, words.copy_by_hand] {
            assert!(!text.trim().is_empty(), "{locale:?}");
        }
        assert!(words.copy_by_hand.contains("Ctrl+C") && words.copy_by_hand.contains("⌘C"), "{locale:?}");
        if locale != Locale::En {
            assert_ne!(words.get_data, english.get_data, "{locale:?}");
            assert_ne!(words.copy_embed, english.copy_embed, "{locale:?}");
            assert_ne!(words.embed_copied, english.embed_copied, "{locale:?}");
            assert_ne!(words.copy_by_hand, english.copy_by_hand, "{locale:?}");
        }
    }
}

#[test]
fn the_server_renders_the_buttons_after_the_sources_in_each_language() {
    for locale in Locale::ALL {
        let html = card_html(Rc::new(common::seed()), locale);
        let words = locale.words();
        let footer = html.find(r#"<footer class="actions">"#).expect("the actions block");
        assert!(html.find(r#"<footer class="sources">"#).unwrap() < footer, "after the sources");
        let block = &html[footer..];
        for action in ["csv", "json", "copy"] {
            assert!(
                block.contains(&format!(r#"<button type="button" data-action="{action}""#)),
                "{locale:?}: {action}"
            );
        }
        assert!(block.contains(&format!(r#"aria-label="{}: CSV""#, words.get_data)), "{locale:?}");
        assert!(block.contains(&format!(">{}</button>", words.copy_embed)), "{locale:?}");
        assert!(block.contains(&format!(">{}</span>", words.get_data)), "{locale:?}");
        // The status region is there from the start, empty until a reader copies (a screen reader
        // may skip one that arrives with its text); no field.
        assert!(
            block.contains(r#"<p id="cc-copy-status" role="status" class="action-notice"></p>"#),
            "{locale:?}: {block}"
        );
        assert_eq!(block.matches("role=\"status\"").count(), 1, "{locale:?}");
        assert!(!block.contains("<textarea"), "{locale:?}");
    }
}

#[test]
fn the_embed_code_carries_the_data_the_language_and_the_loader() {
    let code = embed_code(SEED_JSON, Locale::Ru, None, "https://cdn.example.org/cc/embed.js");
    assert!(code.starts_with(r#"<claims-card lang="ru"><script type="application/json"><!--{"#), "{code}");
    assert!(code.ends_with(
        "--></script></claims-card>\n<script type=\"module\" src=\"https://cdn.example.org/cc/embed.js\"></script>\n"
    ));
    let data = &code[code.find("<!--").unwrap() + 4..code.find("-->").unwrap()];
    let back: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(back, serde_json::from_str::<serde_json::Value>(SEED_JSON).unwrap());
}

#[test]
fn the_embed_codes_data_cannot_end_its_script_and_keeps_its_live_address() {
    let hostile = "{\n  \"title\": \"</script><script>alert(1)</script><!-- -->\"\n}";
    let code = embed_code(hostile, Locale::En, Some("https://news.example/d.json?a=1&b=\"2\""), "/embed.js");
    assert!(code.contains(r#" src="https://news.example/d.json?a=1&amp;b=&quot;2&quot;">"#), "{code}");
    let data = &code[code.find("<!--").unwrap() + 4..code.rfind("--></script></claims-card>").unwrap()];
    assert!(!data.contains('<') && !data.contains('>') && !data.contains('\n'), "{data}");
    let back: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(back["title"], "</script><script>alert(1)</script><!-- -->");
}

#[test]
fn a_live_embed_code_says_how_often_it_re_reads_its_address() {
    let refresh = RefreshAttributes::published("5m", Some("30m")).unwrap();
    let code = live_embed_code(
        SEED_JSON,
        Locale::En,
        Some("https://news.example/d.json"),
        Some(&refresh),
        HeadingLevel::default(),
        "/embed.js",
    );
    assert!(
        code.starts_with(r#"<claims-card lang="en" src="https://news.example/d.json" data-refresh="5m" data-stale-after="30m"><script"#),
        "{code}"
    );
    // Nothing to re-read without an address.
    assert_eq!(
        live_embed_code(SEED_JSON, Locale::En, None, Some(&refresh), HeadingLevel::default(), "/embed.js"),
        embed_code(SEED_JSON, Locale::En, None, "/embed.js")
    );
}
