#!/bin/bash
# Takes the screenshots of the README and the metainfo (data/screenshots/)
# under its own Xvfb, with invented demo cases (tests/ui/relay-seed.c).
#   build-aux/screenshots.sh [--lang en|fr|es] [OUTPUT-DIR]
# English goes to data/screenshots/ by default; other languages to
# /tmp/relay-screenshots-LANG/, for review.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source build-aux/deps.sh
relay_install_deps screenshot

lang=en out=
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang=$2; shift 2 ;;
    *) out=$1; shift ;;
  esac
done
if [ -z "$out" ]; then
  if [ "$lang" = en ]; then out="$top/data/screenshots"; else out="/tmp/relay-screenshots-$lang"; fi
fi
mkdir -p "$out"

[ -f build/build.ninja ] || meson setup build >/dev/null
ninja -C build >/dev/null
ninja -C build relay-gmo >/dev/null

scratch=$(mktemp -d /tmp/relay-screenshots.XXXXXX)
xvfb_pid=
cleanup () {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_CACHE_HOME="$scratch/.cache"
export XDG_DATA_HOME="$scratch/.local/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
export GTK_A11Y=none GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$top/build/data" TZ=UTC
unset DBUS_SESSION_BUS_ADDRESS

case "$lang" in
  en) export LANGUAGE=en LC_ALL=C.UTF-8 ;;
  fr) export LANGUAGE=fr LC_ALL=fr_FR.UTF-8 RELAY_TEST_LOCALEDIR="$top/build/po" ;;
  es) export LANGUAGE=es LC_ALL=es_ES.UTF-8 RELAY_TEST_LOCALEDIR="$top/build/po" ;;
  *) echo "unknown language $lang" >&2; exit 2 ;;
esac
if [ "$lang" != en ] && ! locale -a | grep -qi "^${LC_ALL%.UTF-8}.utf8$"; then
  echo "The locale $LC_ALL is missing: see build-aux/screenshot.sh, which makes it." >&2
  exit 1
fi

Xvfb -displayfd 5 -screen 0 1280x900x24 -nolisten tcp 5>"$scratch/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$scratch/display")"

build/tests/ui/relay-seed "$lang" >/dev/null
build/tests/ui/relay-screenshots "$out"
