#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer.
# Any sanitizer report stops the test that hit it, so ctest shows it as a failure.
#
#   bash scripts/asan-tests.sh            # configure build-asan, build, run ctest
#   JOBS=1 bash scripts/asan-tests.sh     # fewer parallel jobs (default: nproc)
#   BUILD_DIR=/tmp/asan bash scripts/asan-tests.sh
#   ASAN_CXX=clang++ bash scripts/asan-tests.sh   # another compiler (default: g++)
#
# Uses g++, the compiler of the normal build (clang 14 rejects some C++20 the tests use,
# such as lambdas capturing structured bindings). Debian's yaml-cpp, ICU, cmark-gfm and
# libharu are not instrumented: their own bugs are not found, but our misuse of them is.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build-asan}
JOBS=${JOBS:-$(nproc)}
CXX_BIN=$(command -v "${ASAN_CXX:-g++}")
SAN_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"

start=$(date +%s)
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$CXX_BIN" \
  -DCMAKE_CXX_FLAGS="$SAN_FLAGS" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS"
built=$(date +%s)

# detect_leaks=0: ICU and yaml-cpp keep caches until exit, which LeakSanitizer would report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0}
export PLAINLY_SANITIZED=1  # tests that bound memory allow for ASan's shadow memory
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS"
done_at=$(date +%s)
echo "asan-tests: build $((built - start)) s, tests $((done_at - built)) s (compiler $CXX_BIN, $JOBS jobs)"
