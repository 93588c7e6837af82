#!/usr/bin/env bash
# Set up everything (scripts/setup.sh), build the widget in release mode and serve the demo
# (index.html: the seed article as a news page, with the card embedded) on 127.0.0.1.
#
#   bash scripts/serve.sh            # http://127.0.0.1:8080/
#   PORT=9000 bash scripts/serve.sh
#
# trunk rebuilds and reloads the page when src/, style/ or index.html change. Ctrl-C stops it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

PORT="${PORT:-8080}"
echo
echo "serve: building and serving the demo at http://127.0.0.1:${PORT}/  (Ctrl-C to stop)"
echo "serve: the embed script is http://127.0.0.1:${PORT}/factcard-embed.js"
echo
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
