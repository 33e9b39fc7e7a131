#!/usr/bin/env python3
"""Check a DOCX file plainly made, as a reader's software would see it.

For every run of text: its font size (direct, from its character style, its paragraph
style, the table style and the document defaults, following basedOn) is at least the
style's minimum (standard 12 pt, large print and easy read 16 pt), and its font is sans
serif (Atkinson Hyperlegible Next or Arial). Also: the document language and title
(docProps/core.xml), alt text (wp:docPr descr) on every picture, no justified or centred
text, line spacing at least 1.5, hyphenation off, and for easy read every picture row
a two-column table with the picture on the left and the words on the right.

Usage: docx_check.py --style STYLE --lang en-GB [--title TITLE] FILE.docx...
Exit 0 when every file passes; 1 otherwise. Prints one summary line per file.
"""
import argparse
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
DC = "{http://purl.org/dc/elements/1.1/}"
MIN_PT = {"standard": 12, "large-print": 16, "easy-read": 16}
SANS = {"Atkinson Hyperlegible Next", "Arial"}


def val(el, tag, attr="val"):
    if el is None:
        return None
    child = el.find(W + tag)
    return None if child is None else child.get(W + attr)


class Styles:
    def __init__(self, root):
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_sz = val(defaults, "sz")
        fonts = defaults.find(W + "rFonts") if defaults is not None else None
        self.default_font = fonts.get(W + "ascii") if fonts is not None else None
        self.default_lang = val(defaults, "lang")
        ppr = root.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
        spacing = ppr.find(W + "spacing") if ppr is not None else None
        self.default_line = int(spacing.get(W + "line", "240")) if spacing is not None else 240
        self.by_id = {s.get(W + "styleId"): s for s in root.findall(W + "style")}
        self.default_para = next((i for i, s in self.by_id.items()
                                  if s.get(W + "type") == "paragraph" and s.get(W + "default") == "1"), None)

    def prop(self, style_id, getter, seen=None):
        """A run property from a style, following basedOn; None when no style sets it."""
        seen = seen or set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            found = getter(style.find(W + "rPr"))
            if found is not None:
                return found
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None
        return None


def font_of(rpr):
    if rpr is None:
        return None
    fonts = rpr.find(W + "rFonts")
    if fonts is None:
        return None
    if fonts.get(W + "asciiTheme"):
        return "theme:" + fonts.get(W + "asciiTheme")
    return fonts.get(W + "ascii")


def effective(styles, run, para_style, table_style, getter, default):
    for source in (lambda: getter(run.find(W + "rPr")),
                   lambda: styles.prop(val(run.find(W + "rPr"), "rStyle"), getter),
                   lambda: styles.prop(para_style, getter),
                   lambda: styles.prop(table_style, getter)):
        found = source()
        if found is not None:
            return found
    return default


def walk_runs(body):
    """Yield (run, paragraph style, table style) for each run with text."""
    def visit(el, table_style):
        for child in el:
            if child.tag == W + "tbl":
                tstyle = val(child.find(W + "tblPr"), "tblStyle")
                yield from visit(child, tstyle)
            elif child.tag == W + "p":
                pstyle = val(child.find(W + "pPr"), "pStyle")
                for run in child.iter(W + "r"):
                    if any((t.text or "").strip() for t in run.findall(W + "t")):
                        yield run, pstyle, table_style
            else:
                yield from visit(child, table_style)
    yield from visit(body, None)


def check_easy_read_tables(body, problems):
    rows = 0
    for tbl in body.iter(W + "tbl"):
        for tr in tbl.findall(W + "tr"):
            cells = tr.findall(W + "tc")
            has_picture = [any(True for _ in c.iter(WP + "docPr")) for c in cells]
            if not any(has_picture):
                continue
            rows += 1
            if len(cells) != 2 or not has_picture[0] or has_picture[1]:
                problems.append("an easy-read row is not [picture | words] in two cells")
            elif not "".join(t.text or "" for t in cells[1].iter(W + "t")).strip():
                problems.append("an easy-read row has a picture but no words beside it")
    return rows


def check(path, style, lang, title):
    problems = []
    z = zipfile.ZipFile(path)
    styles = Styles(ET.fromstring(z.read("word/styles.xml")))
    document = ET.fromstring(z.read("word/document.xml"))
    core = ET.fromstring(z.read("docProps/core.xml"))
    settings = z.read("word/settings.xml").decode("utf-8")
    body = document.find(W + "body")
    minimum = MIN_PT[style]
    default_sz = styles.default_sz or "20"  # Word's own default is 10 pt

    runs = sizes = 0
    smallest = None
    for run, pstyle, tstyle in walk_runs(body):
        runs += 1
        pstyle = pstyle or styles.default_para
        sz = effective(styles, run, pstyle, tstyle, lambda r: val(r, "sz"), default_sz)
        pt = int(sz) / 2
        smallest = pt if smallest is None else min(smallest, pt)
        if pt < minimum:
            text = "".join(t.text or "" for t in run.findall(W + "t"))[:40]
            problems.append(f"text at {pt:g} pt, below {minimum} pt: {text!r}")
        font = effective(styles, run, pstyle, tstyle, font_of, styles.default_font)
        if font not in SANS:
            problems.append(f"text in font {font!r}, not sans serif")
        sizes += 1
    if runs == 0:
        problems.append("no text at all")

    if styles.default_lang != lang:
        problems.append(f"document language is {styles.default_lang!r}, expected {lang!r}")
    core_lang = core.findtext(DC + "language")
    if core_lang != lang:
        problems.append(f"docProps/core.xml language is {core_lang!r}, expected {lang!r}")
    core_title = (core.findtext(DC + "title") or "").strip()
    if not core_title:
        problems.append("docProps/core.xml has no title")
    elif title and core_title != title:
        problems.append(f"title is {core_title!r}, expected {title!r}")

    pictures = list(document.iter(WP + "docPr"))
    for pic in pictures:
        if not (pic.get("descr") or "").strip():
            problems.append(f"picture {pic.get('id')} has no alt text")

    xml = z.read("word/document.xml").decode("utf-8") + z.read("word/styles.xml").decode("utf-8")
    if re.search(r'<w:jc w:val="(both|distribute|center)"', xml):
        problems.append("some text is justified or centred")
    if styles.default_line < 360:
        problems.append(f"line spacing is {styles.default_line / 240:g}, below 1.5")
    if '<w:autoHyphenation w:val="false"' not in settings:
        problems.append("automatic hyphenation is not turned off")
    rows = check_easy_read_tables(body, problems) if style == "easy-read" else 0
    if style == "easy-read" and pictures and rows == 0:
        problems.append("easy read has pictures but no picture rows")

    summary = (f"{sizes} runs, smallest {smallest:g} pt (minimum {minimum}), {len(pictures)} pictures "
               f"with alt text, {rows} easy-read rows, lang {core_lang}, title {core_title!r}"
               if smallest is not None else "no runs")
    return problems, summary


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--style", required=True, choices=sorted(MIN_PT))
    parser.add_argument("--lang", default="en-GB")
    parser.add_argument("--title")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    bad = 0
    for path in args.files:
        problems, summary = check(path, args.style, args.lang, args.title)
        if problems:
            bad += 1
            print(f"FAIL {path}: {summary}")
            for p in sorted(set(problems))[:20]:
                print(f"     {p}")
        else:
            print(f"ok   {path}: {summary}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
