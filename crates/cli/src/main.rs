//! `claims-card`: the editors' command line (see the crate's lib.rs).

fn main() -> std::process::ExitCode {
    claims_card_cli::run(std::env::args().skip(1).collect())
}
