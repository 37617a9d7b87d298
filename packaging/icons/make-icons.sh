#!/usr/bin/env bash
# Draws Parley's icon (two overlapping discs, the two parties, on a dark tile) and writes the sizes the
# window and the installers need. Needs ImageMagick 6 (Debian: apt-get install imagemagick).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/org/parley/app"
/usr/bin/convert -size 512x512 xc:none \
  -fill '#0F2A4A' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill 'rgba(31,111,235,0.92)' -draw 'circle 200,256 200,96' \
  -fill 'rgba(236,122,44,0.85)' -draw 'circle 312,256 312,96' \
  "$here/parley-512.png"
for size in 16 32 64 128 256; do
  /usr/bin/convert "$here/parley-512.png" -resize ${size}x${size} "$out/icon-$size.png"
done
