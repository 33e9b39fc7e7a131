#!/usr/bin/env bash
# Remake the easy-read pictures in templates/pictures/ from OpenMoji (CC BY-SA 4.0).
#
#   bash scripts/make-pictures.sh [OPENMOJI_DIR]
#
# OPENMOJI_DIR is an unpacked npm package `openmoji` (the folder holding color/svg/ and
# data/openmoji.json). Without it, we install openmoji@17.0.0 with npm into a folder under
# /tmp (never into this repository). templates/pictures/sources.tsv says which OpenMoji
# picture each concept uses. Needs rsvg-convert (Debian librsvg2-bin) and python3; uses
# optipng (Debian optipng) to make the files smaller when it is installed.
# Normal builds never run this: the PNGs are committed.
set -euo pipefail

OPENMOJI_VERSION=17.0.0
SIZE=360   # pixels; 30 mm at 300 dpi is about 354 pixels
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/templates/pictures"
sources="$out/sources.tsv"

need() { command -v "$1" >/dev/null || { echo "make-pictures: please install $2 (it gives us '$1')." >&2; exit 3; }; }
need rsvg-convert "the Debian package librsvg2-bin"
need python3 "the Debian package python3"

src="${1:-}"
if [ -z "$src" ]; then
  need npm "the Debian package npm"
  tmp="$(mktemp -d /tmp/plainly-openmoji.XXXXXX)"
  (cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund "openmoji@$OPENMOJI_VERSION" >/dev/null)
  src="$tmp/node_modules/openmoji"
fi
[ -f "$src/data/openmoji.json" ] || { echo "make-pictures: $src is not an OpenMoji package folder." >&2; exit 2; }

work="$(mktemp -d /tmp/plainly-pictures.XXXXXX)"
trap 'rm -rf "$work"' EXIT
count=0
while IFS=$'\t' read -r concept hexcode; do
  case "$concept" in ''|'#'*) continue ;; esac
  for part in ${hexcode//+/ }; do
    [ -f "$src/color/svg/${part%%@*}.svg" ] ||
      { echo "make-pictures: OpenMoji has no picture ${part%%@*} (for '$concept')." >&2; exit 2; }
  done
  svg="$src/color/svg/$hexcode.svg"
  if [[ "$hexcode" == *+* ]]; then   # a picture made of two OpenMoji pictures
    svg="$work/$concept.svg"
    python3 "$repo/scripts/make-pictures-compose.py" "$src" "$hexcode" > "$svg"
  fi
  # On white, not transparent: PDFs then need no soft mask per picture, so they stay small.
  rsvg-convert --width "$SIZE" --height "$SIZE" --keep-aspect-ratio --background-color white --format png \
    --output "$out/$concept.png" "$svg"
  if command -v optipng >/dev/null; then optipng -quiet -o2 -strip all "$out/$concept.png"; fi
  count=$((count + 1))
done < "$sources"

cp "$src/LICENSE.txt" "$out/LICENSE"
python3 "$repo/scripts/make-pictures-attribution.py" "$src" "$sources" > "$out/ATTRIBUTION.md"
echo "make-pictures: made $count pictures in $out"
