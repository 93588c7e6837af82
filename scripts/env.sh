# shellcheck shell=bash
# Environment for building and testing factcard. Source it: `source scripts/env.sh`.
# Puts cargo-installed tools (trunk, wasm-bindgen) and the npm-installed tools
# (wasm-opt from binaryen 132, playwright-core) on PATH, and tells the browser-test
# tools where Debian's Chromium and ChromeDriver are.

FACTCARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FACTCARD_ROOT

case ":$PATH:" in
  *":$HOME/.cargo/bin:"*) ;;
  *) export PATH="$HOME/.cargo/bin:$PATH" ;;
esac
case ":$PATH:" in
  *":$FACTCARD_ROOT/tests/e2e/node_modules/.bin:"*) ;;
  *) export PATH="$FACTCARD_ROOT/tests/e2e/node_modules/.bin:$PATH" ;;
esac

# Browser tests (node:test + playwright-core) and wasm-bindgen-test-runner.
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$FACTCARD_ROOT/tests/webdriver.json}"
# Never let Playwright try to download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# trunk: no network (no tool downloads, no version check); every tool comes from setup.sh and
# every crate from `cargo fetch`.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
# The wasm build names source files in its panic locations. Without their machine-specific
# prefixes (the cargo registry under $CARGO_HOME, the toolchain's rust-src under the sysroot),
# the module's bytes do not depend on where a machine keeps them, so the size budget reads the
# same everywhere; the module is also 0.9 KB smaller (35 B brotli).
if command -v rustc >/dev/null 2>&1; then
  _factcard_sysroot="$(cd "$FACTCARD_ROOT" && rustc --print sysroot 2>/dev/null)"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src= --remap-path-prefix=${_factcard_sysroot}/lib/rustlib/src/rust="
  unset _factcard_sysroot
fi
