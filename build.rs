//! Build step: the card's stylesheet (style.css) and the seed dataset are compiled into both the wasm
//! and the server snippet, so they are minified here: every byte is downloaded by every reader,
//! inside the wasm and again inside each pasted snippet. It also names this version of the code for
//! the card's render key (src/card/render_key.rs).

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let css = fs::read_to_string("style.css").expect("style.css is readable");
    fs::write(Path::new(&out).join("card.min.css"), minify_css(&css)).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=style.css");

    // The seed ships minified: same data, no indentation.
    let seed = fs::read_to_string("data/seed.json").expect("data/seed.json is readable");
    let seed: serde_json::Value = serde_json::from_str(&seed).expect("data/seed.json is JSON");
    fs::write(Path::new(&out).join("seed.min.json"), seed.to_string()).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=data/seed.json");

    // The code's version for render keys: a hash of every file under src/, of style.css and of
    // Cargo.lock, so any change that could change the markup or its look makes the browser re-render
    // older snippets.
    let mut files = vec![Path::new("Cargo.lock").to_path_buf(), Path::new("style.css").to_path_buf()];
    collect_files(Path::new("src"), &mut files);
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let name = file.to_string_lossy().replace('\\', "/");
        let body = fs::read(file).expect("source files are readable");
        for byte in name.bytes().chain(body).chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fs::write(Path::new(&out).join("code-version.txt"), format!("{hash:016x}")).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
}

fn collect_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ is readable").path();
        if path.is_dir() {
            collect_files(&path, files);
        } else {
            files.push(path);
        }
    }
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
