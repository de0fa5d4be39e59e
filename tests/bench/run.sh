#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The performance bars of DESIGN.md §7, measured: `make bench` runs this after a Release build.
#
#   tests/bench/run.sh BUILD_DIR [SIZE …]      (sizes default to 100000 1000000)
#
# For each size it makes a demo workspace once (kept in BUILD_DIR/bench, reused later) and runs
# the benchmark programs on it; each program prints medians of several runs and PASS/FAIL per
# bar. The import benchmark generates its own CSV and times the sqlite3 shell on the same file in
# the same run (the machine's baseline). The full output and a table of every bar go to
# BUILD_DIR/bench/results-<time>.txt (and results-latest.txt).
set -uo pipefail

BUILD=${1:?usage: run.sh BUILD_DIR [SIZE ...]}
shift
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100000 1000000)
RUNS=${BENCH_RUNS:-5}
BIN="$BUILD/tests/bench"
APP="$BUILD/app/tierscope"
OUT="$BUILD/bench"
mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%d-%H%M%S)
LOG="$OUT/results-$STAMP.txt"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

say() { echo "$@" | tee -a "$LOG"; }
run() { # name, command…: runs it, keeps its output, prefixes its bar lines for the table
    local name=$1
    shift
    say ""
    say "### $name"
    "$@" 2>&1 | tee -a "$LOG" | tee "$OUT/last-$name.txt"
    # Indented bar lines belong to the heading above them (a query shape, say).
    awk -v size="$CURRENT" -v name="$name" '
        /^[^ ]/ && !/PASS|FAIL/ { heading = $0 }
        /PASS|FAIL/ { line = $0; sub(/^ +/, "", line)
                      if ($0 ~ /^ /) line = heading ": " line
                      print size " | " name " | " line }' "$OUT/last-$name.txt" >>"$OUT/table.tmp"
}

: >"$OUT/table.tmp"
say "Tierscope benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
say "system: $(. /etc/os-release && echo "$PRETTY_NAME"), SQLite $(sqlite3 --version | cut -d' ' -f1), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?')"
say "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
say "runs per figure: $RUNS (medians)"

CURRENT="any size"
run pdf "$BIN/bench_pdf" --runs "$RUNS"

for N in "${SIZES[@]}"; do
    CURRENT="$N creators"
    WS="$OUT/demo-$N.tierscope"
    say ""
    say "================ $N creators ================"
    if [ ! -f "$WS" ]; then
        start=$(date +%s%N)
        "$APP" demo --creators "$N" --workspace "$WS" | tee -a "$LOG" || exit 1
        say "demo workspace written in $(( ($(date +%s%N) - start) / 1000000 )) ms (this machine, as loaded as it is)"
    else
        # A workspace kept from an older version is upgraded once (the programs open it read-only).
        "$APP" stats --workspace "$WS" >/dev/null || exit 1
    fi
    run import "$BIN/bench_import" --rows "$N" --dir "$OUT"
    # The import wrote over a gigabyte at 1 M: let it reach the disk before timing more.
    sync
    run queries "$BIN/bench_creator_queries" "$WS" "$RUNS"
    run chart "$BIN/bench_tier_chart" --runs "$RUNS" "$WS"
    run gui "$BIN/bench_gui" "$WS"
done

say ""
say "================ bars ================"
column -t -s '|' "$OUT/table.tmp" | tee -a "$LOG"
passes=$(grep -c PASS "$OUT/table.tmp")
fails=$(grep -c FAIL "$OUT/table.tmp")
say ""
say "$passes PASS, $fails FAIL. Full output: $LOG"
cp "$LOG" "$OUT/results-latest.txt"
rm -f "$OUT/table.tmp" "$OUT"/last-*.txt
