#!/usr/bin/env bash
# Supply chain: checks the dependency tree against deny.toml (licences, banned and duplicate crates,
# sources). Installs cargo-deny first if it is missing (about 5 minutes on 2 cores, once).
#
# Advisories are NOT checked here: cargo-deny fetches the RustSec advisory database with git from
# github.com, which is outside the package registries and unreachable from the build machines
# (see deny.toml). Where github.com is reachable, also run `cargo deny check advisories`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# 0.20.2 needs rustc 1.88; the project's toolchain is 1.95.
CARGO_DENY_VERSION=0.20.2
if [[ "$(cargo deny --version 2>/dev/null)" != "cargo-deny $CARGO_DENY_VERSION" ]]; then
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

echo "cargo deny: checking licenses, bans and sources (advisories skipped: their database is not reachable here)"
cargo deny --locked check licenses bans sources

# deny.toml allows MPL-2.0 for the CSS minifier that build.rs runs, on the ground that none of its
# code ships. Hold that: none of those crates may be reachable through normal or dev dependencies.
for crate in lightningcss lightningcss-derive parcel_selectors cssparser cssparser-color cssparser-macros dtoa-short; do
  if [[ -n "$(cargo tree --workspace --locked -e normal,dev --target all -i "$crate" 2>/dev/null)" ]]; then
    echo "cargo deny: $crate (MPL-2.0) is allowed as a build tool only, but something we ship depends on it:" >&2
    cargo tree --workspace --locked -e normal,dev --target all -i "$crate" >&2
    exit 1
  fi
done
