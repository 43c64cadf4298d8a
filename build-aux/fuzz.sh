#!/bin/bash
# fuzz.sh [SECONDS]: fuzzes Relay's parsers and writers with libFuzzer.
#
# Builds the targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/ (or $RELAY_FUZZ_BUILDDIR), then
# runs each, one after the other on one core, for SECONDS (default 60):
# first over its saved inputs (seed corpus and regressions), then fuzzing.
# What a target learns stays in build-fuzz/tests/fuzz/runs/TARGET/corpus
# for the next run; crashing inputs are kept in .../runs/TARGET/crashes.
# Once such a crash is fixed, copy its input into
# tests/fuzz/regressions/TARGET/ (and run meson setup --reconfigure): the
# core suite then runs it in every build.
#
# Prints a line per target and meson's summary; the exit status is
# non-zero on any crash, leak, timeout or undefined behaviour.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source build-aux/deps.sh
relay_install_deps faults || { echo "Could not install clang"; exit 1; }

seconds=${1:-60}
builddir=${RELAY_FUZZ_BUILDDIR:-$top/build-fuzz}
targets=(directory ical letter mime search)
log=$(mktemp /tmp/relay-fuzz.XXXXXX)

if [ ! -f "$builddir/build.ninja" ]; then
  if ! CC=clang meson setup "$builddir" -Dfuzzing=true -Db_sanitize=address,undefined \
         -Db_lundef=false >"$log" 2>&1; then
    cat "$log"
    exit 1
  fi
fi

if ! ninja -C "$builddir" "${targets[@]/#/tests/fuzz/fuzz-}" >"$log" 2>&1; then
  tail -n 40 "$log"
  exit 1
fi

echo "Fuzzing ${#targets[@]} targets for ${seconds} s each"
rc=0
RELAY_FUZZ_SECONDS=$seconds meson test -C "$builddir" --no-rebuild --suite fuzz \
  --num-processes 1 --print-errorlogs >"$log" 2>&1 || rc=$?

# meson's line per target, what each run did, then meson's summary.
grep -E '^ *[0-9]+/[0-9]+ ' "$log" | sort -u
grep -hE '^fuzz-[a-z]+: ' "$builddir/meson-logs/testlog.txt" | sed 's/^/   /'
crashes=$(find "$builddir/tests/fuzz/runs" -path '*/crashes/*' -type f -newer "$log" 2>/dev/null)
if [ -n "$crashes" ]; then
  echo "Inputs that crashed:"
  echo "$crashes" | sed 's/^/   /'
fi
sed -n '/^Ok:/,/^Timeout:/p' "$log"
if [ "$rc" -ne 0 ]; then
  echo "Full log: $builddir/meson-logs/testlog.txt"
fi
rm -f "$log"
exit "$rc"
