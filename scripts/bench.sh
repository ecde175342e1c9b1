#!/usr/bin/env bash
# The benchmark (issue 5), in one command: installs what is missing (scripts/setup.sh --browser),
# builds the release embed, then measures it in headless Chromium (scripts/bench.mjs) and prints
# Markdown tables. Keep the output in bench/RESULTS.md with the date, machine and commit.
#   ./scripts/bench.sh [loads=31]      BENCH_KINDS / BENCH_COUNTS narrow it (see scripts/bench.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser >&2
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --locked >&2
node scripts/bench.mjs "$@"
