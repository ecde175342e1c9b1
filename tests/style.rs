//! The minified stylesheet (`card::STYLE`, made by build.rs with Lightning CSS) against style.css:
//! every selector is still there, under the same at-rules, in the same order; every custom property
//! is still declared there; no vendor prefix was added. The structure is read here by a few lines
//! of brace-walking, not by the minifier's own parser, so the check does not share its mistakes.

use claims_card_data::format::Measure;
use claims_card_view::card::{STYLE, STYLE_SOURCE as SOURCE};

/// One style rule: the at-rules around it (`@media (prefers-color-scheme:dark)`), its selectors and
/// the custom properties it declares, all normalized.
#[derive(Debug)]
struct Rule {
    context: Vec<String>,
    selectors: Vec<String>,
    custom_properties: Vec<String>,
}

/// The style rules of `css` in order. Comments are dropped; text between `;`, `{` or `}` and the next
/// `{` is a rule's prelude, declarations end at `;` or `}`. (The card's CSS has no braces in strings.)
fn rules(css: &str) -> Vec<Rule> {
    let css = without_comments(css);
    let mut rules = Vec::new();
    let mut open: Vec<Option<usize>> = Vec::new(); // per open block: the style rule it is, if any
    let mut context: Vec<String> = Vec::new();
    let mut text = String::new();
    for c in css.chars() {
        match c {
            '{' => {
                let prelude = normalize(&text);
                text.clear();
                if prelude.starts_with('@') {
                    context.push(prelude);
                    open.push(None);
                } else {
                    let selectors = split_top_level(&prelude).into_iter().map(|s| normalize_selector(&s)).collect();
                    rules.push(Rule { context: context.clone(), selectors, custom_properties: Vec::new() });
                    open.push(Some(rules.len() - 1));
                }
            }
            ';' | '}' => {
                if let Some(Some(rule)) = open.last() {
                    let declaration = text.trim();
                    if let Some((name, _)) =
                        declaration.split_once(':').filter(|(name, _)| name.trim().starts_with("--"))
                    {
                        rules[*rule].custom_properties.push(name.trim().to_owned());
                    }
                }
                text.clear();
                // The end of an at-rule's block leaves that at-rule.
                if c == '}' && open.pop().expect("balanced braces").is_none() {
                    context.pop();
                }
            }
            _ => text.push(c),
        }
    }
    assert!(open.is_empty(), "unbalanced braces");
    rules
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start + 2..].find("*/").expect("every comment ends") + start + 4;
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Splits a selector list at the commas outside parentheses.
fn split_top_level(list: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0;
    for c in list.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().expect("never empty").push(c);
    }
    parts.into_iter().map(|part| normalize(&part)).collect()
}

/// Whitespace collapsed, and dropped where CSS does not need it (around combinators and commas,
/// inside parentheses, after a colon): the spellings a minifier may choose. A space after `)` or
/// before `:` stays, as it may be a descendant combinator (`:host(…) .card`, `.card :before`).
fn normalize(text: &str) -> String {
    let chars: Vec<char> = text.split_whitespace().collect::<Vec<_>>().join(" ").chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let after = i > 0 && matches!(chars[i - 1], '>' | '+' | '~' | ',' | '(' | ':');
        let before = chars.get(i + 1).is_some_and(|next| matches!(next, '>' | '+' | '~' | ',' | ')'));
        if c == ' ' && (after || before) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Selector spellings that mean the same: quoted or bare attribute values, `::before` or `:before`,
/// `*:before` or `:before`.
fn normalize_selector(selector: &str) -> String {
    selector.replace(['"', '\''], "").replace("::before", ":before").replace("::after", ":after").replace(" *:", " :")
}

/// Each source rule's selectors, in source order, must be found in the same or a later minified rule
/// than the one before: merging adjacent rules is fine, moving one past another or dropping it is not.
fn selectors_kept(source: &str, minified: &str) -> Result<(), String> {
    let minified = rules(minified);
    let mut at = 0;
    for rule in rules(source) {
        for selector in &rule.selectors {
            let holds = |i: &usize| minified[*i].context == rule.context && minified[*i].selectors.contains(selector);
            match ((at..minified.len()).find(holds), (0..minified.len()).find(holds)) {
                (Some(found), _) => at = found,
                (None, Some(_)) => {
                    return Err(format!("`{selector}` (in {:?}) moved before an earlier rule", rule.context))
                }
                (None, None) => return Err(format!("`{selector}` (in {:?}) is not in the minified CSS", rule.context)),
            }
        }
    }
    Ok(())
}

/// Every custom property is declared again under the same at-rules, by a rule with the same selectors.
fn custom_properties_kept(source: &str, minified: &str) -> Result<(), String> {
    let minified = rules(minified);
    for rule in rules(source) {
        for property in &rule.custom_properties {
            let kept = minified.iter().any(|out| {
                out.context == rule.context
                    && out.custom_properties.contains(property)
                    && rule.selectors.iter().all(|selector| out.selectors.contains(selector))
            });
            if !kept {
                return Err(format!("{property} of `{}` is gone", rule.selectors.join(",")));
            }
        }
    }
    Ok(())
}

#[test]
fn style_css_is_read_whole() {
    let source = rules(SOURCE);
    assert!(source.len() > 50, "{} rules", source.len());
    assert!(source.iter().any(|rule| rule.selectors == [":host(:not([theme=light]):not([data-scheme=light])) .card"]
        && rule.context == ["@media (prefers-color-scheme:dark)"]
        && rule.custom_properties.contains(&"--ink".to_owned())));
    assert!(source
        .iter()
        .any(|rule| rule.selectors == [".row"] && rule.context == ["@container card (min-width:478px)"]));
}

#[test]
fn every_selector_keeps_its_at_rules_and_its_order() {
    selectors_kept(SOURCE, STYLE).unwrap();
}

#[test]
fn every_custom_property_is_still_declared_where_it_was() {
    custom_properties_kept(SOURCE, STYLE).unwrap();
}

#[test]
fn a_dropped_moved_or_unwrapped_rule_fails_the_checks() {
    let dropped = STYLE.replacen(".mount.offscreen-lazy{", ".mount.offscreen{", 1);
    assert!(selectors_kept(SOURCE, &dropped).unwrap_err().contains(".mount.offscreen-lazy"));
    let rule = ".mount.offscreen-lazy{content-visibility:auto;contain-intrinsic-block-size:auto 1000px}";
    assert!(STYLE.contains(rule), "{STYLE}");
    let moved = format!("{}{rule}", STYLE.replacen(rule, "", 1));
    assert!(selectors_kept(SOURCE, &moved).unwrap_err().contains("moved"));
    let unwrapped = STYLE.replacen("@media (prefers-color-scheme:dark){", "@media all{", 1);
    assert!(selectors_kept(SOURCE, &unwrapped).is_err());
    assert!(custom_properties_kept(SOURCE, &unwrapped).is_err());
    let lost = STYLE.replacen("--muted:#a9abb3;", "", 1);
    assert!(custom_properties_kept(SOURCE, &lost).unwrap_err().contains("--muted"));
}

#[test]
fn no_vendor_prefix_or_syntax_is_added() {
    for prefix in ["-webkit-", "-moz-", "-ms-", "-o-"] {
        assert_eq!(STYLE.matches(prefix).count(), SOURCE.matches(prefix).count(), "{prefix}");
    }
    // Range syntax (`width>=478px`) is not written in place of the source's `min-width:`.
    assert!(!STYLE.contains(">=") && !STYLE.contains("<="), "{STYLE}");
    for at_rule in ["@container", "@media", "@supports"] {
        assert_eq!(STYLE.matches(at_rule).count(), SOURCE.matches(at_rule).count(), "{at_rule}");
    }
    assert!(STYLE.len() < SOURCE.len() * 3 / 4, "minified: {} of {} bytes", STYLE.len(), SOURCE.len());
}

#[test]
fn every_measure_of_the_format_shows_its_panel() {
    // Written by build.rs from the vocabulary, not by hand in style.css: a new measure needs no CSS.
    for key in Measure::KEYS {
        let rule = format!(".card:has(input[data-measure=\"{key}\"]:checked) .panel[data-measure=\"{key}\"]");
        assert!(SOURCE.contains(&rule), "{key}");
        assert!(STYLE.contains(&rule.replace("\"", "")) || STYLE.contains(&rule), "{key} in {STYLE}");
        assert!(
            !include_str!("../style.css").contains(&format!("input[data-measure=\"{key}\"]")),
            "{key} written by hand"
        );
    }
}
