#!/usr/bin/env bash
# Builds the card and serves the demo article at http://127.0.0.1:8080 with `trunk serve`,
# rebuilding on every change. Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Trunk.toml ignores test-output/ for the watcher, and `trunk serve` stops if an ignored path is missing.
mkdir -p test-output
exec trunk serve "$@"
