//! The seed dataset, compiled in: the card shows it where a page asks for it (`data-seed`).

/// `data/seed.json` (minified by build.rs), from Azerbaijan's September 2023 offensive in Nagorno-Karabakh.
pub const SEED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/seed.min.json"));
