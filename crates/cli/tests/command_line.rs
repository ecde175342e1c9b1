//! The command line as an editor meets it: `--version`, help for each command, and errors that name
//! the option and point to `--help`.

mod common;

use std::process::Command;

#[test]
fn the_version_is_the_workspace_version() {
    let version = common::claims_card(&["--version"]).unwrap();
    assert_eq!(version.trim(), format!("claims-card {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn each_command_has_its_own_help() {
    let help = common::claims_card(&["--help"]).unwrap();
    for command in ["render", "validate", "csp", "schema", "code-version", "loader-contract"] {
        assert!(help.contains(command), "{command} is not in the help:\n{help}");
    }
    let render = common::claims_card(&["render", "--help"]).unwrap();
    assert!(render.starts_with("Prints the code to paste"), "{render}");
    for option in [
        "--format <FORMAT>",
        "--lang <LANG>",
        "--asset-base <URL>",
        "--src <URL>",
        "--refresh <DURATION>",
        "--stale-after <DURATION>",
        "--image-url <URL>",
    ] {
        assert!(render.contains(option), "{option} is not in render --help:\n{render}");
    }
    assert!(render.contains("[possible values: snippet, plain-html, iframe, amp, oembed, svg, png, alt, img]"));
    let csp = common::claims_card(&["csp", "--help"]).unwrap();
    assert!(csp.contains("--whole-folder") && !csp.contains("--image-url"), "{csp}");
}

#[test]
fn a_wrong_option_is_named_with_a_pointer_to_help() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_claims-card")).args(args).output().unwrap();
    let unknown = run(&["render", "--colour", "red"]);
    assert_eq!(unknown.status.code(), Some(2), "usage errors exit 2");
    let said = String::from_utf8(unknown.stderr).unwrap();
    assert!(said.starts_with("error: unexpected argument '--colour'"), "{said}");
    assert!(said.contains("For more information, try '--help'."), "{said}");
    let language = String::from_utf8(run(&["render", "--lang", "fr"]).stderr).unwrap();
    assert!(language.contains("'--lang <LANG>': the card does not speak \"fr\" (en, hy, az, ru, uk)"), "{language}");
    let both = String::from_utf8(run(&["csp", "--whole-folder", "--release", "dist/release.json"]).stderr).unwrap();
    assert!(both.contains("'--whole-folder' cannot be used with '--release <FILE>'"), "{both}");
    let nothing = String::from_utf8(run(&["validate"]).stderr).unwrap();
    assert!(nothing.contains("<FILE>..."), "{nothing}");
}

#[test]
fn a_live_card_says_how_often_it_re_reads_its_src() {
    let src = "https://data.example.org/nk.json";
    let snippet = common::claims_card(&["render", "--src", src, "--refresh", "5m", "--stale-after", "30m"]).unwrap();
    assert!(
        snippet.starts_with(&format!(
            "<claims-card lang=\"en\" src=\"{src}\" data-refresh=\"5m\" data-stale-after=\"30m\">"
        )),
        "{snippet}"
    );
    let plain = common::claims_card(&["render", "--format", "plain-html", "--src", src, "--refresh", "1h"]).unwrap();
    assert!(
        plain.starts_with(&format!("<div data-claims-card data-src=\"{src}\" data-refresh=\"1h\" lang")),
        "{plain}"
    );
    // Off by default.
    let still = common::claims_card(&["render", "--src", src]).unwrap();
    assert!(!still.contains("data-refresh") && !still.contains("data-stale-after"));
}

#[test]
fn a_refresh_the_reader_would_not_honour_is_refused_with_a_pointer_to_help() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_claims-card")).args(args).output().unwrap();
    let src = "https://data.example.org/nk.json";
    let refused: [(&[&str], &str); 4] = [
        (
            &["--src", src, "--refresh", "30s"],
            "error: --refresh: \"30s\" is more often than a published card may re-read its data; write 1m or more",
        ),
        (&["--refresh", "5m"], "error: --refresh re-reads the card's data at its address: add --src"),
        (
            &["--src", src, "--refresh", "10m", "--stale-after", "5m"],
            "error: --stale-after: \"5m\" is shorter than --refresh (\"10m\")",
        ),
        (&["--src", src, "--refresh", "5"], "error: --refresh: \"5\" is not a duration"),
    ];
    for (args, reason) in refused {
        let output = run(&[&["render"], args].concat());
        assert_eq!(output.status.code(), Some(2), "{args:?}: usage errors exit 2");
        let said = String::from_utf8(output.stderr).unwrap();
        assert!(said.starts_with(reason), "{args:?}: {said}");
        assert!(said.contains("For more information, try '--help'."), "{said}");
    }
}

#[test]
fn a_dataset_with_errors_exits_1_and_names_its_file() {
    let bad = std::env::temp_dir().join(format!("claims-card-bad-{}.json", std::process::id()));
    std::fs::write(&bad, "{\"format_version\": 2}").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_claims-card")).args(["validate"]).arg(&bad).output().unwrap();
    std::fs::remove_file(&bad).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8(output.stderr).unwrap();
    assert!(said.starts_with(&format!("{}: ", bad.display())), "{said}");
    assert!(said.ends_with("1 of 1 files have errors\n"), "{said}");
}

#[test]
fn output_cut_short_by_its_reader_is_no_panic() {
    use std::io::Read;
    use std::process::Stdio;
    // A plain form far longer than a pipe holds (64 KB): 400 breakdown figures.
    let example = format!("{}/../../data/examples/example-competing-claims.json", env!("CARGO_MANIFEST_DIR"));
    let mut document: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(example).unwrap()).unwrap();
    let claim = document["claims"][0].clone();
    let claims = document["claims"].as_array_mut().unwrap();
    for index in 0..400 {
        let mut breakdown = claim.clone();
        breakdown["id"] = serde_json::json!(format!("breakdown-{index}"));
        breakdown["headline"] = serde_json::json!(false);
        breakdown["figure"]["value"] = serde_json::json!(index + 1);
        claims.push(breakdown);
    }
    let file = std::env::temp_dir().join(format!("claims-card-long-{}.json", std::process::id()));
    std::fs::write(&file, document.to_string()).unwrap();
    // `claims-card render … | head -c 16`: the reader leaves after a few bytes.
    let mut child = Command::new(env!("CARGO_BIN_EXE_claims-card"))
        .args(["render", "--format", "plain-html"])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    let mut stdout = child.stdout.take().unwrap();
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    std::fs::remove_file(&file).unwrap();
    let said = String::from_utf8(output.stderr).unwrap();
    assert!(!said.contains("panicked"), "{said}");
}

/// A voice reads an alt attribute in one language: the command says which texts the dataset has not
/// translated into the one asked for, and still writes the alt text.
#[test]
fn alt_text_in_mixed_languages_is_a_warning_not_a_failure() {
    let example = format!("{}/../../data/examples/example-competing-claims.json", env!("CARGO_MANIFEST_DIR"));
    let run = |lang: &str, file: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_claims-card"));
        command.args(["render", "--format", "alt", "--lang", lang]);
        command.args(file);
        command.output().unwrap()
    };
    // Its title is English only; its parties and claimants are in Russian too.
    let output = run("ru", Some(&example));
    assert_eq!(output.status.code(), Some(0));
    let said = String::from_utf8(output.stderr).unwrap();
    assert_eq!(said, "warning: the alt text mixes languages: the title is in English (translate \"title\" into ru)\n");
    assert!(String::from_utf8(output.stdout).unwrap().starts_with("Example: claimed losses"));
    // The seed is translated throughout; an English alt text of an English dataset mixes nothing.
    for output in [run("ru", None), run("en", Some(&example))] {
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    }
}

#[test]
fn the_heading_level_goes_on_snippets_and_plain_forms_and_nowhere_it_cannot_apply() {
    let snippet = common::claims_card(&["render", "--heading-level", "3"]).unwrap();
    assert!(snippet.starts_with("<claims-card lang=\"en\" data-heading-level=\"3\">"), "{snippet}");
    assert!(snippet.contains("<h3 id=\"cc-title\" class=\"title\">") && !snippet.contains("<h2"), "{snippet}");
    let plain = common::claims_card(&["render", "--format", "plain-html", "--heading-level", "4"]).unwrap();
    assert!(plain.contains("<h4>Claimed losses") && !plain.contains("<h2") && !plain.contains("<h3"), "{plain}");
    let refused: [(&[&str], &str); 3] = [
        (&["--heading-level", "5"], "error: invalid value '5' for '--heading-level <N>': 1, 2, 3 or 4"),
        (
            &["--format", "iframe", "--asset-base", "https://cards.example.org/", "--heading-level", "3"],
            "error: --heading-level is for --format snippet or plain-html",
        ),
        (&["--format", "alt", "--heading-level", "3"], "error: --heading-level is for frames and snippets"),
    ];
    for (args, reason) in refused {
        let said = common::claims_card(&[&["render"], args].concat()).unwrap_err();
        assert!(said.starts_with(reason), "{args:?}: {said}");
    }
}
