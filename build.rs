//! Build step: the card's stylesheet and the seed dataset are compiled into both the wasm and the
//! server snippet, so they are minified here (comments and layout whitespace out): every byte is
//! downloaded by every reader, inside the wasm and again inside each pasted snippet. It also names
//! this version of the code for the card's render key (src/card/render_key.rs).

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

    // The code's version for render keys: a hash of every file under src/ and of Cargo.lock, so any
    // change that could change the markup makes the browser re-render older snippets.
    let mut files = vec![Path::new("Cargo.lock").to_path_buf()];
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
