#!/usr/bin/env bash
# Personal packs at scale: synthetic definitions of N people (the training co-design
# example with its people: list replaced), then
#   plainly make DEF --doc offer,consent --style standard,large-print,easy-read --format FORMATS
# timed with /usr/bin/time -v (Debian package "time"). Prints, for each N: documents, files,
# seconds (wall clock and CPU, user + system), documents per second (wall), peak memory
# (maximum resident set size), and the machine's load average (1 minute) when the run
# started. On a shared, busy machine the wall clock is much more than CPU / jobs: compare
# CPU seconds across runs, and give the load with any wall-clock figure.
#
# Usage: bench/scale.sh PATH/TO/plainly [SIZES] [FORMATS] [JOBS]
#   SIZES   default "10 100 1000"   (10000 is slow with PDF: try SIZES=10000 FORMATS=txt)
#   FORMATS default "pdf,txt"
#   JOBS    default 2
set -euo pipefail
plainly=$(realpath "${1:?give the plainly binary}")
sizes=${2:-"10 100 1000"}
formats=${3:-pdf,txt}
jobs=${4:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/plainly-scale.XXXXXX")  # TMPDIR=/dev/shm keeps the disk out of it
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "Install Debian 'time' (scripts/install-deps.sh)." >&2; exit 3; }

make_definitions() {  # N -> a definitions file with N people, formats and sizes mixed
  local n=$1 out=$work/people-$1.yaml
  sed -n '1,/^people:/p' "$root/examples/training-co-design.yaml" > "$out"
  awk -v n="$n" 'BEGIN {
    split("standard large-print easy-read", fmt, " ");
    split("peer-trainer advisory-panel-member", role, " ");
    for (i = 0; i < n; i++) {
      f = fmt[i % 3 + 1];
      printf "  - name: Person %d\n    role: %s\n    address: \"%d Test Street, Leeds LS1 1AA\"\n", i, role[i % 2 + 1], i + 1;
      if (f == "large-print") printf "    needs: {format: large-print, size: %d}\n", 18 + (i % 4) * 2;
      else printf "    needs: {format: %s}\n", f;
    }
  }' >> "$out"
  echo "$out"
}

printf "%8s %10s %8s %9s %9s %8s %10s %6s\n" people documents files "wall s" "CPU s" "docs/s" "peak MB" load
for n in $sizes; do
  def=$(make_definitions "$n")
  rm -rf "$work/out"
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$work/time.txt" "$plainly" make "$def" --doc offer,consent \
    --style standard,large-print,easy-read --format "$formats" --jobs "$jobs" \
    --today 2026-06-01 --out "$work/out" > "$work/files.txt" 2> "$work/err.txt" || {
      echo "plainly make failed for $n people:" >&2; tail -5 "$work/err.txt" >&2; exit 1; }
  files=$(wc -l < "$work/files.txt")
  docs=$(sed -n 's/^Made \([0-9]*\) of.*/\1/p' "$work/err.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
         for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  awk -v n="$n" -v d="$docs" -v f="$files" -v s="$wall" -v c="$cpu" -v kb="$kb" -v l="$load" \
    'BEGIN { printf "%8d %10d %8d %9.2f %9.2f %8.1f %10.1f %6s\n", n, d, f, s, c, (s > 0 ? d / s : 0), kb / 1024, l }'
done
