#!/bin/bash
# Takes a screenshot of Relay under Xvfb, for the README and for review.
#   build-aux/screenshot.sh [--lang en|fr|es] [--empty] [--select N] [--size WxH]
#                           [--keys KEYS] [--click X,Y]... OUTPUT.png
# --empty starts with no cases; otherwise a few realistic demo cases are put
# in first (through the case store, like the app). --select N clicks the
# Nth case in the list. --keys sends key presses (xdotool names, such as
# "ctrl+comma") and then captures the whole screen, dialogs included.
# --click X,Y clicks at that point of the window (after --select); it may
# be given several times, as in --click 550,27 to open the Mandates page.
# --then-click X,Y clicks at that point of the screen after the keys, for
# dialogs that the keys opened.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source build-aux/deps.sh
relay_install_deps screenshot

lang=en empty=0 select=0 size=1100x720 keys= out=
clicks=()
then_clicks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang=$2; shift 2 ;;
    --empty) empty=1; shift ;;
    --select) select=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --keys) keys=$2; shift 2 ;;
    --click) clicks+=("$2"); shift 2 ;;
    --then-click) then_clicks+=("$2"); shift 2 ;;
    *) out=$1; shift ;;
  esac
done
[ -n "$out" ] || { echo "usage: $0 [--lang L] [--empty] [--select N] [--size WxH] OUTPUT.png" >&2; exit 2; }
case "$out" in /*) ;; *) out="$top/$out" ;; esac

prefix="$top/build/_install"
[ -f build/build.ninja ] || meson setup build --prefix="$prefix" >/dev/null
meson compile -C build >/dev/null
meson install -C build --quiet --no-rebuild

case "$lang" in
  fr) locale=fr_FR.UTF-8 ;;
  es) locale=es_ES.UTF-8 ;;
  *) locale=en_GB.UTF-8 ;;
esac
# Month names come from the C library's locale, so make sure it exists.
if ! locale -a 2>/dev/null | grep -qi "^${locale%.UTF-8}.utf8$"; then
  if [ "$(id -u)" -eq 0 ]; then
    sed -i "s/^# *\(${locale} UTF-8\)/\1/" /etc/locale.gen
    locale-gen >/dev/null
  else
    locale=C.UTF-8
  fi
fi

scratch=$(mktemp -d /tmp/relay-shot.XXXXXX)
xvfb_pid= app_pid=
cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_CACHE_HOME="$scratch/.cache"
export XDG_DATA_HOME="$scratch/.local/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export GTK_A11Y=none GSETTINGS_BACKEND=keyfile GSK_RENDERER=cairo
export XDG_DATA_DIRS="$prefix/share:/usr/local/share:/usr/share"
export GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas"
export LANG=$locale LANGUAGE=$lang LC_ALL=$locale
unset DBUS_SESSION_BUS_ADDRESS

[ "$empty" -eq 1 ] || build/tests/ui/relay-seed "$lang" >/dev/null

w=${size%x*} h=${size#*x}
Xvfb -displayfd 5 -screen 0 "$((w + 40))x$((h + 40))x24" -nolisten tcp 5>"$scratch/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$scratch/display")"

# The window's size comes from the settings, as for a user.
gsettings set io.github.relayhr.Relay window-width "$w"
gsettings set io.github.relayhr.Relay window-height "$h"
"$prefix/bin/relay" 2>"$scratch/relay.log" &
app_pid=$!
sleep 3

win=$(xdotool search --sync --onlyvisible --class relay 2>/dev/null | head -n1 || true)
if [ "$select" -gt 0 ] && [ -n "$win" ]; then
  # Rows in the case list are about 80 px high, below the search box.
  xdotool mousemove --window "$win" 150 $((150 + (select - 1) * 82)) click 1
  sleep 1.5
fi

for c in "${clicks[@]}"; do
  [ -n "$win" ] || break
  xdotool mousemove --window "$win" "${c%,*}" "${c#*,}" click 1
  sleep 1
done

if [ -n "$keys" ] && [ -n "$win" ]; then
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  # shellcheck disable=SC2086
  xdotool key --delay 200 $keys
  sleep 1.5
  for c in "${then_clicks[@]}"; do
    xdotool mousemove "${c%,*}" "${c#*,}" click 1
    sleep 1
  done
  win=
fi

if [ -n "$win" ]; then
  import -window "$win" "$out"
else
  import -window root "$out"
fi
echo "$out"
