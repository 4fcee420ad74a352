#!/usr/bin/env bash
# Make sure the Debian packages the desk needs are present.
#   ensure-system-libs.sh             libraries for offscreen Qt (tests), and zbar to read the badges' QR codes back
#   ensure-system-libs.sh --window    also the X11/xcb set for a real window
#   ensure-system-libs.sh --postgres  also the PostgreSQL server, for the test suite's second engine
#   ensure-system-libs.sh --bundle    also binutils (strip) and desktop-file-utils, to build and check the bundle
# As root on Debian, missing packages are installed; otherwise the exact command is printed.
set -euo pipefail

packages=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libzbar0)
for option in "$@"; do
  case "$option" in
    --window) packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
                         libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
                         libxkbcommon-x11-0) ;;
    --postgres) packages+=(postgresql) ;;
    --bundle) packages+=(binutils desktop-file-utils) ;;
  esac
done

command -v dpkg >/dev/null 2>&1 || exit 0  # not Debian: nothing we can check here

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installation des paquets système : ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Des paquets système manquent. Lancez :" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
