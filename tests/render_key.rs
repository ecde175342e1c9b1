//! The render key's code version (crates/view/build/code_version.rs) covers what decides a card's markup and look,
//! and nothing else: a release that changes only the CLI, the workbench, the loader, the browser glue
//! or a dependency of theirs keeps every pasted snippet current; one that changes a word of the card,
//! its stylesheet or Yew changes it.

#[path = "../crates/view/build/code_version.rs"]
mod code_version;

use std::fs;
use std::path::{Path, PathBuf};

use code_version::code_version;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the parts of the repository the version could read, to change one file at a time.
fn copy_of_the_repository(name: &str) -> PathBuf {
    let copy = std::env::temp_dir().join(format!("claims-card-code-version-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&copy);
    for part in ["src", "crates", "loader", "builder", "style.css", "Cargo.lock", "Cargo.toml"] {
        copy_all(&root().join(part), &copy.join(part));
    }
    copy
}

fn copy_all(from: &Path, to: &Path) {
    if from.is_dir() {
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy_all(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(from, to).unwrap();
    }
}

/// The version after `change` rewrites the file at `path` in a fresh copy.
fn version_after(path: &str, change: impl FnOnce(String) -> String) -> (String, String) {
    let copy = copy_of_the_repository(&path.replace(['/', '.'], "-"));
    let before = code_version(&copy);
    let file = copy.join(path);
    let text = fs::read_to_string(&file).unwrap_or_else(|error| panic!("{path}: {error}"));
    let changed = change(text.clone());
    assert_ne!(changed, text, "{path}: the change changes nothing");
    fs::write(&file, changed).unwrap();
    let after = code_version(&copy);
    fs::remove_dir_all(&copy).unwrap();
    (before, after)
}

/// Cargo.lock with `package` at another version.
fn new_version_of(package: &str, lock: &str) -> String {
    let entry = format!("name = \"{package}\"\nversion = \"");
    let at = lock.find(&entry).unwrap_or_else(|| panic!("{package} is not locked")) + entry.len();
    format!("{}9{}", &lock[..at], &lock[at..])
}

fn appended(text: String) -> String {
    text + "\n// a release note\n"
}

#[test]
fn the_built_card_carries_the_version_of_its_sources() {
    assert_eq!(claims_card_view::card::CODE_VERSION, code_version(&root()));
}

#[test]
fn the_cli_the_workbench_the_loader_and_the_browser_glue_leave_snippets_current() {
    for path in [
        "crates/cli/src/commands.rs",
        "crates/cli/Cargo.toml",
        "crates/workbench/src/app.rs",
        "src/page.rs",
        "crates/cli/src/csp.rs",
        "crates/publish/src/frame.rs",
        "crates/publish/src/plain.rs",
        "crates/export/src/csv.rs",
        "loader/embed.js",
        "Cargo.toml",
    ] {
        let (before, after) = version_after(path, appended);
        assert_eq!(before, after, "a change to {path} staled every pasted snippet");
    }
    // A dependency only the CLI uses (the static image's renderer) moves.
    let (before, after) = version_after("Cargo.lock", |lock| new_version_of("resvg", &lock));
    assert_eq!(before, after, "a CLI dependency's version staled every pasted snippet");
}

#[test]
fn a_word_the_stylesheet_the_components_or_yew_change_the_version() {
    for path in [
        "crates/view/src/words/en.rs",
        "crates/view/src/card/comparison.rs",
        "crates/data/src/dataset/validate.rs",
        "crates/publish/src/snippet.rs",
        "style.css",
    ] {
        let (before, after) = version_after(path, appended);
        assert_ne!(before, after, "a change to {path} kept older snippets as current");
    }
    let (before, after) = version_after("Cargo.lock", |lock| new_version_of("yew", &lock));
    assert_ne!(before, after, "a new Yew kept older snippets as current");
}
