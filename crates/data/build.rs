//! Build step: the seed dataset is compiled into the reader's wasm (for `data-seed`) and the command
//! line, so it ships minified: the same data, no indentation.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let seed = fs::read_to_string("../../data/seed.json").expect("data/seed.json is readable");
    let seed: serde_json::Value = serde_json::from_str(&seed).expect("data/seed.json is JSON");
    fs::write(Path::new(&out).join("seed.min.json"), seed.to_string()).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=../../data/seed.json");
}
