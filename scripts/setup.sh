#!/usr/bin/env bash
# The README's first command: install what plainly needs, build it, and run it on the examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
for f in examples/*.yaml; do
  echo "== plainly validate $f"
  build/plainly validate "$f"
done
