#!/bin/bash
# with-keyring.sh: runs a command next to a real Secret Service, or on a bus
# that has none.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   with-keyring.sh [--no-keyring] [--keep-display] COMMAND [ARGS...]
#
# COMMAND runs inside a private D-Bus session bus (dbus-run-session), with a
# throwaway HOME and XDG folders. By default a gnome-keyring-daemon (Secret
# Service only) runs on that bus, with its "login" keyring created and
# unlocked. With --no-keyring the bus has no service files at all, so asking
# for org.freedesktop.secrets fails as it does on a computer without a
# keyring (G_DBUS_ERROR_SERVICE_UNKNOWN).
#
# The keyring must never show a password prompt: with a display, a prompt
# would block the test until its timeout. So DISPLAY and WAYLAND_DISPLAY are
# unset, unless --keep-display is given (UI tests, which never lock the
# keyring).
#
# COMMAND sees RELAY_TEST_KEYRING=running or none, and RELAY_TEST_HOME (the
# throwaway HOME, which the tests search for leaked passwords). Nothing
# survives: the keyring daemon is stopped by its PID before the bus goes, so
# no process holds meson's output pipe, and the folder is removed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${_RELAY_IN_TEST_BUS:-}" ]; then
  keyring=running
  keep_display=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --no-keyring) keyring=none; shift ;;
      --keep-display) keep_display=1; shift ;;
      --) shift; break ;;
      *) break ;;
    esac
  done
  [ $# -gt 0 ] || { echo "usage: $0 [--no-keyring] [--keep-display] COMMAND [ARGS...]" >&2; exit 2; }

  home=$(mktemp -d "${TMPDIR:-/tmp}/relay-keyring-home.XXXXXX")
  trap 'rm -rf "$home"' EXIT
  export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache
  export XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$home" "$XDG_RUNTIME_DIR"
  export RELAY_TEST_HOME=$home RELAY_TEST_KEYRING=$keyring _RELAY_IN_TEST_BUS=1
  if [ "$keep_display" -eq 0 ]; then
    unset DISPLAY WAYLAND_DISPLAY
  fi

  # The daemons (dbus-daemon, gnome-keyring and what they start) must not
  # get the tests' G_DEBUG=fatal-warnings: gnome-keyring 42 warns about
  # its own items when one is replaced, and would abort. COMMAND gets it
  # back.
  if [ -n "${G_DEBUG+set}" ]; then
    export _RELAY_G_DEBUG=$G_DEBUG
    unset G_DEBUG
  fi

  config=()
  if [ "$keyring" = none ]; then
    # A session bus with no service directories: nothing can be activated.
    cat > "$home/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    config=(--config-file="$home/bus.conf")
  fi

  # dbus-daemon always says it cannot raise its file limit; that is harmless.
  rc=0
  dbus-run-session "${config[@]}" -- "$here/with-keyring.sh" "$@" \
    2> >(grep -v --line-buffered 'Failed to set fd limit' >&2) || rc=$?
  wait
  exit $rc
fi

# Inside the bus.
daemon_pid=
stop_daemon () {
  if [ -n "$daemon_pid" ]; then
    kill "$daemon_pid" 2>/dev/null || true
    # Not our child (it forks), so wait by polling.
    for _ in $(seq 50); do
      kill -0 "$daemon_pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
}

if [ "$RELAY_TEST_KEYRING" = running ]; then
  # Creates and unlocks the "login" keyring with a fixed password; it becomes
  # the default collection. The daemon forks and prints nothing.
  printf 'relay-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  owned=0
  for _ in $(seq 100); do
    if gdbus call --session -d org.freedesktop.DBus -o /org/freedesktop/DBus \
         -m org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets 2>/dev/null | grep -q true; then
      owned=1
      break
    fi
    sleep 0.1
  done
  if [ "$owned" -eq 0 ]; then
    echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
    exit 1
  fi
  daemon_pid=$(gdbus call --session -d org.freedesktop.DBus -o /org/freedesktop/DBus \
                 -m org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets \
               | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p')
  trap stop_daemon EXIT
fi

if [ -n "${_RELAY_G_DEBUG+set}" ]; then
  export G_DEBUG=$_RELAY_G_DEBUG
  unset _RELAY_G_DEBUG
fi

rc=0
"$@" || rc=$?
exit $rc
