#!/bin/bash
# Builds Relay into build/ and starts it. Arguments are passed to relay.
# Installs any missing build dependency with apt-get first.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source build-aux/deps.sh
relay_install_deps build

prefix="$top/build/_install"
if [ ! -f build/build.ninja ]; then
  meson setup build --prefix="$prefix" -Ddevelopment=false
fi
meson compile -C build
# Install into the build folder so translations, the icon and the settings
# schema are found exactly as in a real installation.
meson install -C build --quiet --no-rebuild

export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas"
exec "$prefix/bin/relay" "$@"
