#!/bin/bash
# faults.sh [ROUNDS]: crash safety and memory checks, longer than test.sh's.
#
#  1. Builds Relay in build/ (as test.sh does).
#  2. Under its own Xvfb, kills the application with SIGKILL ROUNDS times
#     (default 200) while the wizard saves a draft (tests/crash): after each
#     kill the database must pass PRAGMA integrity_check and hold all that
#     was typed but at most the last second.
#  3. Runs the core test suite under valgrind memcheck, with GLib's
#     suppressions and tests/valgrind.supp (build-aux/valgrind-tests.py):
#     any invalid read or write, use of uninitialised memory or memory
#     definitely lost fails.
#
# Installs what is missing with apt-get (valgrind among it). The last line
# is "N passed, N failed"; the exit status is non-zero on any failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source build-aux/deps.sh
relay_install_deps faults || { echo "0 passed, 1 failed"; exit 1; }

rounds=${1:-200}
passed=0
failed=0
logdir=$(mktemp -d /tmp/relay-faults-logs.XXXXXX)

# The same private HOME and XDG folders as test.sh.
scratch=$(mktemp -d /tmp/relay-faults-home.XXXXXX)
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

echo "== build"
if [ ! -f build/build.ninja ]; then
  meson setup build --prefix="$top/build/_install" >"$logdir/setup.log" 2>&1 ||
    { cat "$logdir/setup.log"; echo "0 passed, 1 failed"; exit 1; }
fi
if ! meson compile -C build >"$logdir/build.log" 2>&1; then
  tail -n 40 "$logdir/build.log"; echo "0 passed, 1 failed"; exit 1
fi

echo "== crash safety: $rounds kills while the wizard saves a draft"
dfile="$scratch/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$dfile" 2>"$logdir/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -s "$dfile" ] && break
  sleep 0.1
done
if [ -s "$dfile" ]; then
  export DISPLAY=":$(head -n1 "$dfile")"
  # meson's timeout is set for test.sh's 20 rounds.
  multiplier=$(( rounds / 20 + 1 ))
  if RELAY_CRASH_ITERATIONS=$rounds meson test -C build --no-rebuild --suite faults \
       --timeout-multiplier "$multiplier" --print-errorlogs >"$logdir/crash.log" 2>&1; then
    passed=$((passed + 1))
    grep -h '^# [0-9]* kills' build/meson-logs/testlog.txt | sed 's/^# /   /'
    echo "   crash-sigkill: ok"
  else
    grep -E '^# [0-9]+: |Bail out|ERROR' build/meson-logs/testlog.txt | tail -n 20 | sed 's/^/   /'
    echo "   crash-sigkill: FAILED (log: $logdir/crash.log)"
    failed=$((failed + 1))
  fi
else
  echo "   Xvfb did not start; see $logdir/xvfb.log"
  failed=$((failed + 1))
fi

echo "== core suite under valgrind memcheck"
/usr/bin/python3 build-aux/valgrind-tests.py build core >"$logdir/valgrind.log" 2>&1
grep -v -E '^[0-9]+ passed, [0-9]+ failed$' "$logdir/valgrind.log"
vg=$(tail -n1 "$logdir/valgrind.log")
if [[ "$vg" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
  passed=$((passed + BASH_REMATCH[1]))
  failed=$((failed + BASH_REMATCH[2]))
else
  failed=$((failed + 1))
fi

echo "Logs: $logdir"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
