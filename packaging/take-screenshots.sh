#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the main views under Xvfb, in a light and a dark theme, for the AppStream
# metainfo and for looking at the palettes. Settings and data stay in a temporary folder.
# Usage: packaging/take-screenshots.sh BINARY OUT_DIR [LANGUAGE]   (needs xvfb, xdotool, imagemagick)
set -euo pipefail
bin=$(realpath "$1")
out=$(realpath -m "$2")
language=${3:-en}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" demo --creators 20000 --workspace "$tmp/demo.tierscope" >/dev/null

shoot() { # THEME NAME KEY: open the page with its shortcut (Ctrl+1 … Ctrl+5), then grab the screen
  local theme=$1 name=$2 key=$3
  rm -rf "$tmp/config"
  mkdir -p "$tmp/config/tierscope"
  printf '[appearance]\nlanguage=%s\ntheme=%s\n' "$language" "$theme" >"$tmp/config/tierscope/tierscope.conf"
  XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" LANGUAGE="$language" \
    xvfb-run -a -s '-screen 0 1440x900x24' bash -c '
      "$0" --workspace "$1" & pid=$!
      sleep 6
      win=$(xdotool search --name demo | head -n 1)
      xdotool mousemove 700 300 click 1   # focus the window (there is no window manager)
      sleep 1
      xdotool key --window "$win" "$2"
      sleep 3
      import -window root "$3"
      kill "$pid"' "$bin" "$tmp/demo.tierscope" "$key" "$out/$name.png"
  echo "$out/$name.png"
}

for theme in light dark; do
  suffix=""
  [ "$theme" = dark ] && suffix="-dark"
  shoot "$theme" "creators$suffix" ctrl+1
  shoot "$theme" "campaigns$suffix" ctrl+4
  shoot "$theme" "insights$suffix" ctrl+5
done
