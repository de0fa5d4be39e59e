#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from a built tree and checks what it installs and depends on, then
# runs the packaged binary. Slow (strip, dpkg-shlibdeps, compression): ctest label "package".
# Usage: check_deb.sh BUILD_DIR
set -eu
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp" >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB"; }
deb=$(ls "$tmp"/tierscope_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no tierscope_*.deb in $tmp"
echo "built $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
id=org.tierscope.Tierscope
for f in /usr/bin/tierscope \
         /usr/share/applications/$id.desktop \
         /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/mime/packages/$id.xml \
         /usr/share/icons/hicolor/scalable/apps/$id.svg \
         /usr/share/icons/hicolor/48x48/apps/$id.png \
         /usr/share/icons/hicolor/256x256/apps/$id.png \
         /usr/share/doc/tierscope/copyright \
         /usr/share/doc/tierscope/user-guide.html; do
  grep -qx "$f" "$tmp/contents" || fail "$f is not in the package"
done
if grep -q '^/usr/local\|^/home\|^/root\|^/work' "$tmp/contents"; then
  fail "the package installs outside /usr"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6svg6 \
         libqt6sql6-sqlite qt6-qpa-plugins libsqlite3-0 libc6; do
  echo "$depends" | grep -q "\(^\|, \)$p\( \|,\|$\)" || fail "Depends lacks $p"
done
[ "$(dpkg-deb -f "$deb" Package)" = tierscope ] || fail "package name"

# The packaged binary runs, and carries the German translation and the user guide.
dpkg-deb -x "$deb" "$tmp/root"
version=$("$tmp/root/usr/bin/tierscope" --version) || fail "tierscope --version"
echo "$version" | grep -q "^tierscope [0-9]" || fail "unexpected version output: $version"
# (rcc stores resource names in UTF-16BE.)
for resource in tierscope_de.qm tierscope_en.qm user-guide.html org.tierscope.Tierscope.svg; do
  python3 -c 'import sys; sys.exit(sys.argv[1].encode("utf-16-be") not in open(sys.argv[2], "rb").read())' \
    "$resource" "$tmp/root/usr/bin/tierscope" || fail "$resource is not embedded in the binary"
done
echo "package contents, dependencies and binary are fine"
