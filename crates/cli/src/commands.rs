//! The commands and their options, declared with clap's derive: `claims-card --help`, `claims-card
//! render --help` and `--version` come from these types and their doc comments, and every error
//! names the option it is about.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use claims_card_data::dataset::{Dataset, SEED_JSON, UPGRADE_NOTE};
use claims_card_publish::frame::{self, DataAddress, FrameBase, FrameOptions, Theme};
use claims_card_publish::{plain_html_at, snippet, AddressProblem, AssetBase, PageUrl, SnippetOptions};
use claims_card_view::heading::HeadingLevel;
use claims_card_view::refresh::{RefreshAttributes, REFRESH_ATTRIBUTE, STALE_AFTER_ATTRIBUTE};
use claims_card_view::words::{Locale, LocaleWords};

use crate::csp::{self, AssetSources, CspOptions, ReleaseFiles};
use crate::image::{self, ImageOptions};

/// `print!` that does not panic when whoever reads the output has gone (`claims-card … | head`): the
/// rest of the output is simply not wanted.
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

/// `println!`, likewise.
macro_rules! outln {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// Where `trunk build --release` writes the release's manifest, which `csp` reads its file names from.
const DEFAULT_RELEASE: &str = "dist/release.json";

/// A comparison card of the losses each side claims in a conflict: make the code to paste, check
/// datasets, and print what a page needs.
#[derive(Parser)]
#[command(name = "claims-card", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Prints the code to paste into a page for a dataset (with none, the seed): the server-rendered
    /// snippet, or another form with --format.
    Render(Render),
    /// Checks each dataset and prints every error with its JSON path. Exits 1 if any file has an error.
    Validate {
        /// The datasets to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Prints the Content-Security-Policy directives a page with the card needs, as one header value.
    /// Add each source to your policy's directive of that name (a directive your policy lacks starts
    /// as a copy of its default-src). See docs/SAFETY.md.
    Csp(Policy),
    /// Prints the JSON Schema of the data format, generated from the format's types: exactly what
    /// schema/claims-card.v2.schema.json publishes.
    Schema,
    /// Prints this build's code version, which render keys start from.
    CodeVersion,
    /// Prints, as JSON, what the loader (embed.js) shares with this build; the build writes it into embed.js.
    LoaderContract,
}

#[derive(Args)]
struct Render {
    /// The dataset (JSON). Without it, the seed dataset.
    #[arg(value_name = "DATA.json")]
    data: Option<PathBuf>,
    /// What to print. snippet: the server-rendered card, its data and the script tag. plain-html: the
    /// figures as plain HTML that CMS sanitizers keep (with --src, a <div data-claims-card> that
    /// embed.js draws as the card). iframe, amp, oembed: the card in a frame of its own (frame.html
    /// from --asset-base, an absolute http(s) URL, showing the dataset at --src). svg, png, alt, img:
    /// the card as a static image, its alt text, or its <img>.
    #[arg(long, value_enum, default_value_t = Form::Snippet)]
    format: Form,
    /// The card's language: en, hy, az, ru or uk.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = language)]
    lang: Locale,
    /// Where embed.js (and frame.html) are served. Default ./ for the snippet; a frame needs an
    /// absolute http(s) URL.
    #[arg(long, value_name = "URL")]
    asset_base: Option<String>,
    /// Where the card fetches its current data on load, replacing the pasted snapshot. A frame
    /// (iframe, amp, oembed) without it shows the seed dataset, asked for by `seed` in its address.
    #[arg(long, value_name = "URL")]
    src: Option<String>,
    /// How often the card re-reads --src while it is on screen: a whole number and s, m or h, such as
    /// 5m; at least 1m. Off by default.
    #[arg(long, value_name = "DURATION")]
    refresh: Option<String>,
    /// How long the card may go without reading --src before it says how old its figures are, such
    /// as 30m: at least one --refresh interval (default: three).
    #[arg(long, value_name = "DURATION", requires = "refresh")]
    stale_after: Option<String>,
    /// The level of the card's title in the page's outline, 1 to 4 (default 2: under the article's
    /// <h1>); the measure is one below, each party two below. Snippets and the plain form.
    #[arg(long, value_name = "N", value_parser = heading_level)]
    heading_level: Option<HeadingLevel>,
    /// The card's colours, pinned (frames and images; default: the reader's for frames, light for images).
    #[arg(long, value_enum)]
    theme: Option<ThemeName>,
    /// A frame's height in CSS pixels before the card reports its own (default 1100).
    #[arg(long, value_name = "PX", value_parser = clap::value_parser!(u32).range(100..=100_000))]
    height: Option<u32>,
    /// Width in CSS pixels: a frame's for oEmbed and AMP's first layout (default 640, AMP 360), or the
    /// image's (280 to 2400, default 640).
    #[arg(long, value_name = "PX", value_parser = clap::value_parser!(u32).range(100..=100_000))]
    width: Option<u32>,
    /// PNG pixels per CSS pixel, 1 to 4 (default 1).
    #[arg(long, value_name = "N", value_parser = scale)]
    scale: Option<f32>,
    /// Where to write the PNG (default: standard output).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Where the PNG is served, for --format img.
    #[arg(long, value_name = "URL")]
    image_url: Option<String>,
}

/// `render --format`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Form {
    Snippet,
    PlainHtml,
    Iframe,
    Amp,
    Oembed,
    Svg,
    Png,
    Alt,
    Img,
}

#[derive(Clone, Copy, ValueEnum)]
enum ThemeName {
    Light,
    Dark,
}

impl From<ThemeName> for Theme {
    fn from(name: ThemeName) -> Self {
        match name {
            ThemeName::Light => Theme::Light,
            ThemeName::Dark => Theme::Dark,
        }
    }
}

#[derive(Args)]
struct Policy {
    /// Where embed.js is served (default ./).
    #[arg(long, value_name = "URL")]
    asset_base: Option<String>,
    /// A live dataset a card on the page fetches; once per dataset.
    #[arg(long, value_name = "URL")]
    src: Vec<String>,
    /// The page has no server-rendered snippet, so it needs no style-src.
    #[arg(long)]
    client_rendered: bool,
    /// The page holds the card in a frame (render --format iframe): frame-src for frame.html and the
    /// hash of the script pasted with the iframe.
    #[arg(long)]
    frame: bool,
    /// The release's release.json, which names its exact files (default dist/release.json, which
    /// trunk build --release writes).
    #[arg(long, value_name = "FILE", conflicts_with = "whole_folder")]
    release: Option<PathBuf>,
    /// Allow the whole asset folder instead of this release's files: for pages that follow the stable
    /// embed.js across releases (it also allows the folder's other files, the workbench's too).
    #[arg(long)]
    whole_folder: bool,
}

/// Runs the command line on `args` (without the program's name).
pub fn run(args: Vec<String>) -> ExitCode {
    let cli = match Cli::try_parse_from(std::iter::once("claims-card".to_owned()).chain(args)) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    let result = match cli.command {
        Command::Render(render) => render.run(),
        Command::Validate { files } => validate(&files),
        Command::Csp(policy) => policy.run(),
        Command::Schema => {
            out!("{}", claims_card_data::format::schema_json());
            Ok(())
        }
        Command::CodeVersion => {
            outln!("{}", claims_card_view::card::CODE_VERSION);
            Ok(())
        }
        // For the build (scripts/trunk-post-build.mjs), which writes it into embed.js.
        Command::LoaderContract => {
            outln!("{}", claims_card_view::loader_contract::to_json());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(error)) => {
            let _ = error.print();
            ExitCode::from(2)
        }
        Err(Failure::Message(message)) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Why a command did not do its job: options that do not go together or values it cannot use (said
/// as clap says its own, with a pointer to --help), or a failure with the data or a file.
enum Failure {
    Usage(clap::Error),
    Message(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Self::Message(message)
    }
}

/// An error about the options of `command`, worded by us and shown the way clap shows its own.
fn usage(command: &str, kind: ErrorKind, message: String) -> Failure {
    let mut cli = Cli::command();
    let sub = cli.find_subcommand_mut(command).expect("the command exists").clone();
    Failure::Usage(sub.bin_name(format!("claims-card {command}")).error(kind, message))
}

/// An address option that cannot be used: `--src must start with https://…`.
fn refused(command: &str, option: &str, problem: AddressProblem) -> Failure {
    usage(command, ErrorKind::ValueValidation, format!("{option} {problem}"))
}

fn language(tag: &str) -> Result<Locale, String> {
    Locale::from_tag(tag).ok_or_else(|| format!("the card does not speak \"{tag}\" (en, hy, az, ru, uk)"))
}

fn heading_level(text: &str) -> Result<HeadingLevel, String> {
    HeadingLevel::read(text)
        .map_err(|_| "1, 2, 3 or 4: the level of the card's title, such as 3 under an <h2>".to_owned())
}

fn scale(text: &str) -> Result<f32, String> {
    text.parse::<f32>()
        .ok()
        .filter(|scale| image::SCALES.contains(scale))
        .ok_or_else(|| "a number from 1 to 4, such as 2".to_owned())
}

impl Render {
    fn run(self) -> Result<(), Failure> {
        let (name, json) = match &self.data {
            Some(path) => (path.display().to_string(), read(path)?),
            None => ("the seed dataset".to_owned(), SEED_JSON.to_owned()),
        };
        let dataset = Dataset::from_json(&json).map_err(|error| report(&name, &error.lines()))?;
        match self.format {
            Form::Snippet | Form::PlainHtml => self.snippet(dataset, &json),
            Form::Iframe | Form::Amp | Form::Oembed => self.frame(dataset),
            Form::Svg | Form::Png | Form::Alt | Form::Img => self.image(&dataset),
        }
    }

    /// `--refresh` and `--stale-after`, checked as the reader's browser will check them on a
    /// published card, and only with `--src`: a card without live data has nothing to re-read.
    fn live_refresh(&self) -> Result<Option<RefreshAttributes>, Failure> {
        let Some(refresh) = &self.refresh else { return Ok(None) };
        if self.src.is_none() {
            return Err(usage(
                "render",
                ErrorKind::MissingRequiredArgument,
                "--refresh re-reads the card's data at its address: add --src https://…/data.json".into(),
            ));
        }
        RefreshAttributes::published(refresh, self.stale_after.as_deref()).map(Some).map_err(|problem| {
            // Refresh::read names the attributes; here they are options.
            let problem =
                problem.replace(STALE_AFTER_ATTRIBUTE, "--stale-after").replace(REFRESH_ATTRIBUTE, "--refresh");
            usage("render", ErrorKind::ValueValidation, problem)
        })
    }

    /// The options given that `--format` does not use, named: `--height` is for frames only.
    fn only_for(&self, options: &[(&str, bool)], which: &str) -> Result<(), Failure> {
        let given: Vec<&str> = options.iter().filter(|(_, given)| *given).map(|(name, _)| *name).collect();
        match given.as_slice() {
            [] => Ok(()),
            names => Err(usage(
                "render",
                ErrorKind::ArgumentConflict,
                format!("{} {} for {which}", names.join(", "), if names.len() == 1 { "is" } else { "are" }),
            )),
        }
    }

    fn snippet(&self, dataset: Dataset, json: &str) -> Result<(), Failure> {
        self.only_for(
            &[
                ("--theme", self.theme.is_some()),
                ("--height", self.height.is_some()),
                ("--width", self.width.is_some()),
                ("--scale", self.scale.is_some()),
                ("--out", self.out.is_some()),
                ("--image-url", self.image_url.is_some()),
            ],
            "--format iframe, amp, oembed (and --theme, --width for svg, png, img; --scale, --out, --image-url for images)",
        )?;
        let mut options = SnippetOptions { locale: self.lang, ..SnippetOptions::default() };
        if let Some(base) = &self.asset_base {
            options.asset_base =
                AssetBase::parse(base).map_err(|problem| refused("render", "--asset-base", problem))?;
        }
        if let Some(src) = &self.src {
            options.live_data = Some(PageUrl::parse(src).map_err(|problem| refused("render", "--src", problem))?);
        }
        options.refresh = self.live_refresh()?;
        options.heading = self.heading_level.unwrap_or_default();
        match self.format {
            Form::PlainHtml => out!(
                "{}",
                plain_html_at(
                    &dataset,
                    self.lang,
                    options.live_data.as_ref(),
                    options.refresh.as_ref(),
                    options.heading
                )
            ),
            _ => out!("{}", snippet(Rc::new(dataset), json, &options)),
        }
        Ok(())
    }

    fn frame(&self, dataset: Dataset) -> Result<(), Failure> {
        self.only_for(
            &[
                ("--scale", self.scale.is_some()),
                ("--out", self.out.is_some()),
                ("--image-url", self.image_url.is_some()),
            ],
            "--format svg, png, alt or img",
        )?;
        // A frame is a document of its own, whose outline starts at the card's title.
        self.only_for(&[("--heading-level", self.heading_level.is_some())], "--format snippet or plain-html")?;
        let Some(base) = &self.asset_base else {
            return Err(usage(
                "render",
                ErrorKind::MissingRequiredArgument,
                "a frame needs --asset-base: where frame.html is served, https://…/".into(),
            ));
        };
        let asset_base = FrameBase::parse(base).map_err(|problem| refused("render", "--asset-base", problem))?;
        let live_data = match &self.src {
            Some(src) => Some(DataAddress::parse(src).map_err(|problem| refused("render", "--src", problem))?),
            None => None,
        };
        // Without --src the frame shows the seed: a frame titled for DATA.json over the seed's
        // figures would put another story's figures on the page.
        if let (Some(data), None) = (&self.data, &live_data) {
            return Err(usage(
                "render",
                ErrorKind::MissingRequiredArgument,
                format!(
                    "a frame fetches its data by address: add --src https://…/data.json where {} is published",
                    data.display()
                ),
            ));
        }
        // The frame shows the dataset at --src; the title can only be its title when that is the file read.
        let title = match (&self.data, &self.src) {
            (None, Some(_)) => self.lang.words().frame_title.to_owned(),
            _ => dataset.title.get(self.lang).to_owned(),
        };
        let options = FrameOptions {
            asset_base,
            live_data,
            refresh: self.live_refresh()?,
            locale: self.lang,
            theme: self.theme.map(Theme::from),
            title,
            height: self.height.unwrap_or(1100),
            width: self.width.unwrap_or(if self.format == Form::Amp { 360 } else { 640 }),
        };
        // Printed all the same: the release on the asset host may list more than this build does.
        if let Some(refused) = frame::refused_data_origin(&options) {
            eprintln!("warning: --src: {refused}");
        }
        match self.format {
            Form::Amp => {
                let code = frame::amp_snippet(&options)
                    .map_err(|needs| usage("render", ErrorKind::ValueValidation, format!("--format amp: {needs}")))?;
                out!("{code}");
            }
            Form::Oembed => out!("{}", frame::oembed_document(&options)),
            _ => out!("{}", frame::iframe_snippet(&options)),
        }
        Ok(())
    }

    fn image(&self, dataset: &Dataset) -> Result<(), Failure> {
        self.only_for(
            &[
                ("--height", self.height.is_some()),
                ("--asset-base", self.asset_base.is_some()),
                ("--src", self.src.is_some()),
                ("--refresh", self.refresh.is_some()),
                ("--stale-after", self.stale_after.is_some()),
                ("--heading-level", self.heading_level.is_some()),
            ],
            "frames and snippets, not the static image",
        )?;
        let width = self.width.unwrap_or(image::DEFAULT_WIDTH);
        if !image::WIDTHS.contains(&width) {
            let message = format!("--width: the image is 280 to 2400 pixels wide, not {width}");
            return Err(usage("render", ErrorKind::ValueValidation, message));
        }
        if self.out.is_some() && self.format != Form::Png {
            return Err(usage("render", ErrorKind::ArgumentConflict, "--out is for --format png".into()));
        }
        let theme = self.theme.map_or(Theme::Light, Theme::from);
        let options = ImageOptions { locale: self.lang, theme, width, scale: self.scale.unwrap_or(1.0) };
        // A voice reads an alt attribute in one language: say which of its texts the dataset has not
        // translated, so the editor can (the output is still written).
        if matches!(self.format, Form::Alt | Form::Img) {
            let untranslated = image::untranslated(dataset, self.lang);
            if !untranslated.is_empty() {
                eprintln!("warning: the alt text mixes languages: {}", untranslated.join("; "));
            }
        }
        match self.format {
            Form::Svg => out!("{}", image::card_svg(dataset, &options).svg),
            Form::Alt => outln!("{}", image::alt_text(dataset, self.lang).join("\n")),
            Form::Img => {
                let Some(url) = &self.image_url else {
                    return Err(usage(
                        "render",
                        ErrorKind::MissingRequiredArgument,
                        "--format img needs --image-url: where the PNG is served".into(),
                    ));
                };
                let url = PageUrl::parse(url).map_err(|problem| refused("render", "--image-url", problem))?;
                out!("{}", image::img_tag(dataset, &options, &url));
            }
            _ => {
                let png = image::card_png(dataset, &options)?;
                match &self.out {
                    Some(path) => std::fs::write(path, &png).map_err(|error| format!("{}: {error}", path.display()))?,
                    None => std::io::stdout().write_all(&png).map_err(|error| format!("writing the PNG: {error}"))?,
                }
            }
        }
        Ok(())
    }
}

impl Policy {
    fn run(self) -> Result<(), Failure> {
        // Addresses are read here, not by clap, so that a refused one is never echoed whole.
        let asset_base = match &self.asset_base {
            Some(base) => AssetBase::parse(base).map_err(|problem| refused("csp", "--asset-base", problem))?,
            None => AssetBase::default(),
        };
        let live_data = self
            .src
            .iter()
            .map(|src| PageUrl::parse(src).map_err(|problem| refused("csp", "--src", problem)))
            .collect::<Result<_, _>>()?;
        let mut options =
            CspOptions { asset_base, live_data, snippet_style: !self.client_rendered, ..CspOptions::default() };
        if self.frame {
            outln!("{}", csp::frame_policy(&options.asset_base, self.whole_folder));
            return Ok(());
        }
        if !self.whole_folder {
            let path = self.release.unwrap_or_else(|| PathBuf::from(DEFAULT_RELEASE));
            let path = path.display();
            let json = std::fs::read_to_string(path.to_string()).map_err(|error| {
                format!(
                    "--release {path}: cannot read: {error}\n(the policy names this release's exact files, from the \
                     release.json that `trunk build --release` writes; or give --whole-folder to allow the asset folder)"
                )
            })?;
            let files = ReleaseFiles::from_manifest(&json).map_err(|reason| format!("--release {path} {reason}"))?;
            options.assets = AssetSources::Files(files);
        }
        outln!("{}", csp::policy(&options));
        Ok(())
    }
}

fn validate(files: &[PathBuf]) -> Result<(), Failure> {
    let mut failed = 0;
    for path in files {
        let name = path.display().to_string();
        match read(path).and_then(|json| Dataset::from_json(&json).map_err(|error| report(&name, &error.lines()))) {
            Ok(dataset) => {
                outln!("{name}: ok");
                // Still read, never failed: but a version-1 document cannot say what a claimant is.
                if dataset.format_version == 1 {
                    outln!("{name}: note: {UPGRADE_NOTE}");
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
        n => Err(Failure::Message(format!("{n} of {} files have errors", files.len()))),
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{}: cannot read: {error}", path.display()))
}

/// One line per problem, each starting with the file, as compilers do.
fn report(name: &str, lines: &[String]) -> String {
    lines.iter().map(|line| format!("{name}: {line}")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
