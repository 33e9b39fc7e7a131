#!/usr/bin/env bash
# The README's first command: install what plainly needs, build it, and make the example pack.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
for f in examples/*.yaml; do
  name=$(basename "$f" .yaml)
  echo "== plainly make $f --out out/$name"
  build/plainly make "$f" --out "out/$name"
done
echo "The example pack is in out/: one folder per example, one per role inside it."
