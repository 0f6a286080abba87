#!/bin/sh
# Renders the committed PNG icons from chipline.svg (needs rsvg-convert from librsvg2-bin).
# Run after editing the SVG; the build itself needs no SVG tool.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" chipline.svg -o "chipline-$size.png"
done
