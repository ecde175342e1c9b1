#!/usr/bin/env bash
# Builds the card and serves the demo article at http://127.0.0.1:8080 with `trunk serve`,
# rebuilding on every change. Installs what is missing first (scripts/setup.sh).
# Beside it, scripts/live-demo.mjs serves live.html's data at http://127.0.0.1:8091 while trunk runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Trunk.toml ignores test-output/ for the watcher, and `trunk serve` stops if an ignored path is missing.
mkdir -p test-output
# trunk takes this shell's process (exec), so a signal sent to the script reaches trunk as before; the
# data server watches that process and stops when it ends, by Ctrl-C, a signal or an error alike.
node scripts/live-demo.mjs --parent $$ &
exec trunk serve "$@"
