//! The card in a frame of its own (src/render/frame.rs): the editors' iframe, AMP's amp-iframe and
//! the oEmbed document, as `claims-card render --format …` prints them. Their addresses are safe in
//! an attribute, only http(s) is accepted, and the oEmbed document is what oembed.com asks for. The
//! browser side (the frame, its messages, the parent script) is tests/browser/frame.test.mjs.

mod common;

use claims_card_view::words::LocaleWords;
use std::process::Command;

use claims_card_cli::csp::{frame_policy, parent_script_hash};
use claims_card_publish::frame::{
    amp_snippet, frame_address, iframe_snippet, oembed_document, DataAddress, FrameBase, FrameOptions, Theme,
    FRAME_MARK, PARENT_SCRIPT, SANDBOX,
};
use claims_card_publish::AssetBase;
use claims_card_view::refresh::RefreshAttributes;
use claims_card_view::words::Locale;
use serde_json::Value;

fn options(src: Option<&str>) -> FrameOptions {
    FrameOptions {
        asset_base: FrameBase::parse("https://cdn.example.org/cc").unwrap(),
        live_data: src.map(|src| DataAddress::parse(src).unwrap()),
        refresh: None,
        locale: Locale::En,
        theme: None,
        title: "Claimed losses".into(),
        height: 1100,
        width: 640,
    }
}

/// The value of `name="…"` on the first tag `tag` in `html`, as an attribute parser reads it back.
fn attribute(html: &str, tag: &str, name: &str) -> String {
    let start = html.find(&format!("<{tag} ")).unwrap_or_else(|| panic!("no <{tag}> in {html}"));
    let open = &html[start..start + html[start..].find('>').unwrap()];
    let value_start =
        open.find(&format!(" {name}=\"")).unwrap_or_else(|| panic!("no {name} in {open}")) + name.len() + 3;
    let value = &open[value_start..value_start + open[value_start..].find('"').unwrap()];
    value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

#[test]
fn the_iframe_points_at_frame_html_with_the_data_and_language_in_its_query() {
    let mut options = options(Some("https://data.example.org/nk.json?v=2&x=\u{e9}"));
    options.locale = Locale::Ru;
    options.theme = Some(Theme::Dark);
    let html = iframe_snippet(&options);
    let src = attribute(&html, "iframe", "src");
    assert_eq!(src, "https://cdn.example.org/cc/frame.html?src=https%3A%2F%2Fdata.example.org%2Fnk.json%3Fv%3D2%26x%3D%C3%A9&lang=ru&theme=dark");
    assert_eq!(src, frame_address(&options));
    // The one `&` between parameters is escaped in the attribute.
    assert!(html.contains(
        "frame.html?src=https%3A%2F%2Fdata.example.org%2Fnk.json%3Fv%3D2%26x%3D%C3%A9&amp;lang=ru&amp;theme=dark\""
    ));
    assert_eq!(attribute(&html, "iframe", "sandbox"), SANDBOX);
    assert!(!SANDBOX.contains("allow-same-origin"));
    assert_eq!(attribute(&html, "iframe", "title"), "Claimed losses");
    assert_eq!(attribute(&html, "iframe", "height"), "1100");
    assert_eq!(attribute(&html, "iframe", "loading"), "lazy");
    // No style attribute: a host CSP without 'unsafe-inline' styles refuses those.
    assert!(!html.contains("style="));
    assert!(html.starts_with("<div class=\"claims-card-frame\"><iframe "));
    assert!(html.ends_with(&format!("<script>{PARENT_SCRIPT}</script></div>\n")));
}

#[test]
fn a_live_frame_passes_its_refresh_in_the_address_for_frame_js_to_put_on_the_card() {
    let mut options = options(Some("https://cdn.example.org/data/nk.json"));
    options.refresh = Some(RefreshAttributes::published("5m", Some("30m")).unwrap());
    assert_eq!(
        frame_address(&options),
        "https://cdn.example.org/cc/frame.html?src=https%3A%2F%2Fcdn.example.org%2Fdata%2Fnk.json&refresh=5m&stale-after=30m&lang=en"
    );
    options.refresh = Some(RefreshAttributes::published("1h", None).unwrap());
    assert!(frame_address(&options).ends_with("nk.json&refresh=1h&lang=en"));
    // The seed is no live data: nothing to re-read.
    let mut seed = self::options(None);
    seed.refresh = options.refresh;
    assert_eq!(frame_address(&seed), "https://cdn.example.org/cc/frame.html?seed&lang=en");
    let cdn = "https://cdn.example.org/cc/";
    let iframe = common::claims_card(&[
        "render",
        "--format",
        "iframe",
        "--asset-base",
        cdn,
        "--src",
        "https://cdn.example.org/data/nk.json",
        "--refresh",
        "15m",
    ])
    .unwrap();
    assert!(attribute(&iframe, "iframe", "src").ends_with("nk.json&refresh=15m&lang=en"), "{iframe}");
}

#[test]
fn no_src_asks_for_the_seed_in_the_address_and_the_title_is_escaped() {
    let mut options = options(None);
    options.title = "\"><script>alert(1)</script>&copy;".into();
    let html = iframe_snippet(&options);
    assert_eq!(attribute(&html, "iframe", "src"), "https://cdn.example.org/cc/frame.html?seed&lang=en");
    assert_eq!(attribute(&html, "iframe", "title"), "\"><script>alert(1)</script>&copy;");
    assert_eq!(html.matches("<script>").count(), 1, "the title cannot open a script");
}

#[test]
fn a_frame_takes_only_absolute_http_urls() {
    for base in
        ["./", "/claims-card/", "javascript:alert(1)//", "//cdn.example.org/", "data:,x", "ftp://cdn.example.org/"]
    {
        assert!(FrameBase::parse(base).is_err(), "--asset-base {base} was accepted");
    }
    for src in [
        "/data/nk.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "https://x.org/\"onload=\"x",
        "file:///etc/passwd",
    ] {
        assert!(DataAddress::parse(src).is_err(), "--src {src} was accepted");
    }
    assert!(FrameBase::parse("http://cdn.example.org/cc/").is_ok());
    assert!(DataAddress::parse("http://data.example.org/nk.json").is_ok());
}

#[test]
fn the_parent_script_checks_the_source_window_and_the_origin() {
    assert!(PARENT_SCRIPT.contains("e.source!==f.contentWindow"));
    assert!(PARENT_SCRIPT.contains("e.origin===o"));
    assert!(PARENT_SCRIPT
        .contains(r#"e.origin==="null"&&f.hasAttribute("sandbox")&&!f.sandbox.contains("allow-same-origin")"#));
    assert!(!PARENT_SCRIPT.contains("</"), "the script cannot end its element");
    let hash = parent_script_hash();
    assert!(hash.starts_with("'sha256-") && hash.ends_with("='"), "{hash}");
    let base = AssetBase::parse("https://cdn.example.org/cc/").unwrap();
    assert_eq!(
        frame_policy(&base, false),
        format!("frame-src https://cdn.example.org/cc/frame.html; script-src {hash}")
    );
    assert_eq!(
        common::claims_card(&["csp", "--frame", "--asset-base", "https://cdn.example.org/cc/"]).unwrap().trim(),
        frame_policy(&base, false)
    );
    assert_eq!(
        common::claims_card(&["csp", "--frame", "--whole-folder", "--asset-base", "https://cdn.example.org/cc/"])
            .unwrap()
            .trim(),
        format!("frame-src https://cdn.example.org/cc/; script-src {hash}")
    );
}

#[test]
fn the_parent_script_finds_its_iframe_by_the_mark_the_snippet_writes() {
    let html = iframe_snippet(&options(Some("https://data.example.org/nk.json")));
    assert!(html.contains(&format!("<iframe {FRAME_MARK} src=")), "{html}");
    assert!(PARENT_SCRIPT.contains(&format!("iframe[{FRAME_MARK}]")));
    // Never the first iframe of its parent, which may be an ad's once a CMS moves things.
    assert!(!PARENT_SCRIPT.contains("parentElement"));
}

#[test]
fn the_amp_form_is_a_resizable_amp_iframe_with_its_overflow_button() {
    let mut options = options(Some("https://data.example.org/nk.json"));
    options.locale = Locale::Uk;
    options.width = 360;
    let html = amp_snippet(&options).unwrap();
    assert!(html.starts_with("<amp-iframe "));
    for (name, value) in
        [("width", "360"), ("height", "1100"), ("layout", "responsive"), ("frameborder", "0"), ("sandbox", SANDBOX)]
    {
        assert_eq!(attribute(&html, "amp-iframe", name), value, "{name}");
    }
    assert!(html.contains(" resizable "), "{html}");
    assert!(attribute(&html, "amp-iframe", "src").ends_with("&lang=uk"));
    assert!(html.contains("<div overflow tabindex=\"0\" role=\"button\" aria-label=\"Показати всю графіку\">Показати всю графіку</div></amp-iframe>"));

    let mut plain = options;
    plain.asset_base = FrameBase::parse("http://cdn.example.org/cc/").unwrap();
    assert!(amp_snippet(&plain).unwrap_err().to_string().contains("AMP requires the frame on https"));
}

#[test]
fn the_oembed_document_is_rich_json_whose_html_is_the_iframe_form() {
    let options = options(Some("https://data.example.org/nk.json"));
    let document: Value = serde_json::from_str(&oembed_document(&options)).unwrap();
    assert_eq!(document["version"], "1.0");
    assert_eq!(document["type"], "rich");
    assert_eq!(document["width"], 640);
    assert_eq!(document["height"], 1100);
    assert_eq!(document["title"], "Claimed losses");
    assert_eq!(document["provider_name"], "claims-card");
    assert_eq!(document["html"], iframe_snippet(&options).trim_end());
}

#[test]
fn the_command_prints_each_form() {
    let cdn = "https://cdn.example.org/cc/";
    let src = "https://data.example.org/nk.json";
    let iframe =
        common::claims_card(&["render", "--format", "iframe", "--asset-base", cdn, "--src", src, "--lang", "hy"])
            .unwrap();
    assert!(iframe.contains("frame.html?src=https%3A%2F%2Fdata.example.org%2Fnk.json&amp;lang=hy\""));
    // With --src and no data file the command has not read the dataset: the generic title.
    assert_eq!(attribute(&iframe, "iframe", "title"), Locale::Hy.words().frame_title);
    // No --src: the seed, titled as the seed.
    let seed = common::claims_card(&["render", "--format", "iframe", "--asset-base", cdn, "--height", "1400"]).unwrap();
    assert_eq!(attribute(&seed, "iframe", "title"), "Claimed losses in the September 2023 offensive");
    assert_eq!(attribute(&seed, "iframe", "height"), "1400");
    // ... and asked for in the address: frame.html without src or seed is an error card.
    assert!(seed.contains("frame.html?seed&amp;lang=en\""));
    for format in ["amp", "oembed"] {
        let code = common::claims_card(&["render", "--format", format, "--asset-base", cdn]).unwrap();
        assert!(code.contains("frame.html?seed&amp;lang=en"), "{format}: {code}");
    }

    let amp = common::claims_card(&["render", "--format", "amp", "--asset-base", cdn, "--src", src]).unwrap();
    assert_eq!(attribute(&amp, "amp-iframe", "width"), "360");
    assert!(amp.contains("aria-label=\"Show the whole graphic\""));

    let oembed = common::claims_card(&[
        "render",
        "--format",
        "oembed",
        "--asset-base",
        cdn,
        "--src",
        src,
        "--lang",
        "hy",
        "--width",
        "600",
    ])
    .unwrap();
    let document: Value = serde_json::from_str(&oembed).unwrap();
    assert_eq!(document["width"], 600);
    assert_eq!(document["html"], iframe.trim_end());
}

#[test]
fn the_command_refuses_what_a_frame_cannot_use() {
    let cdn = "https://cdn.example.org/cc/";
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/seed.json");
    let refused = [
        // A data file without its address: the frame would show the seed under that file's title.
        (vec!["render", data, "--format", "iframe", "--asset-base", cdn], "add --src https://…/data.json"),
        (vec!["render", "--format", "iframe"], "needs --asset-base"),
        (vec!["render", "--format", "iframe", "--asset-base", "./"], "absolute http(s) URL"),
        (vec!["render", "--format", "iframe", "--asset-base", cdn, "--src", "javascript:alert(1)"], "--src"),
        (vec!["render", "--format", "iframe", "--asset-base", cdn, "--src", "/data/nk.json"], "absolute http(s) URL"),
        (vec!["render", "--format", "amp", "--asset-base", "http://cdn.example.org/cc/"], "https"),
        (
            vec!["render", "--format", "iframe", "--asset-base", cdn, "--height", "12"],
            "'--height <PX>': 12 is not in 100..=100000",
        ),
        (
            vec!["render", "--format", "iframe", "--asset-base", cdn, "--theme", "blue"],
            "[possible values: light, dark]",
        ),
        (vec!["render", "--format", "pdf"], "snippet, plain-html, iframe, amp, oembed"),
        (vec!["render", "--theme", "dark"], "--theme is for --format iframe"),
    ];
    for (args, reason) in refused {
        let error = common::claims_card(&args).expect_err(&format!("{args:?} was accepted"));
        assert!(error.contains(reason), "{args:?}: {error}");
    }
}

#[test]
fn the_command_warns_when_the_frame_will_refuse_the_data() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_claims-card")).args(args).output().unwrap();
    let cdn = "https://cdn.example.org/cc/";
    // frame-data-origins.json as shipped: the asset host only.
    let elsewhere =
        run(&["render", "--format", "iframe", "--asset-base", cdn, "--src", "https://data.example.org/nk.json"]);
    assert!(elsewhere.status.success());
    let warning = String::from_utf8(elsewhere.stderr).unwrap();
    assert!(
        warning.starts_with("warning: --src: frames of this release show data only from the asset host"),
        "{warning}"
    );
    assert!(warning.contains("not https://data.example.org"), "{warning}");
    let own =
        run(&["render", "--format", "iframe", "--asset-base", cdn, "--src", "https://cdn.example.org/data/nk.json"]);
    assert!(own.status.success());
    assert_eq!(String::from_utf8(own.stderr).unwrap(), "");
}
