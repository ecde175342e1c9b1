//! The editors' command line, `claims-card` (`cargo install --path crates/cli`, or
//! `cargo run -p claims-card-cli --`): `render` prints the code to paste (the snippet, its plain form,
//! the frame forms, the static image), `validate` checks datasets, `csp` prints the policy a page
//! needs, `schema` the format's JSON Schema; `claims-card --help` and `claims-card render --help` say
//! the rest. `commands` reads the command line (clap), `csp` makes the policy, `image` draws the card
//! (resvg). src/main.rs only runs it.

mod commands;
pub mod csp;
pub mod image;

pub use commands::run;
