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
found=0
summary=()
for t in "${TARGETS[@]}"; do
  corpus="$BUILD_DIR/corpus/$t"
  artifacts="$BUILD_DIR/artifacts/$t"
  log="$BUILD_DIR/fuzz-$t.log"
  mkdir -p "$corpus" "$artifacts"
  before=$(ls "$artifacts" | wc -l)
  echo "== fuzz_$t for $SECONDS_EACH s (log: $log)"
  nice -n 19 "$BUILD_DIR/fuzz/fuzz_$t" "$corpus" "fuzz/corpus/$t" \
    -max_total_time="$SECONDS_EACH" -timeout=1 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  after=$(ls "$artifacts" | wc -l)
  kinds=$(grep -oE 'ERROR: libFuzzer: [a-z-]+|ERROR: AddressSanitizer: [a-z-]+|runtime error: [^:]*' "$log" | sort -u | tr '\n' ';')
  if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    found=1
    summary+=("fuzz_$t: FOUND ($kinds) exit $rc, $((after - before)) new artifact(s) in $artifacts, ${runs:-?} runs")
  else
    summary+=("fuzz_$t: clean, ${runs:-?} runs in $SECONDS_EACH s, corpus $(ls "$corpus" | wc -l) files")
  fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $found
