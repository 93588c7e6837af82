#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): in a release build, in Trunk's staging directory,
# 1. shortens the wasm module's import names, in the module and its glue alike
#    (scripts/short-imports.mjs; measured: 3.7 KB brotli less);
# 2. keeps only the glue's loader that factcard-embed.js uses (scripts/slim-init.mjs);
# 3. minifies the card's JavaScript, the wasm-bindgen glue (factcard.js) and the embed loader
#    (factcard-embed.js), with esbuild (measured: 7.1 -> 5.2 KB brotli for the two files).
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
esbuild="$ROOT/tests/e2e/node_modules/.bin/esbuild"
[ -x "$esbuild" ] || { echo "minify.sh: $esbuild missing; run bash scripts/setup.sh" >&2; exit 1; }
node "$ROOT/scripts/short-imports.mjs" "$dir"
node "$ROOT/scripts/slim-init.mjs" "$dir"
for f in factcard.js factcard-embed.js; do
  "$esbuild" "$dir/$f" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$dir/$f"
done
