//! Build step: the card's stylesheet (style.css, at the workspace's top) is compiled into both the
//! wasm and the server snippet, so it is minified here: every byte is downloaded by every reader,
//! inside the wasm and again inside each pasted snippet. It also names this version of the card's
//! markup for its render key (build/code_version.rs, src/card/render_key.rs in this crate).

use std::{env, fs, path::Path};

#[path = "build/code_version.rs"]
mod code_version;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let css = fs::read_to_string("../../style.css").expect("style.css is readable") + &measure_panels();
    fs::write(Path::new(&out).join("card.css"), &css).expect("OUT_DIR is writable");
    fs::write(Path::new(&out).join("card.min.css"), minify_css(&css)).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=../../style.css");

    // The code's version for render keys: what decides a card's markup and look (build/code_version.rs).
    let crate_root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&crate_root).join("../..");
    let version = code_version::code_version(&root);
    fs::write(Path::new(&out).join("code-version.txt"), version).expect("OUT_DIR is writable");
    for source in code_version::MARKUP_SOURCES {
        println!("cargo:rerun-if-changed=../../{source}");
    }
    println!("cargo:rerun-if-changed=../../Cargo.lock");
}

/// The rule that shows the checked measure's panel, for every measure of the format: written from the
/// vocabulary (`Measure::KEYS`), so a new measure shows without a line in style.css.
fn measure_panels() -> String {
    let selectors: Vec<String> = claims_card_data::format::Measure::KEYS
        .iter()
        .map(|key| format!(".card:has(input[data-measure=\"{key}\"]:checked) .panel[data-measure=\"{key}\"]"))
        .collect();
    format!("\n@supports selector(:has(*)) {{\n  {} {{\n    display: block;\n  }}\n}}\n", selectors.join(",\n  "))
}

/// Minifies the card's stylesheet with Lightning CSS (what Trunk itself uses), for no particular
/// browsers: with no browser targets it adds no vendor prefixes and lowers no syntax, so container
/// queries, `:has()`, custom properties and `@media` come out as written, only shorter. Range syntax
/// is the one thing it would write differently (`(min-width: 478px)` as `(width>=478px)`), so it is
/// asked to keep `min-`/`max-` as style.css has them. A parse error fails the build (no error
/// recovery): a rule the tool cannot read must not quietly vanish. `tests/style.rs` checks that every
/// selector, at-rule and custom property of style.css is still in the output.
fn minify_css(css: &str) -> String {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    use lightningcss::targets::{Features, Targets};

    let targets = Targets { browsers: None, include: Features::MediaRangeSyntax, exclude: Features::empty() };
    let options = ParserOptions { filename: "style.css".to_owned(), ..ParserOptions::default() };
    let mut sheet = StyleSheet::parse(css, options).unwrap_or_else(|error| panic!("style.css: {error}"));
    sheet
        .minify(MinifyOptions { targets, ..MinifyOptions::default() })
        .unwrap_or_else(|error| panic!("style.css: {error}"));
    let printed = sheet
        .to_css(PrinterOptions { minify: true, targets, ..PrinterOptions::default() })
        .unwrap_or_else(|error| panic!("style.css: {error}"));
    printed.code
}
