//! The seed dataset, compiled in: the card shows it when a page names no data.

/// `data/seed.json` (minified by build.rs), from Azerbaijan's September 2023 offensive in Nagorno-Karabakh.
pub const SEED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/seed.min.json"));
