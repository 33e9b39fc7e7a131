#!/usr/bin/env bash
# plainly make writes nothing when the definitions or a template are wrong, and leaves
# files already in --out exactly as they were.
set -euo pipefail
plainly="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "make_writes_nothing: $*"; exit 1; }

# 1. An invalid definitions file: exit 2, no output folder at all.
code=0
"$plainly" make tests/cli/fixtures/make/unknown-key.yaml --format txt --out "$work/bad" > "$work/out" 2> "$work/err" || code=$?
[ "$code" -eq 2 ] || fail "expected exit 2 for an invalid file, got $code"
[ ! -e "$work/bad" ] || fail "an output folder was made for an invalid file"
[ ! -s "$work/out" ] || fail "it printed files it wrote for an invalid file"

# 2. A first good run, then a run with a broken template: old files stay as they were.
"$plainly" make examples/focus-group.yaml --doc offer --style standard --format txt --today 2026-06-01 --out "$work/good" > /dev/null
file="$work/good/focus-group-member/offer.standard.txt"
[ -s "$file" ] || fail "the good run did not write $file"
before=$(sha256sum "$file")
code=0
"$plainly" make examples/focus-group.yaml --format txt --today 2026-06-01 --out "$work/good" \
  --templates tests/cli/fixtures/make/broken-templates > /dev/null 2> "$work/err" || code=$?
[ "$code" -eq 2 ] || fail "expected exit 2 for a broken template, got $code"
[ "$(sha256sum "$file")" = "$before" ] || fail "a broken template changed $file"
[ "$(find "$work/good" -type f | wc -l)" -eq 1 ] || fail "a broken template wrote files"
# No temporary files are left behind.
[ -z "$(find "$work" -name '*.tmp-*')" ] || fail "temporary files were left behind"
echo "make_writes_nothing: ok"
