#!/usr/bin/env bash
# Builds and runs every test: the normal build, the same suite under AddressSanitizer and
# UndefinedBehaviorSanitizer (LeakSanitizer reports fail it), and a short run of each fuzzer.
# Set ER_FUZZ_SECONDS to change the fuzzing time per target (default 10; 0 skips fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

echo "== build and test (RelWithDebInfo)"
# Line tables (-g1) are enough for readable stack traces and cost far less to build than -g.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
cmake --build build
ctest --test-dir build --output-on-failure -j2

echo "== build and test with ASan + UBSan"
# Benchmarks are timed in the normal build; under the sanitizers they would only add build time.
# Unoptimised: the sanitizers check the same code. On 2 cores the build took 560 s instead of 724 s
# at -O1, and the suite 156 s instead of 125 s (most of its time is Qt's own code and processes).
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DER_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
    -DER_BENCHMARKS=OFF
cmake --build build-asan
# Fast (frame-pointer) unwinding: full unwinding on every allocation made the suite eight
# times slower. lsan.supp therefore names only libraries that allocate a leak themselves.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
    ctest --test-dir build-asan --output-on-failure -j2 -E '^(install_check|translations_complete)$'

seconds=${ER_FUZZ_SECONDS:-10}
if [ "$seconds" -gt 0 ]; then
    echo "== fuzz each target for ${seconds}s"
    # -O1 with line tables, as libFuzzer's documentation builds its targets: 161 s to build on 2 cores,
    # against 189 s with the build type's full debug information.
    CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
        -DER_FUZZ=ON
    cmake --build build-fuzz
    for fuzzer in build-fuzz/tests/fuzz/fuzz_*; do
        [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue # skip the *_autogen folders
        name=$(basename "$fuzzer")
        corpus=$(mktemp -d)
        cp "tests/fuzz/corpus/${name#fuzz_}/"* "$corpus/"
        (cd "$corpus" && "$root/$fuzzer" "$corpus" -max_total_time="$seconds" -max_len=16384 -print_final_stats=1 \
            2>&1 | grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY)' ) || true
        if ls "$corpus"/crash-* "$corpus"/leak-* "$corpus"/timeout-* >/dev/null 2>&1; then
            echo "$name found a problem:"; ls "$corpus"/crash-* "$corpus"/leak-* "$corpus"/timeout-* 2>/dev/null
            exit 1
        fi
        rm -rf "$corpus"
    done
fi
echo "all tests passed"
