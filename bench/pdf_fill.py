#!/usr/bin/env python3
"""How full are the pages of the example PDFs?

Makes every example (examples/*.yaml) as PDF, every kind and style, then for each PDF
prints its pages and, for every page but the last, how much of the body area is used: from
the top margin down to the lowest ink on the page above the footer (text, pictures, tick
boxes and signature lines all count; the page is rendered with pdftoppm to find it). The
body area ends where plainly's writer stops placing text (20 mm margin, the footer's line,
8 mm). A full page measures about 95 to 98%, because a line's box is taller than its ink.

Usage (from the repo root):
  python3 bench/pdf_fill.py build-pdf/plainly            # a summary per style
  python3 bench/pdf_fill.py build-pdf/plainly --pages    # and every page's figure
  python3 bench/pdf_fill.py build-pdf/plainly --size 20  # only a large-print and an easy-read
                                                         # reader at 20 pt, one each per role
  python3 bench/pdf_fill.py --pdfs DIR                   # PDFs already made, under DIR
  python3 bench/pdf_fill.py build-pdf/plainly --keep DIR # leave the PDFs in DIR to look at
Needs poppler-utils (pdftotext, pdftoppm).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

MM = 72 / 25.4
TOP = 25 * MM                      # top margin (points from the top)
BOTTOM_MARGIN = 20 * MM
LINE_FACTOR = {"standard": 1.45, "large-print": 1.55, "easy-read": 1.5}
FOOTER_BOX = 1.3                   # pdftotext's word box height, in ems of Atkinson
UNDER = 0.60                       # a page under this is "under 60% full"
DPI = 72                           # one pixel a point


def role_ids(example):
    """The role ids of a definitions file (the "- id:" lines under "roles:")."""
    ids, in_roles = [], False
    for line in open(example, encoding="utf-8"):
        if re.match(r"\S", line):
            in_roles = line.startswith("roles:")
        elif in_roles and re.match(r"  - id: *(\S+)", line):
            ids.append(re.match(r"  - id: *(\S+)", line).group(1))
    return ids


def make_pdfs(plainly, out, size):
    """Every example as PDF; with `size`, only the documents of two made-up people per role,
    "Large Print Reader" and "Easy Read Reader", who need that font size."""
    for name in sorted(os.listdir("examples")):
        if not name.endswith(".yaml"):
            continue
        example = os.path.join("examples", name)
        args = [plainly, "make", example, "--format", "pdf", "--out", os.path.join(out, name[:-5])]
        if size:
            people = os.path.join(out, name[:-5] + ".csv")
            os.makedirs(out, exist_ok=True)
            with open(people, "w", encoding="utf-8") as f:
                f.write("name,role,format,size,address\n")
                for role in role_ids(example):
                    f.write(f"Large Print Reader,{role},large-print,{size},1 High Street\n")
                    f.write(f"Easy Read Reader,{role},easy-read,{size},1 High Street\n")
            args += ["--people", people, "--doc", "offer,consent,consent-review"]
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def style_of(path):
    for style in LINE_FACTOR:
        if path.endswith("." + style + ".pdf"):
            return style
    return "standard"


def footers(pdf):
    """For each page: (page height, footer top, footer's font size), from pdftotext -bbox."""
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    pages = []
    for page in re.finditer(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', xml, re.S):
        words = [(float(a), float(b)) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page.group(2))]
        y_min, y_max = max(words) if words else (float(page.group(1)), float(page.group(1)))
        pages.append((float(page.group(1)), y_min, (y_max - y_min) / FOOTER_BOX))
    return pages


def ink_rows(pgm_path):
    """Rows (top to bottom) that hold any dark pixel, from a binary PGM."""
    with open(pgm_path, "rb") as f:
        data = f.read()
    fields = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(fields.group(1)), int(fields.group(2))
    pixels = data[fields.end():]
    dark = bytes(range(0, 200))
    return [any(b in dark for b in set(pixels[r * width:(r + 1) * width])) for r in range(height)]


def page_fills(pdf, tmp):
    style = style_of(pdf)
    fills = []
    for number, (height, footer_top, size) in enumerate(footers(pdf), start=1):
        prefix = os.path.join(tmp, "p")
        subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", str(number), "-l", str(number),
                        "-singlefile", pdf, prefix], check=True)
        rows = ink_rows(prefix + ".pgm")
        scale = len(rows) / height
        limit = int((footer_top - 3) * scale)
        lowest = max((r for r in range(min(limit, len(rows))) if rows[r]), default=int(TOP * scale))
        body_bottom = height - (BOTTOM_MARGIN + size * LINE_FACTOR[style] + 8 * MM)
        fills.append(max(0.0, (lowest / scale - TOP) / (body_bottom - TOP)))
    return fills


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("plainly", nargs="?", help="the plainly binary (makes the examples)")
    ap.add_argument("--pdfs", help="measure the PDFs under this folder instead")
    ap.add_argument("--size", type=int, help="--font-size for make (large print and easy read)")
    ap.add_argument("--pages", action="store_true", help="print every page's figure")
    ap.add_argument("--keep", help="make the PDFs in this folder and leave them there")
    args = ap.parse_args()
    if not args.plainly and not args.pdfs:
        ap.error("give the plainly binary or --pdfs DIR")
    with tempfile.TemporaryDirectory() as tmp:
        root = args.pdfs
        if not root:
            root = args.keep or os.path.join(tmp, "out")
            make_pdfs(args.plainly, root, args.size)
        pdfs = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".pdf"))
        if args.size:
            pdfs = [p for p in pdfs if "-read-reader" in p or "-print-reader" in p]
        totals = {}
        for pdf in pdfs:
            fills = page_fills(pdf, tmp)
            inner = fills[:-1]
            under = sum(1 for f in inner if f < UNDER)
            t = totals.setdefault(style_of(pdf), [0, 0, 0, 0.0, 0, 0])
            t[0] += 1
            t[1] += len(fills)
            t[2] += under
            t[3] += sum(inner)
            t[4] += len(inner)
            t[5] += 1 if inner and inner[-1] < UNDER else 0
            if args.pages:
                shown = " ".join(f"{f:.0%}" for f in inner)
                print(f"{os.path.relpath(pdf, root)}: {len(fills)} pages, {under} under 60%  [{shown}]")
        # "next to last": of the pages under 60%, those just before the last page
        print("style         PDFs  pages  under 60%  (next to last)  mean fill (all pages but the last)")
        all_t = [0, 0, 0, 0.0, 0, 0]
        rows = [(style, totals[style]) for style in LINE_FACTOR if style in totals]
        for style, t in rows:
            all_t = [a + b for a, b in zip(all_t, t)]
        for style, t in rows + [("all", all_t)]:
            print(f"{style:12}  {t[0]:4}  {t[1]:5}  {t[2]:9}  {t[5]:14}  {t[3] / max(t[4], 1):.1%}")


if __name__ == "__main__":
    sys.exit(main())
