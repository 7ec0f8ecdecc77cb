#!/usr/bin/env bash
# Render packaging/icon.svg to the PNG sizes and the Windows .ico.
#
#   packaging/render-icons.sh
#
# Needs rsvg-convert (Debian/Ubuntu: librsvg2-bin) for the SVG -> PNG step and
# ImageMagick 6 `convert` (Debian/Ubuntu: imagemagick) for the .ico.
# ImageMagick's own SVG reader (MSVG) is not used: it draws this file wrongly
# (nested transforms misplaced, gradients banded), so rsvg-convert rasterises
# and ImageMagick only packs and cleans up.
# The outputs are committed; run this again only after editing icon.svg.
# The macOS .icns is made from these PNGs on a Mac: packaging/make-icns.sh.
set -euo pipefail
cd "$(dirname "$0")"

command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 2; }
convert=${CONVERT:-/usr/bin/convert}
[[ -x $convert ]] || convert=$(command -v convert) || { echo "render-icons: ImageMagick convert missing (apt-get install imagemagick)" >&2; exit 2; }

mkdir -p icons
for n in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio icon.svg -o "icons/tmp-$n.png"
  # 8 bits per channel, RGBA, no timestamps/text chunks: small and reproducible files
  "$convert" "icons/tmp-$n.png" -strip -depth 8 -define png:color-type=6 "PNG32:icons/postwright-$n.png"
  rm -f "icons/tmp-$n.png"
done

# Windows icon: the sizes Explorer and the taskbar ask for (256 is stored as PNG inside the .ico)
"$convert" icons/postwright-16.png icons/postwright-32.png icons/postwright-48.png \
           icons/postwright-64.png icons/postwright-128.png icons/postwright-256.png \
           postwright.ico

ls -l icons postwright.ico
