#!/usr/bin/env python3
"""pdf_check.py FILE.pdf --style STYLE [--expect TEXT ...] [--tree LINE ...]

Checks one PDF that plainly wrote, with poppler-utils and qpdf only:
  qpdf --check passes; pdfinfo says Tagged: yes; pdffonts lists every font embedded with
  a ToUnicode map (uni yes), and no italic font in large print; pdftotext prints no
  warning and shows each --expect text, in the order given; pdfinfo -struct-text shows
  each --tree line (an indented structure type, e.g. "  H1"), in the order given;
  with --footer, each page ends with its footer ("Page 2 of 5");
  word heights from pdftotext -bbox give text no smaller than the style's minimum, and no
  line is longer than 70 characters, counted both as the characters a reader sees and as
  pdftotext -bbox-layout writes them (an apostrophe is "&apos;", 6 characters), as
  shared accessibility checkers count; no block of 3 or more lines is justified (all but
  its last line ending at the same x).
Prints one line per problem and exits 1 if there is any.
"""
import argparse
import html
import re
import subprocess
import sys
from collections import defaultdict

MIN_SIZE = {"standard": 12, "large-print": 16, "easy-read": 16}
MAX_CHARS = 70
# Atkinson Hyperlegible Next: ascender minus descender is 1.3 em, which is what
# pdftotext -bbox reports as a word's height.
EM_HEIGHT = 1.3


def run(*cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def in_order(haystack, needles):
    """The first needle not found after the previous one, or None."""
    at = 0
    for n in needles:
        i = haystack.find(n, at)
        if i < 0:
            return n
        at = i + max(len(n) - 1, 1)
    return None


def check(path, style, expect, tree, footer=None):
    problems = []
    rc, out, err = run("qpdf", "--check", path)
    if rc != 0:
        problems.append("qpdf --check failed: " + (out + err).strip()[-300:])
    rc, out, err = run("pdfinfo", path)
    if not re.search(r"^Tagged:\s+yes", out, re.M):
        problems.append("pdfinfo does not say Tagged: yes")
    if err.strip():
        problems.append("pdfinfo warned: " + err.strip()[:300])
    rc, out, err = run("pdffonts", path)
    for line in out.splitlines()[2:]:
        cols = line.split()
        if len(cols) < 5:
            continue
        emb, sub, uni = cols[-5], cols[-4], cols[-3]
        if emb != "yes" or uni != "yes":
            problems.append("font not embedded with a ToUnicode map: " + line)
        if style == "large-print" and re.search(r"italic|oblique", cols[0], re.I):
            problems.append("italic font in large print: " + cols[0])
    rc, text, err = run("pdftotext", path, "-")
    if err.strip():
        problems.append("pdftotext warned: " + err.strip()[:300])
    # A line that ends in a hyphen ("restraint-" / "free") reads as one word.
    flat = re.sub(r"(\w)- (\w)", r"\1-\2", " ".join(text.split()))
    missing = in_order(flat, [" ".join(e.split()) for e in expect])
    if missing is not None:
        problems.append("text not found in reading order: %r" % missing)
    if footer:
        page_texts = text.split("\f")[:-1]  # pdftotext ends every page with a form feed
        pages = len(page_texts)
        for i in range(1, pages + 1):
            page_text = " ".join(page_texts[i - 1].split())
            want = footer.replace("{page}", str(i)).replace("{pages}", str(pages))
            if not page_text.endswith(want):
                problems.append("page %d does not end with %r" % (i, want))
    rc, out, err = run("pdfinfo", "-struct-text", path)
    elems = "\n" + "\n".join(re.sub(r" \((block|inline)\)$", "", l) for l in out.splitlines()
                              if not l.strip().startswith('"')) + "\n"
    missing = in_order(elems, ["\n" + t + "\n" for t in tree])
    if missing is not None:
        problems.append("structure tree lacks, in order: %r" % missing)
    rc, bbox, err = run("pdftotext", "-bbox", path, "-")
    lines = defaultdict(list)
    page = 0
    for m in re.finditer(r'<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', bbox):
        if m.group(0).startswith("<page"):
            page += 1
            continue
        y0, y1 = float(m.group(2)), float(m.group(4))
        size = (y1 - y0) / EM_HEIGHT
        if size < MIN_SIZE[style] - 0.3:
            problems.append("text smaller than %d pt on page %d: %r (%.1f pt)" % (MIN_SIZE[style], page, m.group(5), size))
        lines[(page, round(y1, 1))].append(html.unescape(m.group(5)))
    for (pg, y), words in lines.items():
        if len(" ".join(words)) > MAX_CHARS:
            problems.append("line longer than %d characters on page %d: %r" % (MAX_CHARS, pg, " ".join(words)))
    problems += layout_problems(path)
    return problems


def layout_problems(path):
    """Line lengths and justification as pdftotext -bbox-layout shows them: words joined
    by one space, XML entities left as written (so "council&apos;s" is 14 characters)."""
    problems = []
    rc, layout, err = run("pdftotext", "-bbox-layout", path, "-")
    for block in re.findall(r"<block .*?</block>", layout, re.S):
        lines = re.findall(r'<line xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>(.*?)</line>', block, re.S)
        for _, _, body in lines:
            text = " ".join(re.findall(r"<word[^>]*>(.*?)</word>", body, re.S))
            if len(text) > MAX_CHARS:
                problems.append("line longer than %d characters as extracted (entities count in full): %r"
                                % (MAX_CHARS, text))
        if len(lines) >= 3:
            rights = [float(x) for _, x, _ in lines[:-1]]
            if max(rights) - min(rights) < 0.5:
                problems.append("a block of %d lines looks justified: %r" % (len(lines), lines[0][2][:80]))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf")
    ap.add_argument("--style", required=True, choices=sorted(MIN_SIZE))
    ap.add_argument("--expect", action="append", default=[])
    ap.add_argument("--tree", action="append", default=[])
    ap.add_argument("--footer", help='footer pattern, e.g. "Page {page} of {pages}"')
    a = ap.parse_args()
    problems = check(a.pdf, a.style, a.expect, a.tree, a.footer)
    for p in problems:
        print("%s: %s" % (a.pdf, p))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
