#!/usr/bin/env bash
# Fuzz every reader with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
#
#   bash scripts/fuzz.sh                      # each target for 30 s
#   bash scripts/fuzz.sh 600                  # each target for 10 minutes, one after another
#   bash scripts/fuzz.sh 600 markdown checker # only these targets
#   bash scripts/fuzz.sh --build-only
#
# Targets: definitions (loader + validator + language hook), markdown (reader), rules
# (rule-file loader), checker (built-in rules on any bytes). Seeds: fuzz/corpus/<target>/.
# New inputs go to build-fuzz/corpus/<target>/; crashes, timeouts (> 1 s) and out-of-memory
# inputs (> 2048 MB) go to build-fuzz/artifacts/<target>/. Runs niced (the machine is shared).
# Exit status: 0 when no target found anything, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build-fuzz}
ALL_TARGETS=(definitions markdown rules checker)
build_only=0
if [ "${1:-}" = "--build-only" ]; then build_only=1; shift; fi
SECONDS_EACH=${1:-30}
[ $# -gt 0 ] && shift
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")

CLANG=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$CLANG" ]; then
  echo "fuzz: clang++ is not installed. Run scripts/install-deps.sh (clang, libclang-rt-14-dev)." >&2
  exit 2
fi

set -e
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLAINLY_FUZZ=ON -DBUILD_TESTING=OFF \
  -DCMAKE_CXX_COMPILER="$CLANG" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$BUILD_DIR" -j"${JOBS:-2}" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")
set +e
[ $build_only -eq 1 ] && exit 0

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# A timeout on a busy shared machine may only mean the fuzzer was starved of CPU (it runs at
# nice 19). Re-run the input at normal priority: only a timeout that repeats is a finding.
# Prints the seconds it took and succeeds if it took less than 1 s.
timeout_repeats() {  # target artifact
  local out rc
  out=$("$BUILD_DIR/fuzz/fuzz_$1" -timeout=1 -runs=2 "$2" 2>&1)
  rc=$?
  echo "$out" | grep -o 'Executed .* in [0-9]* ms' | grep -o '[0-9]* ms' | tail -1
  [ $rc -eq 0 ]
}

found=0
summary=()
for t in "${TARGETS[@]}"; do
  corpus="$BUILD_DIR/corpus/$t"
  artifacts="$BUILD_DIR/artifacts/$t"
  mkdir -p "$corpus" "$artifacts" "$artifacts/starved"
  echo "== fuzz_$t for $SECONDS_EACH s (logs: $BUILD_DIR/fuzz-$t.*.log)"
  t_start=$(date +%s)
  runs=0 slowest=0 part=0 result=clean
  while :; do
    left=$((SECONDS_EACH - ($(date +%s) - t_start)))
    [ $left -le 0 ] && break
    part=$((part + 1))
    log="$BUILD_DIR/fuzz-$t.$part.log"
    ls "$artifacts" >"$BUILD_DIR/.before"
    nice -n 19 "$BUILD_DIR/fuzz/fuzz_$t" "$corpus" "fuzz/corpus/$t" \
      -max_total_time="$left" -timeout=1 -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    s=$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    runs=$((runs + ${n:-0}))
    [ "${s:-0}" -gt "$slowest" ] && slowest=$s
    [ $rc -eq 0 ] && break
    new=$(ls "$artifacts" | grep -vxFf "$BUILD_DIR/.before" | grep -v '^starved$' || true)
    starved_only=1
    for a in $new; do
      if [[ $a == timeout-* ]] && took=$(timeout_repeats "$t" "$artifacts/$a"); then
        echo "   $a: took $took when run again at normal priority: the fuzzer was starved of CPU"
        mv "$artifacts/$a" "$artifacts/starved/"
      else
        starved_only=0
      fi
    done
    if [ -z "$new" ] || [ $starved_only -eq 0 ]; then
      kinds=$(grep -oE 'ERROR: libFuzzer: [a-z-]+|ERROR: AddressSanitizer: [a-z-]+|runtime error: [^:]*' "$log" | sort -u | tr '\n' ';')
      result="FOUND (${kinds:-exit $rc}): $new (log $log)"
      found=1
      break
    fi
  done
  summary+=("fuzz_$t: $result; $runs runs in $(( $(date +%s) - t_start )) s, slowest input ${slowest} s, corpus $(ls "$corpus" | wc -l) files, $(ls "$artifacts/starved" | wc -l) starved timeouts")
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $found
