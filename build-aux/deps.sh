#!/bin/bash
# Installs, with apt-get, the Debian packages that Relay needs and that are
# missing. Sourced by run.sh, test.sh and screenshot.sh.
#   relay_install_deps build   — to build and run the app
#   relay_install_deps test    — to build and run every test
#   relay_install_deps screenshot
#   relay_install_deps faults  — test, plus fuzz.sh (clang) and faults.sh (valgrind)

RELAY_BUILD_DEPS=(
  gcc libc6-dev pkg-config meson ninja-build gettext libglib2.0-dev-bin
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev libcurl4-openssl-dev
  libsecret-1-dev libical-dev
  libpango1.0-dev libcairo2-dev
  iso-codes desktop-file-utils appstream
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme libgl1-mesa-dri
)

RELAY_TEST_DEPS=(
  xvfb xauth dbus sqlite3 openssl python3 poppler-utils
  gnome-keyring libsecret-tools python3-aiosmtpd python3-icalendar
  at-spi2-core python3-pyatspi locales flatpak-builder
)

RELAY_FAULTS_DEPS=(
  clang libclang-rt-14-dev valgrind
)

RELAY_SCREENSHOT_DEPS=(
  xvfb xauth imagemagick xdotool locales
)

# Makes the locales given (such as fr_FR.UTF-8) if they are missing: the
# end-to-end tests and the screenshots run Relay in French and Spanish.
relay_ensure_locales () {
  local locale missing=()
  for locale in "$@"; do
    locale -a 2>/dev/null | grep -qix "${locale%.UTF-8}.utf8" || missing+=("$locale")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "These locales are missing and you are not root: ${missing[*]}" >&2
    return 1
  fi
  for locale in "${missing[@]}"; do
    sed -i "s/^# *\(${locale} UTF-8\)/\1/" /etc/locale.gen
  done
  locale-gen >/dev/null
}

relay_install_deps () {
  local wanted=("${RELAY_BUILD_DEPS[@]}")
  case "${1:-build}" in
    test) wanted+=("${RELAY_TEST_DEPS[@]}") ;;
    screenshot) wanted+=("${RELAY_SCREENSHOT_DEPS[@]}") ;;
    faults) wanted+=("${RELAY_TEST_DEPS[@]}" "${RELAY_FAULTS_DEPS[@]}") ;;
  esac

  local missing=()
  local pkg
  for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing missing packages: ${missing[*]}"
  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo=sudo
    else
      echo "These packages are missing and you are not root: ${missing[*]}" >&2
      return 1
    fi
  fi
  $sudo apt-get update -q >/dev/null || return 1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null || return 1
}
