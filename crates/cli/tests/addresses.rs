//! Every option that takes an address (`--asset-base`, `--src`, `--image-url`) is read once, by the URL
//! standard, as a browser will read it (crates/publish/src/page_url.rs): a value a browser would load from
//! another host than it seems to name is refused, with an error naming the option (`error: --src …`,
//! as clap words its own), and valid addresses print as they always have. And `csp` names this
//! release's exact files (release.json) unless asked for the whole folder (src/csp.rs).

mod common;

use std::path::PathBuf;

/// Values that look like a path or an address on one host, and that browsers read as another host
/// (`evil.example`), or as no web address at all.
const TRICKS: [&str; 14] = [
    "/\\evil.example/",
    "\\\\evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "https:evil.example/",
    "https:/evil.example/",
    "https:///evil.example/",
    "https://\\evil.example/",
    "https://trusted.example@evil.example/",
    "javascript:alert(1)//",
    "data:text/javascript,alert(1)//",
    "evil.example/claims-card/",
];

#[test]
fn asset_base_refuses_every_trick_and_names_itself() {
    for trick in TRICKS {
        for command in [&["render"][..], &["render", "--format", "plain-html"], &["csp", "--whole-folder"]] {
            let mut args = command.to_vec();
            args.extend(["--asset-base", trick]);
            let error = common::claims_card(&args).expect_err(&format!("{args:?} was accepted"));
            assert!(error.starts_with("error: --asset-base "), "{args:?}: {error}");
        }
    }
    // The one the issue names: taken for a same-site path, it printed a script tag Chromium loads
    // from another host, and `csp` said 'self'.
    let error = common::claims_card(&["render", "--asset-base", "/\\evil.example/"]).unwrap_err();
    assert!(error.contains("is not a path on this site") && error.contains("\"evil.example\""), "{error}");
    let error = common::claims_card(&["csp", "--whole-folder", "--asset-base", "/\\evil.example/"]).unwrap_err();
    assert!(error.starts_with("error: --asset-base "), "{error}");
}

#[test]
fn src_and_image_url_refuse_every_trick_and_name_themselves() {
    for trick in TRICKS {
        let cases: [(&[&str], &str); 4] = [
            (&["render", "--src", trick], "error: --src "),
            (&["render", "--format", "plain-html", "--src", trick], "error: --src "),
            (&["csp", "--whole-folder", "--src", trick], "error: --src "),
            (&["render", "--format", "img", "--image-url", trick], "error: --image-url "),
        ];
        for (args, option) in cases {
            let error = common::claims_card(args).expect_err(&format!("{args:?} was accepted"));
            assert!(error.starts_with(option), "{args:?}: {error}");
        }
        // A frame's options: absolute http(s) only, with the same reading.
        let args = ["render", "--format", "iframe", "--asset-base", trick];
        assert!(common::claims_card(&args).unwrap_err().starts_with("error: --asset-base "), "{args:?}");
        let args = ["render", "--format", "iframe", "--asset-base", "https://cdn.example.org/cc/", "--src", trick];
        assert!(common::claims_card(&args).unwrap_err().starts_with("error: --src "), "{args:?}");
    }
}

#[test]
fn a_long_refused_address_is_not_echoed_whole() {
    let long = format!("/\\evil.example/{}", "a".repeat(100_000));
    let error = common::claims_card(&["render", "--asset-base", &long]).unwrap_err();
    assert!(error.len() < 400, "{} characters", error.len());
    // A path, where a frame needs an absolute address.
    let long = format!("/{}", "a".repeat(100_000));
    for args in [
        vec!["render", "--format", "iframe", "--asset-base", &long],
        vec!["render", "--format", "iframe", "--asset-base", "https://cdn.example.org/cc/", "--src", &long],
    ] {
        let error = common::claims_card(&args).unwrap_err();
        assert!(error.len() < 400, "{} characters", error.len());
    }
}

#[test]
fn valid_addresses_print_as_before() {
    let snippet = common::claims_card(&["render", "--asset-base", "/static/cc", "--src", "/data/nk.json?v=2"]).unwrap();
    assert!(snippet.contains(" src=\"/data/nk.json?v=2\""));
    assert!(snippet.contains("<script type=\"module\" src=\"/static/cc/embed.js\"></script>"));
    let snippet = common::claims_card(&["render", "--asset-base", "https://cdn.example.org/cc"]).unwrap();
    assert!(snippet.contains("src=\"https://cdn.example.org/cc/embed.js\""));
    let img =
        common::claims_card(&["render", "--format", "img", "--image-url", "https://img.example.org/c.png?v=1&x=2"]);
    assert!(img.unwrap().contains("src=\"https://img.example.org/c.png?v=1&amp;x=2\""));
    // Percent-encoded slashes are a path on the site: no browser makes them a host.
    let snippet = common::claims_card(&["render", "--asset-base", "/%2F%2Fevil.example/"]).unwrap();
    assert!(snippet.contains("src=\"/%2F%2Fevil.example/embed.js\""));
}

/// A release.json as `trunk build --release` writes it (scripts/post-build/release.mjs), in a file of
/// this test's own.
fn release_file(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("claims-card-{}-{name}.json", std::process::id()));
    let json = serde_json::json!({
        "version": "0.1.0",
        "latest": "embed.js",
        "pinned": "embed-0011223344556677.js",
        "glue": "claims-card-8c2f.js",
        "wasm": "claims-card-8c2f_bg.wasm",
        "frame_data_origins": ["self"],
        "files": []
    });
    std::fs::write(&path, json.to_string()).unwrap();
    path
}

#[test]
fn csp_names_the_exact_files_of_the_release() {
    let release = release_file("exact");
    let cdn = "https://cdn.example.org/claims-card";
    let policy = common::claims_card(&[
        "csp",
        "--asset-base",
        &format!("{cdn}/"),
        "--release",
        release.to_str().unwrap(),
        "--src",
        "https://data.example.org/nk.json",
        "--client-rendered",
    ])
    .unwrap();
    assert_eq!(
        policy.trim(),
        format!(
            "script-src {cdn}/embed.js {cdn}/embed-0011223344556677.js {cdn}/claims-card-8c2f.js 'wasm-unsafe-eval'; \
             connect-src {cdn}/claims-card-8c2f_bg.wasm https://data.example.org/nk.json"
        )
    );
    // Not the folder: an injected tag cannot load the workbench or frame.js into the article.
    assert!(!policy.contains(&format!("{cdn}/ ")), "{policy}");
    let folder =
        common::claims_card(&["csp", "--asset-base", &format!("{cdn}/"), "--whole-folder", "--client-rendered"]);
    assert_eq!(folder.unwrap().trim(), format!("script-src {cdn}/ 'wasm-unsafe-eval'; connect-src {cdn}/"));
    std::fs::remove_file(release).unwrap();
}

#[test]
fn csp_without_the_release_says_what_to_give() {
    let error = common::claims_card(&[
        "csp",
        "--asset-base",
        "https://cdn.example.org/cc/",
        "--release",
        "/nonexistent/release.json",
    ])
    .unwrap_err();
    assert!(error.starts_with("--release /nonexistent/release.json: cannot read"), "{error}");
    assert!(error.contains("--whole-folder"), "{error}");
    let release = release_file("both");
    let error = common::claims_card(&["csp", "--whole-folder", "--release", release.to_str().unwrap()]).unwrap_err();
    assert!(error.contains("'--whole-folder' cannot be used with '--release <FILE>'"), "{error}");
    std::fs::remove_file(release).unwrap();
}
