//! The editors' command line.
//!
//! `claims-card render [DATA.json] [--lang LANG] [--asset-base URL] [--src URL] [--format F]` prints the
//! paste-ready snippet, or (`--format plain-html`) the form for CMSs whose sanitizers strip it;
//! `claims-card validate FILE...` checks datasets and exits non-zero on any error;
//! `claims-card csp [--asset-base URL] [--src URL]... [--client-rendered]` prints the CSP a host needs;
//! `claims-card schema` prints the published JSON Schema, generated from the format's types;
//! `claims-card code-version` prints this build's code version (card/render_key.rs);
//! `claims-card loader-contract` prints what the build writes into the loader (loader_contract.rs).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run(std::env::args().skip(1).collect())
}

// Trunk builds every target of the crate for wasm; the command line only exists natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;
    use std::rc::Rc;

    use claims_card::dataset::{Dataset, SEED_JSON};
    use claims_card::render::csp::{self, CspOptions};
    use claims_card::render::{plain_html, snippet, AssetBase, PageUrl, SnippetOptions};
    use claims_card::words::Locale;

    const USAGE: &str = "\
usage:
  claims-card render [DATA.json] [--lang LANG] [--asset-base URL] [--src URL] [--format FORMAT]
      Prints the snippet to paste into a page: the server-rendered card, its data and the script tag.
      With no DATA.json, renders the seed dataset. LANG: en. --asset-base: where embed.js is served
      (default ./). --src: where the card fetches its current data on load, replacing the snapshot.
      --format snippet (the default) | plain-html: the figures as plain HTML that CMS sanitizers keep
      (WordPress authors, Drupal Basic HTML, rich-text editors, newsletters); with --src it is a
      <div data-claims-card data-src=URL> that embed.js, where the page has it, draws as the card.
  claims-card validate FILE...
      Checks each dataset and prints every error with its JSON path. Exits 1 if any file has an error.
  claims-card csp [--asset-base URL] [--src URL]... [--client-rendered]
      Prints the Content-Security-Policy directives a page with the card needs, as one header value.
      Add each source to your policy's directive of that name (a directive your policy lacks starts
      as a copy of its default-src). --asset-base and --src as for render (--src once per dataset);
      --client-rendered: the page has no server-rendered snippet, so it needs no style-src.
      See docs/SAFETY.md.
  claims-card schema
      Prints the JSON Schema of the data format, generated from the format's types: exactly what
      schema/claims-card.v2.schema.json publishes (tests/schema.rs fails when they differ).
  claims-card code-version
      Prints this build's code version, which render keys start from (src/card/render_key.rs).
  claims-card loader-contract
      Prints, as JSON, what the loader (embed.js) shares with this build: the code version, the
      languages, the card selector, the placeholder's size and the failure message in each language.
      The build writes it into embed.js (src/loader_contract.rs).";

    pub fn run(args: Vec<String>) -> ExitCode {
        let result = match args.first().map(String::as_str) {
            Some("render") => render(&args[1..]),
            Some("validate") => validate(&args[1..]),
            Some("csp") => policy(&args[1..]),
            Some("schema") => {
                print!("{}", claims_card::format::schema_json());
                Ok(())
            }
            Some("code-version") => {
                println!("{}", claims_card::card::CODE_VERSION);
                Ok(())
            }
            // For the build (scripts/trunk-post-build.mjs), which writes it into embed.js.
            Some("loader-contract") => {
                println!("{}", claims_card::loader_contract::to_json());
                Ok(())
            }
            Some("--help" | "-h" | "help") => {
                println!("{USAGE}");
                Ok(())
            }
            _ => Err(USAGE.to_owned()),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        }
    }

    fn render(args: &[String]) -> Result<(), String> {
        let mut file = None;
        let mut options = SnippetOptions::default();
        let mut plain = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--lang" => {
                    let tag = args.next().ok_or("--lang needs a language, such as en")?;
                    options.locale =
                        Locale::from_tag(tag).ok_or_else(|| format!("--lang: the card does not speak \"{tag}\""))?;
                }
                "--asset-base" => {
                    let base =
                        args.next().ok_or("--asset-base needs a URL, such as https://cdn.example.org/claims-card/")?;
                    options.asset_base = AssetBase::parse(base)?;
                }
                "--src" => {
                    let src = args.next().ok_or("--src needs the URL of the live dataset")?;
                    options.live_data = Some(PageUrl::parse(src).map_err(|reason| format!("--src {reason}"))?);
                }
                "--format" => {
                    plain = match args.next().map(String::as_str) {
                        Some("snippet") => false,
                        Some("plain-html") => true,
                        other => return Err(format!("--format: snippet or plain-html, not {other:?}")),
                    };
                }
                flag if flag.starts_with("--") => return Err(format!("unknown option {flag}\n\n{USAGE}")),
                path if file.is_none() => file = Some(path.to_owned()),
                extra => return Err(format!("render takes one data file; also got {extra}")),
            }
        }
        let (name, json) = match &file {
            Some(path) => (path.clone(), read(path)?),
            None => ("the seed dataset".to_owned(), SEED_JSON.to_owned()),
        };
        let dataset = Dataset::from_json(&json).map_err(|error| report(&name, &error.lines()))?;
        if plain {
            print!("{}", plain_html(&dataset, options.locale, options.live_data.as_ref()));
        } else {
            print!("{}", snippet(Rc::new(dataset), &json, &options));
        }
        Ok(())
    }

    fn policy(args: &[String]) -> Result<(), String> {
        let mut options = CspOptions { snippet_style: true, ..CspOptions::default() };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--asset-base" => {
                    let base =
                        args.next().ok_or("--asset-base needs a URL, such as https://cdn.example.org/claims-card/")?;
                    options.asset_base = AssetBase::parse(base)?;
                }
                "--src" => {
                    let src = args.next().ok_or("--src needs the URL of a live dataset")?;
                    options.live_data.push(PageUrl::parse(src).map_err(|reason| format!("--src {reason}"))?);
                }
                "--client-rendered" => options.snippet_style = false,
                other => return Err(format!("csp: unknown argument {other}\n\n{USAGE}")),
            }
        }
        println!("{}", csp::policy(&options));
        Ok(())
    }

    fn validate(files: &[String]) -> Result<(), String> {
        if files.is_empty() {
            return Err(format!("validate needs at least one file\n\n{USAGE}"));
        }
        let mut failed = 0;
        for path in files {
            match read(path).and_then(|json| Dataset::from_json(&json).map_err(|error| report(path, &error.lines()))) {
                Ok(dataset) => {
                    println!("{path}: ok");
                    // Still read, never failed: but a version-1 document cannot say what a claimant is.
                    if dataset.format_version == 1 {
                        println!("{path}: note: {}", claims_card::dataset::UPGRADE_NOTE);
                    }
                }
                Err(message) => {
                    failed += 1;
                    eprintln!("{message}");
                }
            }
        }
        match failed {
            0 => Ok(()),
            n => Err(format!("{n} of {} files have errors", files.len())),
        }
    }

    fn read(path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|error| format!("{path}: cannot read: {error}"))
    }

    /// One line per problem, each starting with the file, as compilers do.
    fn report(name: &str, lines: &[String]) -> String {
        lines.iter().map(|line| format!("{name}: {line}")).collect::<Vec<_>>().join("\n")
    }
}
