#!/bin/bash
# Runs Relay's benchmarks (tests/bench/, `meson test --benchmark`) in an
# optimised build under its own Xvfb, and prints one table of the results
# (medians of several runs) beside the targets, with the machine they come
# from. Not part of the test run. Usage: build-aux/bench.sh [BUILD-DIR]
# RELAY_BENCH_SIZES="1000 10000 100000" chooses the store sizes.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source build-aux/deps.sh
relay_install_deps test || exit 1

builddir=${1:-build-bench}
scratch=$(mktemp -d /tmp/relay-bench-home.XXXXXX)
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

dfile="$scratch/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$dfile" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$dfile" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$dfile")"

if [ ! -d "$builddir" ]; then
  meson setup "$builddir" --buildtype=release >/dev/null || exit 1
fi
ninja -C "$builddir" >/dev/null || exit 1

results="$scratch/results.tsv"
# The store benchmark first: it makes the databases the others use.
for name in store core ui; do
  meson test -C "$builddir" --benchmark --no-rebuild --verbose "$name" 2>/dev/null |
    sed -n 's/^.*BENCH\t/BENCH\t/p' >>"$results"
done

target () {
  case "$1" in
    startup/ratio) echo "≤ 1.3×" ;;
    store/100000/list-first-page|ui/100000/first-page-of-case-list) echo "≤ 50 ms" ;;
    store/100000/search-p95) echo "≤ 20 ms" ;;
    directory/filter-per-keystroke) echo "≤ 2 ms" ;;
    letter/pdf-40-victims) echo "≤ 200 ms" ;;
    ui/100000/longest-stall-*) echo "≤ 16 ms" ;;
    ui/100000/main-window-first-frame) echo "" ;;
    *) echo "" ;;
  esac
}

cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)
cores=$(nproc)
memory=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
echo "Relay benchmarks — $(date -u +%Y-%m-%d), $cpu, $cores cores, $memory, $(. /etc/os-release; echo "$PRETTY_NAME")"
echo
printf '| %-42s | %12s | %-8s |\n' "benchmark" "result" "target"
printf '|%s|%s|%s|\n' "--------------------------------------------" "--------------" "----------"
while IFS=$'\t' read -r _ name value unit; do
  printf '| %-42s | %9.2f %-2s | %-8s |\n' "$name" "$value" "$unit" "$(target "$name")"
done <"$results"
