#!/usr/bin/env python3
"""Write templates/pictures/ATTRIBUTION.md: which OpenMoji picture each concept uses, and who drew it.

Usage: make-pictures-attribution.py OPENMOJI_DIR SOURCES_TSV > ATTRIBUTION.md
"""
import json
import sys


def main():
    src, sources = sys.argv[1], sys.argv[2]
    with open(f"{src}/package.json", encoding="utf-8") as f:
        version = json.load(f)["version"]
    with open(f"{src}/data/openmoji.json", encoding="utf-8") as f:
        by_hex = {e["hexcode"]: e for e in json.load(f)}
    print("# Picture credits\n")
    print("All pictures in this folder are from [OpenMoji](https://openmoji.org/), the")
    print("open-source emoji and icon project, version " + version + ".")
    print("License: [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/) (see LICENSE).")
    print("We changed them only by turning the SVG files into 360 by 360 pixel PNG files")
    print("(scripts/make-pictures.sh), naming each file after the idea it shows, and, where the\ntable says \"with\", putting two OpenMoji pictures together in one picture.\n")
    print("| file | OpenMoji picture | code | drawn by |")
    print("|---|---|---|---|")
    with open(sources, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            concept, hexcode = line.rstrip("\n").split("\t")[:2]
            parts = [by_hex[p.partition("@")[0]] for p in hexcode.split("+")]
            names = " with ".join(e["annotation"] for e in parts)
            codes = " + ".join(e["hexcode"] for e in parts)
            authors = ", ".join(sorted({e["openmoji_author"] for e in parts}))
            print(f"| {concept}.png | {names} | {codes} | {authors} |")


if __name__ == "__main__":
    main()
