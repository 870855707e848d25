#!/usr/bin/env bash
# Renders the hicolor PNG icons from the hand-drawn SVG. The PNGs are committed, so building the
# package needs no SVG renderer; run this again after changing the SVG.
# Needs rsvg-convert (librsvg2-bin), or ImageMagick's /usr/bin/convert as a fallback.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../resources/icons/hicolor"
id=io.github.reelcraft.Reelcraft
svg="$icons/scalable/apps/$id.svg"

for size in 16 22 24 32 48 64 128 256 512; do
  out="$icons/${size}x${size}/apps/$id.png"
  mkdir -p "$(dirname "$out")"
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out"
  else
    # ImageMagick rasterises at 72 dpi by default; scale the density so a 512 px render stays sharp.
    /usr/bin/convert -background none -density $((size * 72 / 256 * 2)) "$svg" -resize "${size}x${size}" "$out"
  fi
  echo "$out"
done
