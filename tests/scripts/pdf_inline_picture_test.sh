#!/usr/bin/env bash
# A picture written inside a paragraph of a user's own template is drawn in the PDF: in the
# line ("Call us ![A phone](phone.png) any weekday.") as a Figure inside the paragraph's P,
# and on its own when the paragraph is only the picture; both with their /Alt, and the
# file still passes tests/scripts/pdf_check.py.
# Usage (from the repo root): bash tests/scripts/pdf_inline_picture_test.sh path/to/plainly
set -euo pipefail
PLAINLY=${1:?usage: pdf_inline_picture_test.sh path/to/plainly}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/templates/advert" "$WORK/pictures"
cp templates/advert/standard.md.mustache "$WORK/templates/advert/"
printf '\nCall us ![A phone](phone.png) any weekday.\n\n![A map of the building](phone.png)\n' \
  >> "$WORK/templates/advert/standard.md.mustache"
cp tests/unit/writers/pdf_test_picture.png "$WORK/pictures/phone.png"

"$PLAINLY" make examples/focus-group.yaml --doc advert --style standard --format pdf \
  --templates "$WORK/templates" --pictures "$WORK/pictures" --out "$WORK/out" > /dev/null 2>&1
pdf=$(find "$WORK/out" -name 'advert.standard.pdf' | head -1)
[ -n "$pdf" ] || { echo "pdf_inline_picture_test: no PDF written"; exit 1; }

python3 tests/scripts/pdf_check.py "$pdf" --style standard --expect "Call us" --expect "any weekday." \
  --tree Document --tree "  P" --tree "    Figure" --tree "  Figure"
grep -a -q "/Alt (A phone)" "$pdf" || { echo "pdf_inline_picture_test: no /Alt (A phone)"; exit 1; }
grep -a -q "/Alt (A map of the building)" "$pdf" || { echo "pdf_inline_picture_test: no /Alt for the map"; exit 1; }
if pdftotext "$pdf" - | grep -q "A phone"; then
  echo "pdf_inline_picture_test: the alternative text is printed as text"
  exit 1
fi
echo "pdf_inline_picture_test: ok"
