#!/usr/bin/env bash
# Install everything factcard needs to build and test, on a fresh machine of this
# project's kind (Debian, rustup's Rust 1.95, Node 20, root). Idempotent: every step
# checks first and only installs what is missing or at the wrong version, so a second
# run takes seconds.
#
#   bash scripts/setup.sh          # then: source scripts/env.sh
#
# Steps:
#   1. the wasm32-unknown-unknown target, rustfmt and clippy (rust-toolchain.toml)
#   2. trunk 0.21.14                 (cargo install --locked; ~9 min cold)
#   3. wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock (cargo install)
#   4. Debian's chromium + chromium-driver (apt-get) for the browser tests
#   5. npm ci in tests/e2e: playwright-core (driver only, no browser download) and
#      binaryen 132 (wasm-opt for trunk's release build; never Debian's old binaryen) and
#      esbuild (minifies the glue and the loader, scripts/minify.sh)
#   6. cargo fetch
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found on PATH. $2"; }
need cargo "This machine should come with rustup's Rust toolchain (cargo, rustc)."
need rustup "This machine should come with rustup."
need node "This machine should come with Node.js 20 and npm."
need npm "This machine should come with Node.js 20 and npm."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $*"; fi
}

# --- 1. Rust target and components ---------------------------------------------------
# rust-toolchain.toml pins the channel; rustup resolves it when run from $ROOT.
toolchain="$(rustup show active-toolchain 2>/dev/null | awk '{print $1}')" \
  || die "rustup cannot resolve the toolchain pinned in rust-toolchain.toml"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present ($toolchain)"
else
  say "rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$comp"; then
    say "rust component $comp: present"
  else
    say "rust component $comp: installing"
    rustup component add "$comp"
  fi
done

# --- 2. trunk --------------------------------------------------------------------------
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_trunk" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk: ${have_trunk:-missing}, installing $TRUNK_VERSION (cargo install, takes ~9 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- 3. wasm-bindgen-cli at the version in Cargo.lock ---------------------------------
# trunk refuses to build with a wasm-bindgen CLI whose version differs from the crate's,
# and cannot download one here, so it must match exactly.
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$WBG_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
have_wbg="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
have_runner="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_wbg" = "$WBG_VERSION" ] && [ "$have_runner" = "$WBG_VERSION" ]; then
  say "wasm-bindgen-cli $WBG_VERSION: present"
else
  say "wasm-bindgen-cli: ${have_wbg:-missing}, installing $WBG_VERSION (cargo install, ~3 min)"
  # Installed without --locked (the version itself is exact, "=X.Y.Z").
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION" --force
fi

# --- 4. Chromium and ChromeDriver (Debian) ---------------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium + chromedriver: present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
else
  say "chromium/chromedriver: missing, installing Debian's chromium chromium-driver"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  [ -x /usr/bin/chromium ] || die "apt-get did not install /usr/bin/chromium"
  [ -x /usr/bin/chromedriver ] || die "apt-get did not install /usr/bin/chromedriver"
fi

# --- 5. npm packages for the browser tests and wasm-opt --------------------------------
E2E="$ROOT/tests/e2e"
stamp="$E2E/node_modules/.factcard-lock.sha256"
lock_sum="$(sha256sum "$E2E/package-lock.json" | awk '{print $1}')"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ] \
   && [ -x "$E2E/node_modules/.bin/wasm-opt" ] && [ -x "$E2E/node_modules/.bin/esbuild" ] \
   && [ -d "$E2E/node_modules/playwright-core" ]; then
  say "npm packages (tests/e2e): present, match package-lock.json"
else
  say "npm packages (tests/e2e): installing with npm ci"
  (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  echo "$lock_sum" > "$stamp"
fi
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
case "$wasm_opt_version" in
  *"version $BINARYEN_VERSION"*) say "wasm-opt: $(command -v wasm-opt) ($wasm_opt_version)" ;;
  *) die "wasm-opt on PATH is '${wasm_opt_version:-missing}', expected binaryen $BINARYEN_VERSION from tests/e2e/node_modules (source scripts/env.sh)" ;;
esac

# --- 6. crates ---------------------------------------------------------------------------
say "cargo fetch"
cargo fetch --quiet

say "done. Tools: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(wasm-opt --version), node $(node --version)"
say "to use them in this shell: source scripts/env.sh"
