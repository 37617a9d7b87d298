#!/usr/bin/env bash
# Renders Parley's icon from its source, parley.svg (two overlapping discs, the two parties, on a dark tile), in every
# file the window and the installers use:
#   src/main/resources/org/parley/app/icon-{16,32,64,128,256}.png   the window's icons
#   packaging/icons/parley-512.png                                  Linux: the app-image, the menu entry
#   packaging/icons/parley.ico                                      Windows: 16 to 256 px in one file
#   packaging/icons/parley.icns                                     macOS: 16 to 512 px in one file
# Each size is rendered from the SVG, not scaled down from a large PNG, so the small ones stay sharp.
# Needs rsvg-convert, ImageMagick 6 and png2icns (Debian: apt-get install librsvg2-bin imagemagick icnsutils).
# The generated files are committed: the build only reads them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
window="$here/../../src/main/resources/org/parley/app"
for tool in rsvg-convert convert png2icns; do
  if ! command -v "$tool" >/dev/null; then
    echo "make-icons.sh: $tool is missing. On Debian: apt-get install librsvg2-bin imagemagick icnsutils" >&2
    exit 1
  fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$here/parley.svg" --output "$work/parley-$size.png"
done
for size in 16 32 64 128 256; do
  cp "$work/parley-$size.png" "$window/icon-$size.png"
done
cp "$work/parley-512.png" "$here/parley-512.png"
convert "$work"/parley-{16,24,32,48,64,128,256}.png "$here/parley.ico"
png2icns "$here/parley.icns" "$work"/parley-{16,32,48,128,256,512}.png >/dev/null
