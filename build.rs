//! Build step: the card's stylesheet and the seed dataset are compiled into both the wasm and the
//! server snippet, so they are minified here (comments and layout whitespace out): every byte is
//! downloaded by every reader, inside the wasm and again inside each pasted snippet.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let css = fs::read_to_string("src/card/card.css").expect("src/card/card.css is readable");
    fs::write(Path::new(&out).join("card.min.css"), minify_css(&css)).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=src/card/card.css");

    // The seed ships minified: same data, no indentation.
    let seed = fs::read_to_string("data/seed.json").expect("data/seed.json is readable");
    let seed: serde_json::Value = serde_json::from_str(&seed).expect("data/seed.json is JSON");
    fs::write(Path::new(&out).join("seed.min.json"), seed.to_string()).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=data/seed.json");
}

/// Removes comments and the whitespace that CSS syntax never needs: around `{ } ; , >` and after `:`.
/// Whitespace inside quoted strings and between words (`grid-row: 1 / span 3`) is kept.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut previous = ' ';
            for c in chars.by_ref() {
                if previous == '*' && c == '/' {
                    break;
                }
                previous = c;
            }
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
        let last = out.chars().last();
        if pending_space && !out.is_empty() && !tight(c) && !last.is_some_and(|l| tight(l) || l == ':') {
            out.push(' ');
        }
        pending_space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}
