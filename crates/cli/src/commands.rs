//! The commands and their options, read from the command line.

use claims_card_view::words::LocaleWords;
use std::process::ExitCode;
use std::rc::Rc;

use crate::csp::{self, AssetSources, CspOptions, ReleaseFiles};
use crate::image::{self, ImageOptions};
use claims_card_data::dataset::{Dataset, SEED_JSON};
use claims_card_publish::frame::{self, DataAddress, FrameBase, FrameOptions, Theme};
use claims_card_publish::{plain_html, snippet, AssetBase, PageUrl, SnippetOptions};
use claims_card_view::words::Locale;

const USAGE: &str = "\
usage:
  claims-card render [DATA.json] [--lang LANG] [--asset-base URL] [--src URL]
  Prints the snippet to paste into a page: the server-rendered card, its data and the script tag.
  With no DATA.json, renders the seed dataset. LANG: en. --asset-base: where embed.js is served
  (default ./). --src: where the card fetches its current data on load, replacing the snapshot.
  --format snippet (the default) | plain-html: the figures as plain HTML that CMS sanitizers keep
  (WordPress authors, Drupal Basic HTML, rich-text editors, newsletters); with --src it is a
  <div data-claims-card data-src=URL> that embed.js, where the page has it, draws as the card.
  claims-card render [DATA.json] --format iframe|amp|oembed --asset-base URL [--src URL] [--lang LANG]
                 [--theme light|dark] [--height PX] [--width PX]
  Prints the card in a frame of its own: frame.html from --asset-base (an absolute http(s) URL),
  showing the dataset at --src (an absolute http(s) URL; without it, the seed).
  iframe: the iframe and the script that fits it to the card's height, to paste into a page.
  amp: the <amp-iframe resizable> for AMP pages (--asset-base must be https).
  oembed: the oEmbed document (type rich, its html the iframe form) to publish beside the data.
  The frame's title is DATA.json's title (the seed's without --src), else a generic one.
  --height: before the card reports its own (default 1100); --width: for oEmbed and AMP's
  first layout (default 640 for oembed, 360 for amp).
  claims-card render [DATA.json] --format svg|png|alt|img [--lang LANG] [--theme light|dark]
                 [--width PX] [--scale N] [--out FILE] [--image-url URL]
  The card as a static image, for channels where no script runs (newsletters, RSS, social
  cards), drawn with the bundled DejaVu fonts: the same bytes on every machine.
  svg: the SVG document; png: the PNG (to --out FILE, or stdout); alt: its alt text, every
  figure with its claimant, date and outlet; img: <img src=--image-url alt=… width height>.
  --width: CSS pixels, 280 to 2400 (default 640); --scale: PNG pixels per CSS pixel, 1 to 4
  (default 1); --theme: the card's light (default) or dark colours.
  claims-card validate FILE...
  Checks each dataset and prints every error with its JSON path. Exits 1 if any file has an error.
  claims-card csp [--asset-base URL] [--src URL]... [--client-rendered] [--release FILE | --whole-folder]
  claims-card csp --frame --asset-base URL [--whole-folder]
  Prints the Content-Security-Policy directives a page with the card needs, as one header value.
  Add each source to your policy's directive of that name (a directive your policy lacks starts
  as a copy of its default-src). --asset-base and --src as for render (--src once per dataset);
  --client-rendered: the page has no server-rendered snippet, so it needs no style-src.
  The policy names this release's exact files (embed.js, its pinned twin, the JS glue, the wasm),
  read from --release FILE (default dist/release.json, which trunk build --release writes);
  --whole-folder allows the whole asset folder instead (for pages that follow the stable
  embed.js across releases; it also allows the folder's other files, the workbench's too).
  --frame: the page holds the card in a frame (render --format iframe): frame-src for
  frame.html (the folder with --whole-folder) and the hash of the script pasted with the iframe.
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

/// Where `trunk build --release` writes the release's manifest, which `csp` reads its file names from.
const DEFAULT_RELEASE: &str = "dist/release.json";

pub fn run(args: Vec<String>) -> ExitCode {
    let result = match args.first().map(String::as_str) {
        Some("render") => render(&args[1..]),
        Some("validate") => validate(&args[1..]),
        Some("csp") => policy(&args[1..]),
        Some("schema") => {
            print!("{}", claims_card_data::format::schema_json());
            Ok(())
        }
        Some("code-version") => {
            println!("{}", claims_card_view::card::CODE_VERSION);
            Ok(())
        }
        // For the build (scripts/trunk-post-build.mjs), which writes it into embed.js.
        Some("loader-contract") => {
            println!("{}", claims_card_view::loader_contract::to_json());
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

/// What `render` prints: the snippet, or one of the forms that show the card in a frame.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Snippet,
    PlainHtml,
    Frame(FrameForm),
    Image(ImageForm),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ImageForm {
    Svg,
    Png,
    Alt,
    Img,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FrameForm {
    Iframe,
    Amp,
    Oembed,
}

fn render(args: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut format = Format::Snippet;
    let mut locale = Locale::default();
    let (mut asset_base, mut src, mut theme, mut height, mut width) = (None, None, None, None, None);
    let (mut scale, mut out, mut image_url) = (None, None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let tag = args.next().ok_or("--lang needs a language, such as en")?;
                locale = Locale::from_tag(tag).ok_or_else(|| format!("--lang: the card does not speak \"{tag}\""))?;
            }
            "--asset-base" => {
                let base =
                    args.next().ok_or("--asset-base needs a URL, such as https://cdn.example.org/claims-card/")?;
                asset_base = Some(base.clone());
            }
            "--src" => src = Some(args.next().ok_or("--src needs the URL of the live dataset")?.clone()),
            "--format" => {
                format = match args.next().map(String::as_str) {
                    Some("snippet") => Format::Snippet,
                    Some("plain-html") => Format::PlainHtml,
                    Some("iframe") => Format::Frame(FrameForm::Iframe),
                    Some("amp") => Format::Frame(FrameForm::Amp),
                    Some("oembed") => Format::Frame(FrameForm::Oembed),
                    Some("svg") => Format::Image(ImageForm::Svg),
                    Some("png") => Format::Image(ImageForm::Png),
                    Some("alt") => Format::Image(ImageForm::Alt),
                    Some("img") => Format::Image(ImageForm::Img),
                    _ => {
                        return Err("--format needs one of snippet, plain-html, iframe, amp, oembed, \
                                    svg, png, alt, img"
                            .into())
                    }
                }
            }
            "--theme" => theme = Some(Theme::parse(args.next().ok_or("--theme needs light or dark")?)?),
            "--height" => height = Some(pixels("--height", args.next())?),
            "--width" => width = Some(pixels("--width", args.next())?),
            "--scale" => {
                let value = args.next().and_then(|value| value.parse::<f32>().ok());
                scale = Some(
                    value
                        .filter(|scale| image::SCALES.contains(scale))
                        .ok_or("--scale needs a number from 1 to 4, such as 2")?,
                );
            }
            "--out" => out = Some(args.next().ok_or("--out needs a file to write")?.clone()),
            "--image-url" => {
                let url = args.next().ok_or("--image-url needs the address the image is served from")?;
                image_url = Some(PageUrl::parse(url).map_err(|reason| format!("--image-url {reason}"))?);
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
    let image_only = scale.is_some() || out.is_some() || image_url.is_some();
    if let Format::Image(form) = format {
        if height.is_some() || asset_base.is_some() || src.is_some() {
            return Err("--height, --asset-base and --src are not for the static image".into());
        }
        let width = width.unwrap_or(image::DEFAULT_WIDTH);
        if !image::WIDTHS.contains(&width) {
            return Err("--width: the image is 280 to 2400 pixels wide".into());
        }
        let options = ImageOptions { locale, theme: theme.unwrap_or(Theme::Light), width, scale: scale.unwrap_or(1.0) };
        if out.is_some() && form != ImageForm::Png {
            return Err("--out is for --format png".into());
        }
        return match form {
            ImageForm::Svg => {
                print!("{}", image::card_svg(&dataset, &options).svg);
                Ok(())
            }
            ImageForm::Alt => {
                println!("{}", image::alt_text(&dataset, locale).join("\n"));
                Ok(())
            }
            ImageForm::Img => {
                let url = image_url.ok_or("--format img needs --image-url: where the PNG is served")?;
                print!("{}", image::img_tag(&dataset, &options, &url));
                Ok(())
            }
            ImageForm::Png => {
                let png = image::card_png(&dataset, &options)?;
                match &out {
                    Some(path) => std::fs::write(path, &png).map_err(|error| format!("{path}: {error}")),
                    None => {
                        use std::io::Write;
                        std::io::stdout().write_all(&png).map_err(|error| format!("writing the PNG: {error}"))
                    }
                }
            }
        };
    }
    if image_only {
        return Err("--scale, --out and --image-url are for --format svg, png, alt or img".into());
    }
    let Format::Frame(form) = format else {
        if theme.is_some() || height.is_some() || width.is_some() {
            return Err("--theme, --height and --width are for --format iframe, amp, oembed (and --theme, --width for svg, png, img)".into());
        }
        let mut options = SnippetOptions { locale, ..SnippetOptions::default() };
        if let Some(base) = &asset_base {
            options.asset_base = AssetBase::parse(base)?;
        }
        if let Some(src) = &src {
            options.live_data = Some(PageUrl::parse(src).map_err(|reason| format!("--src {reason}"))?);
        }
        match format {
            Format::PlainHtml => print!("{}", plain_html(&dataset, locale, options.live_data.as_ref())),
            _ => print!("{}", snippet(Rc::new(dataset), &json, &options)),
        }
        return Ok(());
    };
    let base = asset_base.ok_or("a frame needs --asset-base: where frame.html is served, https://…/")?;
    // The frame shows the dataset at --src; the title can only be its title when that is the file read.
    let title = match (&file, &src) {
        (None, Some(_)) => locale.words().frame_title.to_owned(),
        _ => dataset.title.get(locale).to_owned(),
    };
    let options = FrameOptions {
        asset_base: FrameBase::parse(&base)?,
        live_data: src.as_deref().map(DataAddress::parse).transpose()?,
        locale,
        theme,
        title,
        height: height.unwrap_or(1100),
        width: width.unwrap_or(if form == FrameForm::Amp { 360 } else { 640 }),
    };
    // Printed all the same: the release on the asset host may list more than this build does.
    if let Some(warning) = frame::refused_data_origin(&options) {
        eprintln!("warning: {warning}");
    }
    match form {
        FrameForm::Iframe => print!("{}", frame::iframe_snippet(&options)),
        FrameForm::Amp => print!("{}", frame::amp_snippet(&options)?),
        FrameForm::Oembed => print!("{}", frame::oembed_document(&options)),
    }
    Ok(())
}

/// A size in CSS pixels: a whole number from 100 to 100,000.
fn pixels(flag: &str, value: Option<&String>) -> Result<u32, String> {
    value
        .and_then(|value| value.parse::<u32>().ok())
        .filter(|pixels| (100..=100_000).contains(pixels))
        .ok_or_else(|| format!("{flag} needs a whole number of pixels from 100 to 100000"))
}

fn policy(args: &[String]) -> Result<(), String> {
    let mut options = CspOptions { snippet_style: true, ..CspOptions::default() };
    let (mut framed, mut whole_folder) = (false, false);
    let mut release = None;
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
            "--frame" => framed = true,
            "--whole-folder" => whole_folder = true,
            "--release" => release = Some(args.next().ok_or("--release needs the release's release.json")?.clone()),
            other => return Err(format!("csp: unknown argument {other}\n\n{USAGE}")),
        }
    }
    if framed {
        println!("{}", csp::frame_policy(&options.asset_base, whole_folder));
        return Ok(());
    }
    if whole_folder && release.is_some() {
        return Err("csp: --whole-folder allows the folder; --release names exact files: give one".into());
    }
    if !whole_folder {
        let path = release.as_deref().unwrap_or(DEFAULT_RELEASE);
        let json = std::fs::read_to_string(path).map_err(|error| {
            format!(
                "--release {path}: cannot read: {error}\n(the policy names this release's exact files, from the \
                 release.json that `trunk build --release` writes; or give --whole-folder to allow the asset folder)"
            )
        })?;
        let files = ReleaseFiles::from_manifest(&json).map_err(|reason| format!("--release {path} {reason}"))?;
        options.assets = AssetSources::Files(files);
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
                    println!("{path}: note: {}", claims_card_data::dataset::UPGRADE_NOTE);
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
