#!/bin/bash
# run-fuzzer.sh: runs one libFuzzer target, for the "fuzz" suite.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   run-fuzzer.sh FUZZER WORKDIR INPUT-FOLDER...
#
# First every saved input (the seed corpus, the regressions) runs once:
# each must pass. Then the fuzzer runs for RELAY_FUZZ_SECONDS (default 60),
# in one process (one core), starting from WORKDIR/corpus, which keeps what
# it learns between runs, and the input folders, which it only reads.
# Crashing inputs are kept in WORKDIR/crashes/. The last line says how it
# went; the exit status is non-zero on a crash, a leak or a timeout.
set -uo pipefail

fuzzer=$1
work=$2
shift 2
seconds=${RELAY_FUZZ_SECONDS:-60}
name=$(basename "$fuzzer")
here=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$work/corpus" "$work/crashes"
log="$work/last-run.log"

# Undefined behaviour stops the run as a crash does; third-party leaks
# that are not ours are listed in lsan.supp.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0}
export LSAN_OPTIONS=suppressions=$here/lsan.supp:print_suppressions=0

# libFuzzer exits with 77 on a crash by default, which meson reads as
# "skipped": any failure is 1 here.
common=(-error_exitcode=1 -timeout_exitcode=1 -timeout=20 -rss_limit_mb=2048
        -artifact_prefix="$work/crashes/")

if ! "$fuzzer" "${common[@]}" -runs=0 "$@" >"$log" 2>&1; then
  cat "$log"
  echo "$name: a saved input fails (log above)"
  exit 1
fi

rc=0
"$fuzzer" "${common[@]}" -max_total_time="$seconds" -print_final_stats=1 \
  "$work/corpus" "$@" >"$log" 2>&1 || rc=$?

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n1 | cut -d' ' -f2)
corpus=$(find "$work/corpus" -type f | wc -l)

if [ "$rc" -ne 0 ]; then
  tail -n 60 "$log"
  echo "$name: FAILED after ${runs:-?} runs; crashing inputs in $work/crashes/"
  exit 1
fi

echo "$name: ${seconds} s, ${runs:-0} runs, ${cov:-0} coverage points, $corpus inputs in its corpus, no crash"
