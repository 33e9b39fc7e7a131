#!/usr/bin/env bash
# A typo in a user's template ({{role.pay_rat}}) stops plainly make with exit 2 before it
# writes anything: no output folder, no file names printed, files already there untouched.
set -euo pipefail
plainly="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "template_names: $*"; exit 1; }
typo=tests/cli/fixtures/make/typo-templates

code=0
"$plainly" make examples/focus-group.yaml --today 2026-06-01 --templates "$typo" \
  --out "$work/new" > "$work/out" 2> "$work/err" || code=$?
[ "$code" -eq 2 ] || fail "expected exit 2 for a template with a typo, got $code"
[ ! -e "$work/new" ] || fail "an output folder was made"
[ ! -s "$work/out" ] || fail "it printed files it wrote"
grep -q "there is no field called 'role.pay_rat'. Did you mean 'role.rate'?" "$work/err" ||
  fail "the typo was not named: $(cat "$work/err")"

# A folder made by a good run keeps its files exactly as they were.
"$plainly" make examples/focus-group.yaml --today 2026-06-01 --doc offer --format txt --out "$work/good" > /dev/null 2>&1
before=$(cd "$work/good" && find . -type f -exec sha256sum {} + | sort)
code=0
"$plainly" make examples/focus-group.yaml --today 2026-06-01 --doc offer --format txt --templates "$typo" \
  --out "$work/good" > /dev/null 2>&1 || code=$?
[ "$code" -eq 2 ] || fail "expected exit 2 on the second run, got $code"
[ "$(cd "$work/good" && find . -type f -exec sha256sum {} + | sort)" = "$before" ] || fail "files in --out changed"
echo "template_names: ok"
