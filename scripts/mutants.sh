#!/usr/bin/env bash
# Shows that the hardening tests have teeth: each patch in tests/mutants/ removes one protection
# (text-only rendering, percent-encoded links, the adopted stylesheet, no innerHTML, the shadow
# root's isolation, cookie-less fetches, the article cap, the panic restart...). For each one this
# script builds the card with the protection removed, in a throw-away worktree of HEAD, and runs
# the browser test that guards it; that test must now FAIL ("killed"). A mutant the test does not
# notice ("survived") means the test does not guard what it claims to.
#
#   bash scripts/mutants.sh [tests/mutants/NAME.patch ...]
#
# Each patch starts with comment lines: `# mutant:` (what it removes), `# test-file:` (in
# tests/e2e/), `# test-name:` (a --test-name-pattern), optionally `# features:` (cargo features
# of the build, e.g. test-panic). About a minute per mutant (incremental builds share a target
# directory). Not part of scripts/test.sh: it checks the tests, not the product.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source scripts/env.sh
export CARGO_TARGET_DIR="${MUTANTS_TARGET_DIR:-$ROOT/target/mutants}"

patches=("$@")
[ ${#patches[@]} -eq 0 ] && patches=(tests/mutants/*.patch)

field() { sed -n "s/^# $1: //p" "$2" | head -1; }

killed=0; survived=0; broken=0
for patch in "${patches[@]}"; do
  patch="$(cd "$(dirname "$patch")" && pwd)/$(basename "$patch")"
  name="$(basename "$patch" .patch)"
  file="$(field test-file "$patch")"
  pattern="$(field test-name "$patch")"
  features="$(field features "$patch")"
  wt="$(mktemp -d /tmp/factcard-mutant-XXXXXX)"
  git worktree add -q --detach "$wt" HEAD
  ln -s "$ROOT/tests/e2e/node_modules" "$wt/tests/e2e/node_modules"
  verdict=""
  if ! (cd "$wt" && git apply "$patch"); then
    verdict="BROKEN (the patch no longer applies: refresh it)"
  else
    dist="dist"; args=(--release --offline)
    if [ -n "$features" ]; then
      dist="target/dist-test-panic"; args+=(--features "$features")
    fi
    if ! (cd "$wt" && trunk build "${args[@]}" --dist "$dist" >"$wt/build.log" 2>&1); then
      verdict="BROKEN (does not build: $wt/build.log)"
    # A test that hangs on a mutant fails by its timeout: the mutant is killed.
    elif (cd "$wt/tests/e2e" && node --test --test-timeout=180000 --test-name-pattern="$pattern" "$file" >"$wt/test.log" 2>&1); then
      verdict="SURVIVED (the test passed without the protection: $wt/test.log)"
    else
      verdict="killed"
    fi
  fi
  case "$verdict" in
    killed) killed=$((killed + 1)) ;;
    SURVIVED*) survived=$((survived + 1)) ;;
    *) broken=$((broken + 1)) ;;
  esac
  printf '%-26s %-40s %s\n' "$name" "$file: $pattern" "$verdict"
  case "$verdict" in
    killed) git worktree remove --force "$wt" ;;
    *) echo "  kept $wt for a look; git worktree remove --force $wt when done" ;;
  esac
done
echo "mutants: $killed killed, $survived survived, $broken broken"
[ "$survived" -eq 0 ] && [ "$broken" -eq 0 ]
