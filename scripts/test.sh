#!/usr/bin/env bash
# Installs what is missing, builds Reelcraft and its tests, and runs every test headless:
# 1. the full suite (unit, integration, GUI offscreen, GUI on a virtual X display);
# 2. the core's unit and integration tests again in an AddressSanitizer + UBSan build (all but
#    the slow ones and those that only run other programs over our files).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh test
jobs=$(nproc)

# Optimised as shipped but without debug information: -g costs a third of the compile time of
# every test file and most of the link time, and nothing here reads it (the sanitizer build below
# keeps line tables for its stack traces).
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DREELCRAFT_BUILD_TESTS=ON -DREELCRAFT_PACKAGING_TESTS=ON >/dev/null
cmake --build build/test -j"$jobs"
# Under xvfb-run so the tests that need a real display (video playback, screenshots) run too;
# the others choose the offscreen platform themselves.
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --test-dir build/test --output-on-failure -j"$jobs"

# The sanitizer build: line tables only (-g1) are all its stack traces need, and a fifth less to
# compile than full debug information; the benchmarks are left out (their numbers mean nothing here).
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1" \
  -DREELCRAFT_SANITIZE=ON -DREELCRAFT_BUILD_UI=OFF -DREELCRAFT_BUILD_TESTS=ON \
  -DREELCRAFT_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j"$jobs" -L 'unit|integration' -LE 'slow|interop'
