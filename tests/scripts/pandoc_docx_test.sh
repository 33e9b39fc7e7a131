#!/usr/bin/env bash
# DOCX and ODT: unzip what plainly makes and check every run's font size against the style's
# minimum, the font, the language, the title and alt text on every picture (docx_check.py,
# odt_check.py). Covers the hand-written Markdown in tests/scripts/pandoc_fixtures/ in every
# style, and every example in examples/ once `plainly make` can write DOCX.
# Run from the repo root: bash tests/scripts/pandoc_docx_test.sh build/plainly
set -euo pipefail
PLAINLY=$(realpath "$1")
BUILD=$(dirname "$PLAINLY")
fail() { echo "pandoc_docx_test: $*" >&2; exit 1; }
command -v pandoc >/dev/null || fail "Pandoc is missing. Install it with: sudo apt-get install pandoc"

OUT=$(mktemp -d "${TMPDIR:-/tmp}/plainly-docx-test.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
status=0

PLAINLY_PANDOC_FIXTURES_OUT="$OUT/fixtures" "$BUILD/tests/plainly_tests" \
  -tc="pandoc: write fixture documents for the script tests" >/dev/null \
  || fail "could not write the fixture documents."
[ -f "$OUT/fixtures/fixture-easy-read.html" ] \
  || fail "$BUILD/tests/plainly_tests wrote no fixture documents (is it built and up to date?)."
for style in standard large-print easy-read; do
  title=$(head -1 "tests/scripts/pandoc_fixtures/$style.md" | sed 's/^# //')
  python3 tests/scripts/docx_check.py --style "$style" --title "$title" "$OUT/fixtures/fixture-$style.docx" || status=1
  python3 tests/scripts/odt_check.py --style "$style" "$OUT/fixtures/fixture-$style.odt" || status=1
done

style_of() {
  case "$1" in *large-print*) echo large-print ;; *easy-read*) echo easy-read ;; *) echo standard ;; esac
}
shopt -s nullglob
examples=(examples/*.yaml)
if [ ${#examples[@]} -gt 0 ] && "$PLAINLY" make --help 2>&1 | grep -q -- "--format"; then
  for ex in "${examples[@]}"; do
    name=$(basename "$ex" .yaml)
    "$PLAINLY" make "$ex" --format docx,odt --out "$OUT/examples/$name" --today 2027-01-01 >/dev/null \
      || fail "plainly make $ex --format docx,odt failed."
  done
  while IFS= read -r f; do
    python3 tests/scripts/docx_check.py --style "$(style_of "$f")" "$f" || status=1
  done < <(find "$OUT/examples" -name '*.docx' | sort)
  while IFS= read -r f; do
    python3 tests/scripts/odt_check.py --style "$(style_of "$f")" "$f" || status=1
  done < <(find "$OUT/examples" -name '*.odt' | sort)
else
  echo "pandoc_docx_test: plainly make cannot write DOCX yet; checked the fixtures only."
fi
exit $status
