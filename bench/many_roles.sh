#!/usr/bin/env bash
# How long `plainly validate` takes on a definitions file with N minimal roles (each lacks
# pay, sessions...: every role yields several problems). docs/reliability.md has the figures.
# With FINDINGS=1 each role also has a summary the language checker flags, so every role
# adds checker findings too.
#
#   bash bench/many_roles.sh build/plainly 1000 2000 4000
#   FINDINGS=1 bash bench/many_roles.sh build/plainly 1000 4000 16000
set -uo pipefail
PLAINLY=${1:?usage: many_roles.sh path/to/plainly N...}
shift
file=$(mktemp /tmp/plainly-many-roles-XXXXXX.yaml)
trap 'rm -f "$file"' EXIT
for n in "$@"; do
  python3 - "$n" "${FINDINGS:-0}" >"$file" <<'PY'
import sys
n, findings = int(sys.argv[1]), sys.argv[2] == "1"
print("version: 1\nroles:")
for i in range(n):
    print(f"  - id: r{i}\n    title: Role {i}")
    if findings:
        print("    summary: We hope this may lead to paid work, and your voice will shape the service.")
PY
  start=$(date +%s.%N)
  "$PLAINLY" validate "$file" --today 2026-01-01 >/dev/null 2>&1
  rc=$?
  end=$(date +%s.%N)
  python3 -c "print(f'$n roles ($(wc -c <"$file") bytes): exit $rc in {$end - $start:.2f} s')"
done
