#!/usr/bin/env bash
# Runs an outside tagged-PDF checker (check_tagged.py, kept outside this repository) on every
# example PDF, every kind and style: --min-font-size 12 for standard, 16 for large print and
# easy read, --max-line-chars 70, --no-justify. Prints each failed check and the totals.
# Usage (from the repo root): bash tests/scripts/pdf_check_tagged.sh path/to/plainly path/to/check_tagged.py
set -euo pipefail
PLAINLY=${1:?usage: pdf_check_tagged.sh path/to/plainly path/to/check_tagged.py}
CHECKER=${2:?usage: pdf_check_tagged.sh path/to/plainly path/to/check_tagged.py}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for example in examples/*.yaml; do
  "$PLAINLY" make "$example" --format pdf --out "$OUT/$(basename "$example" .yaml)" > /dev/null 2>&1
done
files=0 checks=0 warnings=0 failures=0
while IFS= read -r pdf; do
  case "$pdf" in *.standard.pdf) size=12 ;; *) size=16 ;; esac
  report=$(python3 "$CHECKER" "$pdf" --min-font-size "$size" --max-line-chars 70 --no-justify 2>&1 || true)
  files=$((files + 1))
  checks=$((checks + $(grep -c -E '^(PASS|FAIL|WARN) ' <<< "$report" || true)))
  warnings=$((warnings + $(grep -c '^WARN ' <<< "$report" || true)))
  failed=$(grep -c '^FAIL ' <<< "$report" || true)
  failures=$((failures + failed))
  if [ "$failed" -gt 0 ]; then
    echo "${pdf#"$OUT"/}:"
    grep '^FAIL ' <<< "$report"
  fi
done < <(find "$OUT" -name '*.pdf' | sort)
echo "check_tagged: $files PDFs, $checks checks, $warnings warnings, $failures failures"
[ "$failures" -eq 0 ]
