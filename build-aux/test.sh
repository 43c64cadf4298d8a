#!/bin/bash
# Builds Relay and runs every test suite: core, UI (under Xvfb), the
# end-to-end tests (the real program driven through AT-SPI, in a build of
# its own with the test hooks), data validation; then the core tests again
# with AddressSanitizer and UndefinedBehaviorSanitizer. Installs any
# missing dependency with apt-get.
# The last line is "N passed, N failed"; the exit status is non-zero on any
# failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source build-aux/deps.sh
relay_install_deps test || { echo "0 passed, 1 failed"; exit 1; }
relay_ensure_locales fr_FR.UTF-8 es_ES.UTF-8 || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
cases=0
logdir=$(mktemp -d /tmp/relay-test-logs.XXXXXX)

# Tests get their own HOME and XDG folders, so nothing touches the user's.
scratch=$(mktemp -d /tmp/relay-test-home.XXXXXX)
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_CACHE_HOME="$scratch/.cache"
export XDG_DATA_HOME="$scratch/.local/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GTK_A11Y=none GSETTINGS_BACKEND=memory
unset DBUS_SESSION_BUS_ADDRESS

xvfb_pid=
cleanup () {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# Our own X server, on whatever display number is free.
start_xvfb () {
  local dfile="$scratch/display"
  Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$dfile" 2>"$logdir/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 100); do
    [ -s "$dfile" ] && break
    sleep 0.1
  done
  if [ ! -s "$dfile" ]; then
    echo "Xvfb did not start; see $logdir/xvfb.log"
    return 1
  fi
  export DISPLAY=":$(head -n1 "$dfile")"
}

# Adds the counts of one `meson test` run to the totals.
count () {
  local log=$1 ok fail unexpected timeout skipped
  ok=$(sed -n 's/^Ok: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  fail=$(sed -n 's/^Fail: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  unexpected=$(sed -n 's/^Unexpected Pass: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  timeout=$(sed -n 's/^Timeout: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  skipped=$(sed -n 's/^Skipped: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  passed=$((passed + ${ok:-0}))
  # TAP tests report their test cases ("23 subtests passed").
  local n
  for n in $(grep -oE '[0-9]+ subtests passed' "$log" | cut -d' ' -f1); do
    cases=$((cases + n))
  done
  # test.sh provides every service, so a skipped test means something is
  # missing: count it as a failure.
  failed=$((failed + ${fail:-0} + ${unexpected:-0} + ${timeout:-0} + ${skipped:-0}))
}

run_suite () {
  local name=$1; shift
  local log="$logdir/$name.log"
  echo "== $name"
  if ! "$@" >"$log" 2>&1; then
    echo "   (failures; log: $log)"
  fi
  grep -E '^ *[0-9]+/[0-9]+ ' "$log" | sed 's/^/   /'
  if ! grep -q '^Ok:' "$log"; then
    tail -n 30 "$log"
    failed=$((failed + 1))
    return
  fi
  count "$log"
}

echo "== build"
if [ ! -f build/build.ninja ]; then
  meson setup build --prefix="$top/build/_install" >"$logdir/setup.log" 2>&1 || { cat "$logdir/setup.log"; echo "0 passed, 1 failed"; exit 1; }
fi
if ! meson compile -C build >"$logdir/build.log" 2>&1; then
  tail -n 40 "$logdir/build.log"; echo "$passed passed, $((failed + 1)) failed"; exit 1
fi
if grep -q 'warning:' "$logdir/build.log"; then
  grep 'warning:' "$logdir/build.log"
  echo "The build has compiler warnings."
  failed=$((failed + 1))
fi

start_xvfb || { echo "$passed passed, $((failed + 1)) failed"; exit 1; }

run_suite core meson test -C build --no-rebuild --print-errorlogs --suite core
run_suite ui meson test -C build --no-rebuild --print-errorlogs --suite ui
# SIGKILL while the wizard saves (tests/crash); 200 rounds in build-aux/faults.sh.
run_suite faults meson test -C build --no-rebuild --print-errorlogs --suite faults

# The end-to-end tests need a relay that trusts their SMTP server's
# certificate: a build of its own, with -Dtest_hooks=true (build/ is the one
# build-aux/run.sh installs, and must not have them). Only what they run is
# built: the program, the settings schema and the translations.
echo "== build for the end-to-end tests"
e2e_targets=(src/relay data/gschemas.compiled)
for lang in $(grep -v '^#' po/LINGUAS); do
  e2e_targets+=("po/$lang/LC_MESSAGES/relay.mo")
done
if [ -f build-e2e/build.ninja ]; then
  e2e_setup=(meson configure build-e2e -Dtest_hooks=true)
else
  e2e_setup=(meson setup build-e2e -Dtest_hooks=true)
fi
if "${e2e_setup[@]}" >"$logdir/setup-e2e.log" 2>&1 &&
   ninja -C build-e2e "${e2e_targets[@]}" >"$logdir/build-e2e.log" 2>&1; then
  if grep -q 'warning:' "$logdir/build-e2e.log"; then
    grep 'warning:' "$logdir/build-e2e.log"
    failed=$((failed + 1))
  fi
  run_suite e2e meson test -C build-e2e --no-rebuild --print-errorlogs --suite e2e
else
  tail -n 40 "$logdir/setup-e2e.log" "$logdir/build-e2e.log" 2>/dev/null
  failed=$((failed + 1))
fi
run_suite data meson test -C build --no-rebuild --print-errorlogs --suite data

echo "== build with AddressSanitizer and UndefinedBehaviorSanitizer"
if [ ! -f build-sanitize/build.ninja ]; then
  meson setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false >"$logdir/setup-sanitize.log" 2>&1 || { cat "$logdir/setup-sanitize.log"; failed=$((failed + 1)); }
fi
if meson compile -C build-sanitize >"$logdir/build-sanitize.log" 2>&1; then
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_suite core-sanitize meson test -C build-sanitize --no-rebuild --print-errorlogs --suite core
else
  tail -n 40 "$logdir/build-sanitize.log"
  failed=$((failed + 1))
fi

# libFuzzer: each target of tests/fuzz for 30 s (clang, ASan, UBSan).
run_suite fuzz build-aux/fuzz.sh 30

echo "Logs: $logdir"
echo "($cases test cases passed inside the test programs)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
