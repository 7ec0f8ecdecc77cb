#!/usr/bin/env bash
# Build packaging/postwright.icns from the committed PNGs. macOS only: iconutil
# ships with macOS (Xcode command line tools not required), and there is no
# equivalent on Linux or Windows, so the .icns is not committed.
#
#   packaging/make-icns.sh          # then: mvn -Pdist package   picks it up on macOS
#
# iconutil wants an .iconset folder with these exact names: each size at 1x and
# 2x (the 2x of 512 would be 1024 px; we have no 1024 PNG, so it is left out and
# macOS scales the 512 up on Retina Docks at that size).
set -euo pipefail
cd "$(dirname "$0")"

command -v iconutil >/dev/null || { echo "make-icns: iconutil not found; run this on macOS" >&2; exit 2; }

set_dir=$(mktemp -d)/postwright.iconset
mkdir -p "$set_dir"
cp icons/postwright-16.png  "$set_dir/icon_16x16.png"
cp icons/postwright-32.png  "$set_dir/icon_16x16@2x.png"
cp icons/postwright-32.png  "$set_dir/icon_32x32.png"
cp icons/postwright-64.png  "$set_dir/icon_32x32@2x.png"
cp icons/postwright-128.png "$set_dir/icon_128x128.png"
cp icons/postwright-256.png "$set_dir/icon_128x128@2x.png"
cp icons/postwright-256.png "$set_dir/icon_256x256.png"
cp icons/postwright-512.png "$set_dir/icon_256x256@2x.png"
cp icons/postwright-512.png "$set_dir/icon_512x512.png"

iconutil --convert icns --output postwright.icns "$set_dir"
rm -rf "$(dirname "$set_dir")"
ls -l postwright.icns
