#!/usr/bin/env bash
# plainly check on large input: a 1 MB single line and a 12 MB file are checked without a
# crash, with exit code 1 (they hold findings) and memory well under the file sizes.
set -eu
plainly="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
s = ["We will pay you £25 for each hour within 14 days.", "This may lead to paid work.",
     "You can bring a supporter to every meeting.", "Dates TBC."]
line = " ".join(s[i % 4] for i in range(26000))
open(f"{d}/line.txt", "w").write(line + "\n")
para = "\n\n".join(" ".join(s[(i + k) % 4] for k in range(4)) for i in range(62000))
open(f"{d}/big.txt", "w").write(para + "\n")
PY
for f in line.txt big.txt; do
  set +e
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$dir/mem" "$plainly" check --format json "$dir/$f" > "$dir/out.json" 2> "$dir/err"
    rc=$?
  else
    "$plainly" check --format json "$dir/$f" > "$dir/out.json" 2> "$dir/err"
    rc=$?
    echo 0 > "$dir/mem"  # GNU time is not installed: memory not measured
  fi
  set -e
  if [ "$rc" != 1 ]; then echo "$f: expected exit 1, got $rc"; cat "$dir/err"; exit 1; fi
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['files'][0]['findings']" "$dir/out.json"
  kb=$(tail -1 "$dir/mem")
  # Under AddressSanitizer (scripts/asan-tests.sh sets PLAINLY_SANITIZED) memory use roughly
  # doubles from ASan's own shadow memory, so the bound is raised there.
  limit=200000
  if [ -n "${PLAINLY_SANITIZED:-}" ]; then limit=600000; fi
  if [ "$kb" -gt "$limit" ]; then echo "$f: used $kb KB (limit $limit KB)"; exit 1; fi
done
echo ok
