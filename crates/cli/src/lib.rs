//! The editors' command line, `claims-card`: its commands (`commands`), the page's CSP (`csp`) and the
//! card as a static image (`image`). src/main.rs only runs it.
//!
//! `claims-card render [DATA.json] [--lang LANG] [--asset-base URL] [--src URL]` prints the paste-ready
//! snippet; with `--format plain-html` the form for CMSs whose sanitizers strip it (render/plain.rs),
//! with `--format iframe | amp | oembed` the card in a frame of its own (render/frame.rs), and with
//! `--format svg | png | alt | img` the card as a static image, its alt text or its `<img>` (render/image);
//! `claims-card validate FILE...` checks datasets and exits non-zero on any error;
//! `claims-card csp [--asset-base URL] [--src URL]... [--client-rendered] [--release FILE | --whole-folder]`
//! prints the CSP a host needs;
//! `claims-card schema` prints the published JSON Schema, generated from the format's types;
//! `claims-card code-version` prints this build's code version (card/render_key.rs);
//! `claims-card loader-contract` prints what the build writes into the loader (loader_contract.rs).

mod commands;
pub mod csp;
pub mod image;

pub use commands::run;
