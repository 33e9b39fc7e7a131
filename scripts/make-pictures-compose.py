#!/usr/bin/env python3
"""Print one SVG for a picture spec from templates/pictures/sources.tsv.

A spec is an OpenMoji hexcode ("1F4B7"), or several joined with "+", each after the first
placed with "@x,y,size" on the 72-unit OpenMoji grid ("1F5A5+1F9D1@18,12,34" puts a person
on a computer screen). Later pictures are drawn on top.

Usage: make-pictures-compose.py OPENMOJI_DIR SPEC > picture.svg
"""
import re
import sys


def inner(svg_text):
    """The drawing inside an OpenMoji SVG's root element, with ids made unique-free."""
    body = re.sub(r"^.*?<svg[^>]*>", "", svg_text, count=1, flags=re.S)
    body = re.sub(r"</svg>\s*$", "", body)
    return re.sub(r'\sid="[^"]*"', "", body)


def main():
    src, spec = sys.argv[1], sys.argv[2]
    out = ['<svg viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">']
    for i, part in enumerate(spec.split("+")):
        hexcode, _, place = part.partition("@")
        with open(f"{src}/color/svg/{hexcode}.svg", encoding="utf-8") as f:
            body = inner(f.read())
        x, y, size = (float(v) for v in place.split(",")) if place else (0, 0, 72)
        if i > 0 and not place:
            sys.exit(f"make-pictures: '{part}' needs @x,y,size")
        out.append(f'<svg x="{x}" y="{y}" width="{size}" height="{size}" viewBox="0 0 72 72">{body}</svg>')
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
