#!/usr/bin/env bash
# Set up (scripts/setup.sh) and run every check and test of factcard, failing fast:
#
#   1. cargo fmt --check
#   2. clippy, native (core, CLI, widget) and the widget on wasm32, warnings denied
#   3. cargo test --workspace (native unit tests and doctests)
#   4. the widget's wasm-bindgen tests in headless Chromium
#   5. trunk build --release (dist/: factcard-embed.js, the wasm and its glue, the demo)
#   6. the size budget: brotli of the wasm, its glue and the loader (scripts/size-check.mjs)
#   7. the browser tests: node --test tests/e2e/ (demo card, real news pages, several cards)
#
#   bash scripts/test.sh
#
# This is what CI runs (.ci/run). Screenshots of the cards land in tests/e2e/artifacts/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

T0=$SECONDS
CURRENT=""
timings=()
# Everything the steps print is also kept here, to count the tests at the end.
OUTPUT_LOG="$(mktemp -t factcard-test.XXXXXX)"

on_exit() {
  local rc=$?
  rm -f "$OUTPUT_LOG"
  if [ "$rc" -ne 0 ]; then
    printf '\ntest.sh: FAILED at step "%s" (exit %s) after %ss\n' "${CURRENT:-setup}" "$rc" "$((SECONDS - T0))" >&2
  fi
}
trap on_exit EXIT

step() {
  CURRENT="$1"
  shift
  printf '\n==> %s\n    $ %s\n' "$CURRENT" "$*"
  local t=$SECONDS
  "$@" 2>&1 | tee -a "$OUTPUT_LOG"
  timings+=("$(printf '%5ss  %s' "$((SECONDS - t))" "$CURRENT")")
}

CURRENT="setup"
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh
timings+=("$(printf '%5ss  %s' "$((SECONDS - T0))" "setup")")

step "format" cargo fmt --all -- --check
step "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (widget, wasm32)" \
  cargo clippy -p factcard --target wasm32-unknown-unknown --all-targets --all-features --locked -- -D warnings
step "unit tests (native)" cargo test --workspace --locked
# The runner (.cargo/config.toml) is wasm-bindgen-test-runner; it drives Debian's Chromium
# through chromedriver ($CHROMEDRIVER, flags in tests/webdriver.json).
step "widget tests (wasm32, headless Chromium)" \
  cargo test -p factcard --target wasm32-unknown-unknown --locked
step "release build (trunk)" trunk build --release --locked --offline

# The embed files must exist under stable names for a newsroom to host them.
for f in dist/factcard-embed.js dist/index.html; do
  [ -f "$f" ] || { echo "test.sh: $f missing after trunk build --release" >&2; exit 1; }
done
echo
echo "Build sizes (raw / gzip -9):"
find dist -maxdepth 1 -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) -print0 | sort -z |
  while IFS= read -r -d '' f; do
    printf '  %-44s %9s B %9s B\n' "$f" "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)"
  done

# Issue 5: the brotli transfer (wasm + glue + loader) must not grow past the budget.
step "size budget (brotli)" node scripts/size-check.mjs dist
# The same build with the test-panic feature, for the panic test of tests/e2e/failures.test.mjs
# (a card that panics on purpose); never shipped.
step "release build with test-panic (trunk)" \
  trunk build --release --locked --offline --features test-panic --dist target/dist-test-panic
step "browser tests (node --test tests/e2e/)" node --test tests/e2e/

CURRENT=""
# cargo test and wasm-bindgen-test-runner: "test result: ok. N passed; M failed; ...";
# node --test: "# pass N" and "# fail M".
cargo_passed=$(awk '/^test result:/ { s += $4 } END { print s + 0 }' "$OUTPUT_LOG")
cargo_failed=$(awk '/^test result:/ { s += $6 } END { print s + 0 }' "$OUTPUT_LOG")
node_passed=$(awk '/^# pass / { s += $3 } END { print s + 0 }' "$OUTPUT_LOG")
node_failed=$(awk '/^# fail / { s += $3 } END { print s + 0 }' "$OUTPUT_LOG")
echo
echo "test.sh: every step passed in $((SECONDS - T0))s"
printf '  %s\n' "${timings[@]}"
echo "  Rust tests (native and wasm): $cargo_passed passed; browser tests: $node_passed passed"
echo
echo "tests: $((cargo_passed + node_passed)) passed, $((cargo_failed + node_failed)) failed"
