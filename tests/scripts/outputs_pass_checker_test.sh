#!/usr/bin/env bash
# Every document plainly makes for the examples must pass its own language checker with
# no error-level finding; easy-read documents are checked with the stricter easy-read limits.
set -euo pipefail
plainly="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for f in examples/*.yaml; do
  "$plainly" make "$f" --format txt --today 2026-06-01 --out "$work/$(basename "$f" .yaml)" > /dev/null
done

failed=0
checked=0
while IFS= read -r file; do
  style=()
  case "$file" in *.easy-read.*) style=(--style easy-read) ;; esac
  checked=$((checked + 1))
  if ! "$plainly" check "${style[@]}" --fail-on error "$file" > "$work/check.out" 2>&1; then
    failed=$((failed + 1))
    echo "== ${file#"$work"/} ${style[*]}"
    grep -E ': error ' "$work/check.out" || cat "$work/check.out"
  fi
done < <(find "$work" -name '*.txt' | sort)

echo "outputs_pass_checker: $checked documents checked, $failed with errors"
[ "$failed" -eq 0 ]
