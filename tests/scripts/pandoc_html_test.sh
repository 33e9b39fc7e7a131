#!/usr/bin/env bash
# HTML accessibility: every HTML file plainly makes gets 0 axe-core violations (WCAG 2.2 A and
# AA tags) in the system's headless Chromium, exactly one h1, a main landmark, lang, and alt
# text on every image. Run from the repo root: bash tests/scripts/pandoc_html_test.sh build/plainly
#
# What it checks: the hand-written Markdown in tests/scripts/pandoc_fixtures/ (every style)
# through the Pandoc writer, and, when `plainly make` works, every example in examples/ in
# every kind and style. axe-core and playwright-core come from the committed package.json and
# package-lock.json (npm ci into a cache folder beside the build, once); the browser is
# Debian's chromium (scripts/install-deps.sh), never a download.
# Set PLAINLY_SCREENSHOTS=DIR to also save a full-page screenshot of each file.
set -euo pipefail
PLAINLY=$(realpath "$1")
BUILD=$(dirname "$PLAINLY")
ROOT=$(pwd)
fail() { echo "pandoc_html_test: $*" >&2; exit 1; }

command -v pandoc >/dev/null || fail "Pandoc is missing. Install it with: sudo apt-get install pandoc"
[ -x /usr/bin/chromium ] || [ -n "${PLAINLY_CHROMIUM:-}" ] || fail "Chromium is missing. Run: bash scripts/install-deps.sh"
command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are missing."

# axe-core and playwright-core, pinned by the committed lock file, installed once per build.
NODE_DIR="$BUILD/axe-node"
if ! cmp -s "$ROOT/tests/scripts/package-lock.json" "$NODE_DIR/package-lock.json" || [ ! -d "$NODE_DIR/node_modules/axe-core" ]; then
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  cp "$ROOT/tests/scripts/package.json" "$ROOT/tests/scripts/package-lock.json" "$NODE_DIR/"
  (cd "$NODE_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) \
    || fail "npm ci failed in $NODE_DIR."
fi

OUT=$(mktemp -d "${TMPDIR:-/tmp}/plainly-html-test.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

# 1. Hand-written Markdown through the writer (all styles).
PLAINLY_PANDOC_FIXTURES_OUT="$OUT/fixtures" "$BUILD/tests/plainly_tests" \
  -tc="pandoc: write fixture documents for the script tests" >/dev/null \
  || fail "could not write the fixture documents."
[ -f "$OUT/fixtures/fixture-easy-read.html" ] \
  || fail "$BUILD/tests/plainly_tests wrote no fixture documents (is it built and up to date?)."

# 2. The example pack, when `plainly make` can write HTML.
shopt -s nullglob
examples=(examples/*.yaml)
if [ ${#examples[@]} -gt 0 ] && "$PLAINLY" make --help 2>&1 | grep -q -- "--format"; then
  for ex in "${examples[@]}"; do
    name=$(basename "$ex" .yaml)
    "$PLAINLY" make "$ex" --format html --out "$OUT/examples/$name" --today 2027-01-01 >/dev/null \
      || fail "plainly make $ex --format html failed."
  done
else
  echo "pandoc_html_test: plainly make cannot write HTML yet; checking the fixtures only."
fi

# The checker must catch problems: a page with none of what we require must fail.
mkdir -p "$OUT/self-test"
cat > "$OUT/self-test/bad.html" <<'HTML'
<!DOCTYPE html><html><head><title>Bad</title></head><body><h1>One</h1><h1>Two</h1>
<img src="x.png"><a href="https://example.org/"></a></body></html>
HTML
if PLAINLY_NODE_MODULES="$NODE_DIR" node "$ROOT/tests/scripts/axe_check.mjs" "$OUT/self-test/bad.html" >/dev/null 2>&1; then
  fail "axe_check.mjs passed a page with no lang, no main, two h1 and an image without alt text."
fi
rm -rf "$OUT/self-test"

mapfile -t files < <(find "$OUT" -name '*.html' | sort)
[ ${#files[@]} -gt 0 ] || fail "no HTML files were made."
args=()
if [ -n "${PLAINLY_SCREENSHOTS:-}" ]; then mkdir -p "$PLAINLY_SCREENSHOTS"; args=(--screenshots "$PLAINLY_SCREENSHOTS"); fi
PLAINLY_NODE_MODULES="$NODE_DIR" node "$ROOT/tests/scripts/axe_check.mjs" "${args[@]}" "${files[@]}"
