#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that building, testing and running Tierscope need.
# Uses sudo when not root; does nothing when everything is present already.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ make pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev libxkbcommon-dev
  libsqlite3-dev libcsv-dev
  # run
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins fonts-noto-core fonts-noto-cjk
  fonts-noto-color-emoji fonts-dejavu-core
  # test and look
  sqlite3 xvfb xauth imagemagick poppler-utils xdotool
  # fuzzing (tests/fuzz/run.sh, in CI): clang with the libFuzzer runtime; unshare (fault tests)
  clang-14 libclang-rt-14-dev util-linux
  # package, desktop integration, translations (make package, tests/packaging)
  dpkg-dev file librsvg2-bin desktop-file-utils appstream shared-mime-info qt6-translations-l10n
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
