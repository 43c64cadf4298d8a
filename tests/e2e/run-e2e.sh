#!/bin/bash
# run-e2e.sh: runs one end-to-end scenario against the real relay program.
#
# Copyright 2026 The Relay authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   run-e2e.sh RELAY SCENARIO.py [ARGS...]
#
# RELAY must be a relay built with -Dtest_hooks=true (tests/e2e/meson.build
# makes sure of it): the only way for it to trust the test SMTP server's
# certificate is RELAY_TEST_MAIL_CA_FILE, which a normal build ignores.
#
# What the scenario gets, as a person's desktop would give it:
#   - its own X server (Xvfb picks a free display itself, -displayfd);
#   - a private D-Bus session bus with an unlocked gnome-keyring (through
#     tests/servers/with-keyring.sh) and the AT-SPI bus;
#   - throwaway HOME and XDG folders, settings in a key file there (so they
#     survive a restart of the app, as dconf would);
#   - an SMTP server on 127.0.0.1 (tests/servers/smtp-server.py) that wants
#     STARTTLS and a password, with a certificate made now.
# The scenario (Debian's /usr/bin/python3 with pyatspi) starts and stops
# relay itself, through tests/e2e/relay_e2e.py.
#
# Nothing may survive: as root, the session runs in its own PID namespace
# (unshare --pid --fork --kill-child), so the kernel kills whatever is left
# (at-spi2-registryd, which D-Bus starts and which outlives its bus) when
# it ends. The daemons are also stopped by their PIDs, which is all there
# is without unshare.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
servers=$(cd "$here/../servers" && pwd)

# ---- Inside the private session bus (second stage) ----
if [ "${1:-}" = --inner ]; then
  shift
  # The a11y bus and its registry are daemons: no fatal warnings for them.
  app_g_debug=${G_DEBUG:-}
  unset G_DEBUG GTK_A11Y NO_AT_BRIDGE
  export RELAY_E2E_APP_G_DEBUG=$app_g_debug

  # Asking for its address starts the AT-SPI bus (D-Bus activates
  # at-spi-bus-launcher), as GTK would.
  a11y_address=
  for _ in $(seq 100); do
    a11y_address=$(gdbus call --session -d org.a11y.Bus -o /org/a11y/bus \
                     -m org.a11y.Bus.GetAddress 2>/dev/null | sed -n "s/^('\(.*\)',)$/\1/p")
    [ -n "$a11y_address" ] && break
    sleep 0.1
  done
  if [ -z "$a11y_address" ]; then
    echo "run-e2e.sh: the AT-SPI bus did not start" >&2
    exit 1
  fi
  launcher_pid=$(gdbus call --session -d org.freedesktop.DBus -o /org/freedesktop/DBus \
                   -m org.freedesktop.DBus.GetConnectionUnixProcessID org.a11y.Bus \
                 | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p')

  rc=0
  timeout --kill-after=10 "${RELAY_E2E_TIMEOUT:-240}" /usr/bin/python3 "$@" || rc=$?

  # at-spi2-registryd was started by D-Bus on the a11y bus, so it is nobody's
  # child: find it on that bus and stop it by its PID.
  registry_pid=$(gdbus call --address "$a11y_address" -d org.freedesktop.DBus \
                   -o /org/freedesktop/DBus -m org.freedesktop.DBus.GetConnectionUnixProcessID \
                   org.a11y.atspi.Registry 2>/dev/null | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p')
  for pid in $registry_pid $launcher_pid; do
    kill "$pid" 2>/dev/null
  done
  exit $rc
fi

# ---- First stage ----
if [ $# -lt 2 ]; then
  echo "usage: $0 RELAY SCENARIO.py [ARGS...]" >&2
  exit 2
fi

relay=$(realpath "$1")
shift
[ -x "$relay" ] || { echo "run-e2e.sh: $relay is not a program" >&2; exit 2; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/relay-e2e.XXXXXX")
chmod 700 "$scratch"
mkdir -p "$scratch/logs" "$scratch/spool"
export RELAY_E2E_LOGS=$scratch/logs

xvfb_pid= smtp_pid=
cleanup () {
  exec 4>&- 2>/dev/null   # end of input: the SMTP server stops
  if [ -n "$smtp_pid" ]; then
    kill "$smtp_pid" 2>/dev/null
    wait "$smtp_pid" 2>/dev/null
  fi
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# Our own X server, on whatever display number is free (stack-notes, gotcha
# 7). -noreset: otherwise it resets when its last client leaves (the AT-SPI
# bus launcher only sets a property and goes), and refuses relay meanwhile.
Xvfb -displayfd 5 -screen 0 1280x1024x24 -nolisten tcp -noreset 5>"$scratch/display" 2>"$scratch/logs/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -s "$scratch/display" ] && break
  sleep 0.1
done
[ -s "$scratch/display" ] || { echo "run-e2e.sh: Xvfb did not start" >&2; cat "$scratch/logs/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$scratch/display")"
unset WAYLAND_DISPLAY

# The SMTP server's certificate, made now; relay trusts it through the test hook.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$scratch/key.pem" -out "$scratch/cert.pem" 2>"$scratch/logs/openssl.log" \
  || { echo "run-e2e.sh: openssl failed" >&2; cat "$scratch/logs/openssl.log" >&2; exit 1; }

export RELAY_E2E_SMTP_USER=defender@example.org
export RELAY_E2E_SMTP_PASSWORD='Tierra Viva 2026'
mkfifo "$scratch/smtp-control"
/usr/bin/python3 "$servers/smtp-server.py" --tls starttls --cert "$scratch/cert.pem" \
  --key "$scratch/key.pem" --spool "$scratch/spool" \
  --auth "$RELAY_E2E_SMTP_USER:$RELAY_E2E_SMTP_PASSWORD" \
  <"$scratch/smtp-control" >"$scratch/smtp.out" 2>"$scratch/logs/smtp-server.log" &
smtp_pid=$!
exec 4>"$scratch/smtp-control"
port=
for _ in $(seq 100); do
  port=$(sed -n 's/^PORT \([0-9]*\)$/\1/p' "$scratch/smtp.out")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "run-e2e.sh: the SMTP server did not start" >&2; cat "$scratch/logs/smtp-server.log" >&2; exit 1; }

export RELAY_E2E_RELAY=$relay
export RELAY_E2E_SMTP_PORT=$port
export RELAY_E2E_SPOOL=$scratch/spool
export RELAY_E2E_CHECK_MAIL=$servers/check-mail.py
export RELAY_TEST_MAIL_CA_FILE=$scratch/cert.pem
export PYTHONPATH=$here${PYTHONPATH:+:$PYTHONPATH}
export PYTHONDONTWRITEBYTECODE=1

# The session (D-Bus, keyring, AT-SPI, relay) runs in a PID namespace of
# its own when we may make one: when its first process ends, the kernel
# kills everything left in it. (Xvfb stays outside: its lock file in /tmp
# holds its PID, which must mean the same to the other X servers.)
namespace=()
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null \
   && unshare --pid --fork --kill-child --mount-proc true 2>/dev/null; then
  namespace=(unshare --pid --fork --kill-child --mount-proc)
fi

rc=0
"${namespace[@]}" "$servers/with-keyring.sh" --keep-display "$0" --inner "$@" || rc=$?

if [ $rc -ne 0 ]; then
  kill -0 "$xvfb_pid" 2>/dev/null || echo "run-e2e.sh: Xvfb ($DISPLAY) is no longer running"
  echo "run-e2e.sh: the display was $DISPLAY"
  grep -a "X11-unix/X${DISPLAY#:}\$" /proc/net/unix >&2
  for log in "$scratch"/logs/*.log; do
    [ -s "$log" ] || continue
    echo "---- $(basename "$log")"
    tail -n 40 "$log"
  done
fi
exit $rc
