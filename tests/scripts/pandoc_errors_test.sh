#!/usr/bin/env bash
# Pandoc missing or failing, through `plainly make`: a missing Pandoc is exit 3 with a message
# that names it and how to install it, and no file written; a failing Pandoc is exit 2 (or 4,
# "some documents could not be made", when others were written) with what Pandoc said; the
# core formats (txt, md, pdf) never need Pandoc. PLAINLY_PANDOC points plainly at a missing
# path or at a fake Pandoc. Run from the repo root: bash tests/scripts/pandoc_errors_test.sh build/plainly
set -uo pipefail
PLAINLY=$(realpath "$1")
EXAMPLE=examples/focus-group.yaml
fails=0
check() {  # check DESCRIPTION CONDITION...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fails=$((fails + 1)); fi
}

if ! "$PLAINLY" make --help 2>&1 | grep -q -- "docx"; then
  echo "pandoc_errors_test: plainly make cannot write DOCX yet; nothing to check."
  exit 0
fi
[ -f "$EXAMPLE" ] || { echo "pandoc_errors_test: $EXAMPLE is missing"; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/plainly-pandoc-errors.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
make_with() {  # make_with PANDOC FORMATS OUTDIR -> sets rc, err
  PLAINLY_PANDOC=$1 "$PLAINLY" make "$EXAMPLE" --format "$2" --out "$3" --today 2027-01-01 \
    >"$TMP/stdout" 2>"$TMP/stderr"
  rc=$?
  err=$(cat "$TMP/stderr")
}

# 1. Pandoc missing.
make_with /nonexistent/pandoc docx "$TMP/missing"
check "missing Pandoc: exit 3 (got $rc)" test "$rc" -eq 3
check "missing Pandoc: the message names Pandoc" grep -q "Pandoc" "$TMP/stderr"
check "missing Pandoc: the message says how to install it" grep -q "sudo apt-get install pandoc" "$TMP/stderr"
check "missing Pandoc: no DOCX written" test -z "$(find "$TMP/missing" -name '*.docx' 2>/dev/null)"

# 2. Pandoc failing: a fake that prints an error and exits 64.
cat > "$TMP/fake-pandoc" <<'SH'
#!/bin/sh
echo "fake pandoc: could not parse line 3 of the input" >&2
exit 64
SH
chmod +x "$TMP/fake-pandoc"
make_with "$TMP/fake-pandoc" html "$TMP/failing"
check "failing Pandoc: exit 2 or 4 (got $rc)" test "$rc" -eq 2 -o "$rc" -eq 4
check "failing Pandoc: its message is shown" grep -q "could not parse line 3" "$TMP/stderr"
check "failing Pandoc: no HTML written" test -z "$(find "$TMP/failing" -name '*.html' 2>/dev/null)"

# 3. The core formats do not need Pandoc.
make_with /nonexistent/pandoc txt,md "$TMP/core"
check "txt and md without Pandoc: exit 0 (got $rc)" test "$rc" -eq 0
check "txt and md without Pandoc: files written" test -n "$(find "$TMP/core" -name '*.txt')"

echo "pandoc_errors_test: $fails failed"
[ "$fails" -eq 0 ]
