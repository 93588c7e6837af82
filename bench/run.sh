#!/usr/bin/env bash
# factcard's benchmark, one command (issue 5):
#
#   bash bench/run.sh [--quick] [--lighthouse]
#
# 1. sets up the tools (scripts/setup.sh) and builds the release (trunk build --release), and the
#    same build with the bench feature into target/dist-bench (its glue exports extractCount());
# 2. native extraction throughput (MB/s on one core) and the 1x-100x scaling curve (time and heap);
# 3. in headless Chromium: transfer sizes (raw, gzip, brotli), factcard's extraction side by side
#    with compromise + compromise-dates and wink-nlp (installed here from npm), time to card,
#    long tasks and layout shift on the demo page;
# 4. with --lighthouse: Lighthouse 12.2.3 on the demo page (performance, TBT, CLS).
# It prints tables and writes bench/results/. A benchmark reports; it never fails on a number.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
quick=""; lighthouse=""
for a in "$@"; do
  case "$a" in
    --quick) quick="--quick" ;;
    --lighthouse) lighthouse=1 ;;
    *) echo "usage: bash bench/run.sh [--quick] [--lighthouse]" >&2; exit 2 ;;
  esac
done

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh
mkdir -p bench/results

echo "== release build"
trunk build --release >/dev/null
# The same build with the bench feature: its glue also exports extractCount(), the whole
# extraction without rendering, which the side-by-side speed test calls. The shipped build does
# without it (0.6 KB brotli).
trunk build --release --features bench --dist target/dist-bench >/dev/null

echo "== native throughput and scaling (one core)"
cargo run --release -q -p factcard-cli --example throughput -- tests/fixtures | tee bench/results/native.txt

echo "== browser: sizes, side-by-side extraction, time to card"
B="$ROOT/bench/browser"
stamp="$B/node_modules/.factcard-lock.sha256"
sum="$(sha256sum "$B/package-lock.json" | awk '{print $1}')"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
  (cd "$B" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  echo "$sum" > "$stamp"
fi
mkdir -p "$B/out"
"$B/node_modules/.bin/esbuild" "$B/alternatives.mjs" --bundle --minify --format=iife \
  --log-level=warning --outfile="$B/out/alternatives.js"
node "$B/run.mjs" --repo "$ROOT" --bench-dist "$ROOT/target/dist-bench" $quick

if [ -n "$lighthouse" ]; then
  echo "== Lighthouse on the demo"
  node "$B/lighthouse.mjs" --repo "$ROOT"
fi
