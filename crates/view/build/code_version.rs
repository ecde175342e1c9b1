//! The code's version for render keys (src/card/render_key.rs): a hash of exactly what decides a
//! server-rendered card's markup and look, and of nothing else. A pasted snippet stays current across
//! every release that leaves these alone, so its readers download no wasm; a release that changes only
//! the CLI, the workbench, the loader or the browser glue keeps every snippet current.
//!
//! Shared by build.rs and tests/render_key.rs, which checks what changes the version and what does not.

use std::fs;
use std::path::{Path, PathBuf};

/// The files and folders, from the workspace's root, whose every byte can change a card's markup or
/// style: the card's crate (its components, words and this build step, which minifies the
/// stylesheet), the data crate (the model and format the card reads, the seed's build), the snippet
/// around the card, and the stylesheet. The CLI, the workbench, the export, the frame and plain forms,
/// the reader's app and the loader are not here: a release that changes only them keeps every
/// pasted snippet current.
pub const MARKUP_SOURCES: [&str; 9] = [
    "crates/view/src",
    "crates/view/build.rs",
    "crates/view/build",
    "crates/view/Cargo.toml",
    "crates/data/src",
    "crates/data/build.rs",
    "crates/data/Cargo.toml",
    "crates/publish/src/snippet.rs",
    "style.css",
];

/// The locked dependencies that write or shape the markup: Yew's renderer (and its macros) and
/// Lightning CSS, which minifies style.css into the snippet. Any other dependency (the CLI's, the
/// workbench's) may move without staling a snippet.
pub const MARKUP_DEPENDENCIES: [&str; 4] = ["yew", "yew-macro", "implicit-clone", "lightningcss"];

/// The version: FNV-1a (64 bits) over each markup source's path and bytes, in path order, then the
/// `[[package]]` entries of Cargo.lock for the markup dependencies.
pub fn code_version(root: &Path) -> String {
    let mut files = Vec::new();
    for source in MARKUP_SOURCES {
        collect_files(&root.join(source), &mut files);
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for &byte in bytes.iter().chain([0xff].iter()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for file in &files {
        let name = file.strip_prefix(root).unwrap_or(file).to_string_lossy().replace('\\', "/");
        add(name.as_bytes());
        add(&fs::read(file).expect("the card's sources are readable"));
    }
    let lock = fs::read_to_string(root.join("Cargo.lock")).expect("Cargo.lock is readable");
    for package in lock.split("[[package]]") {
        let name = package.lines().find_map(|line| line.strip_prefix("name = ")).map(|name| name.trim_matches('"'));
        if name.is_some_and(|name| MARKUP_DEPENDENCIES.contains(&name)) {
            add(package.trim().as_bytes());
        }
    }
    format!("{hash:016x}")
}

fn collect_files(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).expect("the card's sources are readable") {
            collect_files(&entry.expect("the card's sources are readable").path(), files);
        }
    } else {
        files.push(path.to_path_buf());
    }
}
