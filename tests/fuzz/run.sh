#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a while.
#   tests/fuzz/run.sh            short run: 60 s per target (what CI runs)
#   tests/fuzz/run.sh 3600       long run: an hour per target (see docs/RELIABILITY.md)
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (build jobs, default 2),
#   FUZZ_TARGETS (default: all three).
# Inputs of fixed findings in tests/fuzz/regressions run first. The seed corpus in
# tests/fuzz/corpus/<target> is read, never written: new inputs go to
# $FUZZ_BUILD_DIR/corpus/<target>, crashes to $FUZZ_BUILD_DIR/artifacts. Exits non-zero on
# any finding (crash, sanitizer report, broken invariant, leak, timeout, out of memory).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET="${1:-60}"
BUILD="${FUZZ_BUILD_DIR:-build-fuzz}"
TARGETS="${FUZZ_TARGETS:-fuzz_csv_reader fuzz_value_parser fuzz_header_mapper}"

CXX_FUZZ="${FUZZ_CXX:-$(command -v clang++ || command -v clang++-14)}"
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DTIERSCOPE_FUZZ=ON -DTIERSCOPE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" -j "${FUZZ_JOBS:-2}" --target fuzz

max_len() {
  case "$1" in
    fuzz_csv_reader) echo 8192 ;;
    fuzz_value_parser) echo 256 ;;
    *) echo 4096 ;;
  esac
}

mkdir -p "$BUILD/artifacts"
status=0
# Inputs of fixed findings (tests/fuzz/regressions/<target>-*) run first, each once.
for t in $TARGETS; do
  set -- tests/fuzz/regressions/"$t"-*
  [ -e "$1" ] || continue
  if ASAN_OPTIONS=detect_leaks=1 "$BUILD/tests/fuzz/$t" "$@" >"$BUILD/$t-regressions.log" 2>&1; then
    echo "$t: $# regression input(s) pass"
  else
    echo "$t: a regression input FAILS; see $BUILD/$t-regressions.log"
    status=1
  fi
done
for t in $TARGETS; do
  work="$BUILD/corpus/$t"
  mkdir -p "$work"
  log="$BUILD/$t.log"
  set +e
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$BUILD/tests/fuzz/$t" "$work" "tests/fuzz/corpus/$t" \
      -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$t")" \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
      -artifact_prefix="$BUILD/artifacts/$t-" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
  if [ $rc -eq 0 ]; then
    echo "$t: ok, $runs executions in ${SECONDS_PER_TARGET} s, coverage $cov edges, no finding"
  else
    echo "$t: FINDING (exit $rc) after $runs executions; see $log and $BUILD/artifacts/"
    grep -E 'ERROR|runtime error|==[0-9]+==|Test unit written' "$log" | head -20 || true
    status=1
  fi
done
exit $status
