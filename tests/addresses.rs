//! Every option that takes an address (`--asset-base`, `--src`, `--image-url`) is read once, by the URL
//! standard, as a browser will read it (src/render/page_url.rs): a value a browser would load from
//! another host than it seems to name is refused, with an error naming the option, and valid
//! addresses print as they always have.

use std::process::Command;

/// `claims-card ARGS…`: what it prints, or what it says on failure.
fn claims_card(args: &[&str]) -> Result<String, String> {
    let output = Command::new(env!("CARGO_BIN_EXE_claims-card")).args(args).output().unwrap();
    if output.status.success() {
        Ok(String::from_utf8(output.stdout).unwrap())
    } else {
        Err(String::from_utf8(output.stderr).unwrap())
    }
}

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
        for command in [&["render"][..], &["render", "--format", "plain-html"], &["csp"]] {
            let mut args = command.to_vec();
            args.extend(["--asset-base", trick]);
            let error = claims_card(&args).expect_err(&format!("{args:?} was accepted"));
            assert!(error.starts_with("--asset-base "), "{args:?}: {error}");
        }
    }
    // The one the issue names: taken for a same-site path, it printed a script tag Chromium loads
    // from another host, and `csp` said 'self'.
    let error = claims_card(&["render", "--asset-base", "/\\evil.example/"]).unwrap_err();
    assert!(error.contains("is not a path on this site") && error.contains("\"evil.example\""), "{error}");
    let error = claims_card(&["csp", "--asset-base", "/\\evil.example/"]).unwrap_err();
    assert!(error.starts_with("--asset-base "), "{error}");
}

#[test]
fn src_and_image_url_refuse_every_trick_and_name_themselves() {
    for trick in TRICKS {
        let cases: [(&[&str], &str); 4] = [
            (&["render", "--src", trick], "--src "),
            (&["render", "--format", "plain-html", "--src", trick], "--src "),
            (&["csp", "--src", trick], "--src "),
            (&["render", "--format", "img", "--image-url", trick], "--image-url "),
        ];
        for (args, option) in cases {
            let error = claims_card(args).expect_err(&format!("{args:?} was accepted"));
            assert!(error.starts_with(option), "{args:?}: {error}");
        }
        // A frame's options: absolute http(s) only, with the same reading.
        let args = ["render", "--format", "iframe", "--asset-base", trick];
        assert!(claims_card(&args).unwrap_err().starts_with("--asset-base"), "{args:?}");
        let args = ["render", "--format", "iframe", "--asset-base", "https://cdn.example.org/cc/", "--src", trick];
        assert!(claims_card(&args).unwrap_err().starts_with("--src"), "{args:?}");
    }
}

#[test]
fn a_long_refused_address_is_not_echoed_whole() {
    let long = format!("/\\evil.example/{}", "a".repeat(100_000));
    let error = claims_card(&["render", "--asset-base", &long]).unwrap_err();
    assert!(error.len() < 400, "{} characters", error.len());
}

#[test]
fn valid_addresses_print_as_before() {
    let snippet = claims_card(&["render", "--asset-base", "/static/cc", "--src", "/data/nk.json?v=2"]).unwrap();
    assert!(snippet.contains(" src=\"/data/nk.json?v=2\""));
    assert!(snippet.contains("<script type=\"module\" src=\"/static/cc/embed.js\"></script>"));
    let snippet = claims_card(&["render", "--asset-base", "https://cdn.example.org/cc"]).unwrap();
    assert!(snippet.contains("src=\"https://cdn.example.org/cc/embed.js\""));
    let img = claims_card(&["render", "--format", "img", "--image-url", "https://img.example.org/c.png?v=1&x=2"]);
    assert!(img.unwrap().contains("src=\"https://img.example.org/c.png?v=1&amp;x=2\""));
    // Percent-encoded slashes are a path on the site: no browser makes them a host.
    let snippet = claims_card(&["render", "--asset-base", "/%2F%2Fevil.example/"]).unwrap();
    assert!(snippet.contains("src=\"/%2F%2Fevil.example/embed.js\""));
}
