#!/usr/bin/env bash
# Installs what building and testing claims-card needs, and only what is missing: each tool's version
# is checked first, so a machine that has them spends seconds here (a fresh one about 25 minutes,
# most of it compiling Trunk and the wasm-bindgen CLI).
#
#   scripts/setup.sh            build tools: wasm target, Trunk, wasm-bindgen CLI, Node packages (wasm-opt)
#   scripts/setup.sh --browser  the same, plus Debian's Chromium for browser tests and screenshots, PHP
#                               with Debian's WordPress for the sanitizer tests, and LibreOffice Calc
#                               for the CSV test
#
# Versions are pinned on purpose (see README, "Toolchain"): Trunk 0.22 needs a newer rustc than this
# machine's 1.95; the wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_OPT_VERSION=132

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { echo "setup: $*" >&2; }

apt_install() {
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; fi
}

if ! command -v cargo >/dev/null; then
  say "cargo is missing: install Rust with rustup first (https://rustup.rs)"; exit 1
fi

# The toolchain is pinned by policy, not by a rust-toolchain.toml: rustup could not download another
# one here. Trunk 0.21.14 and the locked crates are checked against 1.95.
RUST_VERSION=1.95
if ! rustc --version | grep -q "^rustc $RUST_VERSION\."; then
  say "warning: this project is built and tested with rustc $RUST_VERSION.x; found $(rustc --version)"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF " $TRUNK_VERSION"; then
  say "installing Trunk $TRUNK_VERSION (compiles from source: about 15 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen CLI $WASM_BINDGEN_VERSION (about 10 minutes)"
  # Not --locked: its lock file names a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi

# wasm-opt (npm binaryen; Debian's is too old for rustc 1.95), playwright-core and axe-core, as locked.
if ! wasm-opt --version 2>/dev/null | grep -qF "version $WASM_OPT_VERSION" || ! npm ls --depth=0 >/dev/null 2>&1; then
  say "installing the Node packages in package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's Chromium"
    apt_install chromium chromium-driver fonts-dejavu-core
  fi
  if ! command -v brotli >/dev/null; then
    apt_install brotli
  fi
  # LibreOffice Calc, headless: tests/spreadsheet.rs opens "Get the data"'s CSV in a real spreadsheet.
  if ! command -v soffice >/dev/null; then
    say "installing LibreOffice Calc (headless), for the CSV test"
    apt_install --no-install-recommends libreoffice-calc-nogui
  fi
  # WordPress's own kses, for the sanitizer tests (tests/sanitizers/kses.php): only the package's PHP
  # files are used, no web server or database is set up.
  if ! command -v php >/dev/null || [ ! -f /usr/share/wordpress/wp-includes/kses.php ]; then
    say "installing PHP and Debian's WordPress (its kses sanitizer, for tests)"
    apt_install --no-install-recommends php-cli wordpress
  fi
fi
