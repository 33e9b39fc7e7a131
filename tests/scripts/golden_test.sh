#!/usr/bin/env bash
# Golden tests: the document model dump and the plain text of every document that
# `plainly make` writes for every example, compared with tests/golden/expected/.
#
# After an intended change (wording, model, text writer), look at the diff this prints,
# then accept the new outputs with:
#   PLAINLY_ACCEPT=1 ctest --test-dir build -R golden
# and review `git diff tests/golden` before committing.
set -euo pipefail
plainly="$1"
expected=tests/golden/expected
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for f in examples/*.yaml; do
  name=$(basename "$f" .yaml)
  "$plainly" make "$f" --format txt,model --today 2026-06-01 --out "$work/$name" > /dev/null
done
# Picture paths are absolute; keep only the part under the data folder (or, for an
# example's own pictures, under the repository).
find "$work" -name '*.model.txt' -exec sed -i -e 's|url="[^"]*/templates/pictures/|url="<data>/templates/pictures/|' \
  -e 's|url="[^"]*/examples/pictures/|url="<repo>/examples/pictures/|' {} +

if [ "${PLAINLY_ACCEPT:-}" = 1 ]; then
  rm -rf "$expected"
  mkdir -p "$(dirname "$expected")"
  cp -r "$work" "$expected"
  echo "golden: accepted $(find "$expected" -type f | wc -l) files into $expected"
  exit 0
fi

if ! diff -ru "$expected" "$work"; then
  echo
  echo "golden: the outputs changed (diff above: - expected, + now)."
  echo "If the change is intended: PLAINLY_ACCEPT=1 ctest --test-dir build -R golden"
  exit 1
fi
echo "golden: $(find "$expected" -type f | wc -l) files match"
