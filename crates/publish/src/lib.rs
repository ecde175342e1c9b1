//! The code an editor pastes, made natively by `claims-card render` and in the workbench's wasm by the
//! same functions:
//! - `snippet`: the server-rendered card (the default form);
//! - `plain`: the figures as plain HTML that CMS sanitizers keep;
//! - [`frame`]: the card in a frame of its own (iframe, AMP, oEmbed);
//! - `page_url`: the addresses the code names (where embed.js is served, where the data is);
//! - `problem`: why a value cannot go into the code, for the command line and the workbench to word.

pub mod frame;
mod page_url;
mod plain;
mod problem;
mod snippet;

pub use page_url::{AssetBase, PageUrl};
pub use plain::{breakdown_figures, headline_figures, plain_html, plain_html_at, BreakdownRow, HeadlineRow};
pub use problem::{AddressProblem, AmpNeedsHttps};
#[cfg(not(target_arch = "wasm32"))]
pub use snippet::{card_html, card_html_at, snippet};
pub use snippet::{render_card_html, snippet_around, SnippetOptions};
