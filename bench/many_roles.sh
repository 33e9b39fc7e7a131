#!/usr/bin/env bash
# How long `plainly validate` takes on a definitions file with N minimal roles (each lacks
# pay, sessions...: every role yields several problems). docs/reliability.md has the figures.
#
#   bash bench/many_roles.sh build/plainly 1000 2000 4000
set -uo pipefail
PLAINLY=${1:?usage: many_roles.sh path/to/plainly N...}
shift
file=$(mktemp /tmp/plainly-many-roles-XXXXXX.yaml)
trap 'rm -f "$file"' EXIT
for n in "$@"; do
  python3 - "$n" >"$file" <<'PY'
import sys
n = int(sys.argv[1])
print("version: 1\nroles:")
for i in range(n):
    print(f"  - id: r{i}\n    title: Role {i}")
PY
  start=$(date +%s.%N)
  "$PLAINLY" validate "$file" --today 2026-01-01 >/dev/null 2>&1
  rc=$?
  end=$(date +%s.%N)
  python3 -c "print(f'$n roles ($(wc -c <"$file") bytes): exit $rc in {$end - $start:.2f} s')"
done
