#!/usr/bin/env bash
# Runs every test: formatting and lints, the supply-chain policy (cargo deny), native tests (model,
# parsing, words, server rendering), the build's own steps (node, no browser), the release build with
# its byte budget, and browser tests in Debian's Chromium.
# Installs what is missing first (scripts/setup.sh --browser).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# The two wasm apps, each alone (as Trunk and the post-build step build them, with their own features).
cargo clippy --package claims-card --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --package claims-card-workbench --locked --target wasm32-unknown-unknown -- -D warnings

step "supply chain (cargo deny: licences, bans, sources)"
scripts/deny.sh

step "native tests"
cargo test --workspace --locked

step "build steps (node --test tests/build/: post-build functions, loader contract against the Rust)"
node --test tests/build/

step "release build"
trunk build --release --locked

step "byte budget"
node scripts/check-budget.mjs

step "browser tests (Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
node --test --test-concurrency=1 tests/browser/
