#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry, the AppStream metainfo and the MIME type pass the freedesktop validators,
# and the MIME database maps *.tierscope to the workspace type.
# Usage: validate_desktop_files.sh DESKTOP METAINFO MIMEXML
set -eu
desktop=$1 metainfo=$2 mime=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
# --pedantic would also flag the example.org screenshot hosts; the rest must be clean.
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate $metainfo"

id=org.tierscope.Tierscope
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"
grep -q "MimeType=application/x-tierscope-workspace;" "$desktop" || fail "no MimeType in $desktop"
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
  || fail "metainfo does not launch $id.desktop"
grep -q '<release version="[0-9][0-9.]*" date="[0-9-]*"' "$metainfo" \
  || fail "metainfo has no release filled from the project version"
[ "$(grep -c '<caption>' "$metainfo")" -ge 1 ] || fail "screenshots have no captions"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/$id.xml"
XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" >"$tmp/umd.log" 2>&1 \
  || { cat "$tmp/umd.log" >&2; fail "update-mime-database rejects $mime"; }
grep -q 'application/x-tierscope-workspace:\*\.tierscope' "$tmp/mime/globs" \
  || fail "*.tierscope is not mapped to application/x-tierscope-workspace"
echo "desktop entry, metainfo and MIME type are valid"
