#!/usr/bin/env bash
# Writes the example policies that docs/SAFETY.md shows (tests/browser/csp.test.mjs and frame.test.mjs
# check them against the command's output) after a change to style.css or the frame script changes
# their hashes. The file names come from docs/release.example.json, as the examples say.
# Usage: scripts/safety-doc-policy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cli() { cargo run --quiet --package claims-card-cli --bin claims-card -- "$@"; }
style=$(cli csp --asset-base https://cdn.example.org/claims-card/ --release docs/release.example.json --src https://data.example.org/nk.json | grep -o "style-src 'sha256-[^']*'")
frame=$(cli csp --frame --asset-base https://cdn.example.org/claims-card/ | grep -o "script-src 'sha256-[^']*'")
sed -i -E "s|style-src 'sha256-[A-Za-z0-9+/=]+'|$style|; s|script-src 'sha256-[A-Za-z0-9+/=]+'|$frame|" docs/SAFETY.md
