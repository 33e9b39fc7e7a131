#!/usr/bin/env python3
"""Make plainly's Pandoc reference documents, one per style, reproducibly.

Starts from Pandoc's own defaults (`pandoc --print-default-data-file reference.docx` and
`reference.odt`) and edits their style XML with zipfile, so the result depends only on the
Pandoc version. Writes templates/pandoc/<style>/reference.docx and reference.odt.

What changes (DESIGN section 5): a sans-serif font (Atkinson Hyperlegible Next, falling
back to Arial), body size per style (standard 14 pt, large print 18 pt, easy read 16 pt)
and no style smaller than the body, headings in near-black, line spacing 1.5, left
aligned (never centred or justified), no hyphenation, no italics in large print and easy
read, borderless tables (easy-read rows), A4 pages with 25 mm margins, and the Title style
at outline level 1 so Word lists the title as the top heading.

Usage: python3 scripts/make-reference-docs.py [--pandoc PATH] [--out templates/pandoc]
"""
import argparse
import os
import re
import subprocess
import sys
import zipfile

FONT = "Atkinson Hyperlegible Next"
FALLBACK = "Arial"
STYLES = {"standard": 14, "large-print": 18, "easy-read": 16}
# Heading sizes as multiples of the body size.
SCALE = {"Title": 1.6, "Subtitle": 1.3, "Heading1": 1.45, "Heading2": 1.3, "Heading3": 1.15}
TEXT_COLOUR = "1A1A1A"
LINK_COLOUR = "0645AD"
FIXED_DATE = (2026, 1, 1, 0, 0, 0)  # zip entry times, so builds are byte-for-byte repeatable


def pandoc_default(pandoc, name):
    return subprocess.run([pandoc, "--print-default-data-file", name], check=True,
                          stdout=subprocess.PIPE).stdout


def rewrite_zip(data, edits, out_path):
    """Copy the zip in `data` to `out_path`, passing named members through edit functions."""
    import io
    src = zipfile.ZipFile(io.BytesIO(data))
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with zipfile.ZipFile(out_path, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in edits:
                body = edits[info.filename](body.decode("utf-8")).encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, FIXED_DATE)
            # ODF: the mimetype entry comes first and is stored uncompressed.
            entry.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(entry, body)


# ---------------------------------------------------------------- DOCX

def half_points(pt):
    return str(int(round(pt * 2)))


def docx_style_blocks(xml):
    return re.finditer(r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>.*?</w:style>', xml, re.S)


def edit_docx_style(style_id, block, body_pt, no_italics):
    fonts = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" />' % ((FONT,) * 4)
    block = re.sub(r'<w:rFonts\b[^>]*/>', fonts, block)
    size = body_pt * SCALE.get(style_id, 1.0)

    def fix_size(m):
        val = int(m.group(2))
        want = int(half_points(size)) if style_id in SCALE else max(val, int(half_points(body_pt)))
        return '<w:%s w:val="%d" />' % (m.group(1), want)
    block = re.sub(r'<w:(sz|szCs) w:val="(\d+)"\s*/>', fix_size, block)
    if style_id in SCALE and "<w:sz " not in block:
        sizes = '<w:sz w:val="%s" /><w:szCs w:val="%s" />' % (half_points(size), half_points(size))
        block = block.replace("</w:rPr>", sizes + "</w:rPr>") if "</w:rPr>" in block else \
            block.replace("</w:style>", "<w:rPr>%s</w:rPr></w:style>" % sizes)
    colour = LINK_COLOUR if style_id == "Hyperlink" else TEXT_COLOUR
    block = re.sub(r'<w:color\b[^>]*/>', '<w:color w:val="%s" />' % colour, block)
    block = re.sub(r'<w:jc w:val="(center|both|distribute)"\s*/>', '<w:jc w:val="left" />', block)
    block = re.sub(r'<w:spacing\b([^>]*?)\s*/>', lambda m: spacing_with_line(m.group(1)), block)
    if no_italics:
        block = re.sub(r'<w:iCs?\s*/>', '', block)
    if style_id == "Title" and "<w:outlineLvl" not in block:
        block = block.replace("</w:pPr>", '<w:outlineLvl w:val="0" /></w:pPr>', 1)
    if style_id == "Table":
        block = re.sub(r'<w:tblStylePr w:type="firstRow">.*?</w:tblStylePr>', '', block, flags=re.S)
        borders = "".join('<w:%s w:val="nil" />' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        block = block.replace("<w:tblCellMar>", "<w:tblBorders>%s</w:tblBorders><w:tblCellMar>" % borders, 1)
        block = re.sub(r'(<w:(?:left|right) w:w=")108(")', r'\g<1>170\2', block)
    return block


def spacing_with_line(attrs):
    attrs = re.sub(r'\s*w:(line|lineRule)="[^"]*"', "", attrs)
    return '<w:spacing%s w:line="360" w:lineRule="auto" />' % attrs


def edit_docx_styles(xml, body_pt, no_italics):
    fonts = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" />' % ((FONT,) * 4)
    head, rest = xml.split("</w:docDefaults>", 1)
    head = re.sub(r'<w:rFonts\b[^>]*/>', fonts, head)
    head = re.sub(r'<w:(sz|szCs) w:val="\d+"\s*/>',
                  lambda m: '<w:%s w:val="%s" />' % (m.group(1), half_points(body_pt)), head)
    head = re.sub(r'<w:pPr>.*?</w:pPr>',
                  '<w:pPr><w:suppressAutoHyphens /><w:spacing w:after="240" w:line="360" '
                  'w:lineRule="auto" /><w:jc w:val="left" /></w:pPr>', head, flags=re.S)
    out, last = [], 0
    for m in docx_style_blocks(rest):
        out.append(rest[last:m.start()])
        out.append(edit_docx_style(m.group(1), m.group(0), body_pt, no_italics))
        last = m.end()
    out.append(rest[last:])
    # The picture cell of an easy-read row (plainly.lua): single line spacing, or Word puts
    # 1.5 times the picture's height around it and the picture drops below its words.
    picture = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Picture"><w:name w:val="Picture" />'
               '<w:basedOn w:val="Normal" /><w:qFormat /><w:pPr><w:spacing w:before="0" w:after="120" '
               'w:line="240" w:lineRule="auto" /></w:pPr></w:style>')
    return head + "</w:docDefaults>" + "".join(out).replace("</w:styles>", picture + "</w:styles>", 1)


def edit_docx_settings(xml):
    if "<w:autoHyphenation" in xml:
        return re.sub(r'<w:autoHyphenation\b[^>]*/>', '<w:autoHyphenation w:val="false" />', xml)
    return xml.replace("<w:drawingGridHorizontalSpacing", '<w:autoHyphenation w:val="false" />\n  '
                       "<w:drawingGridHorizontalSpacing", 1)


def edit_docx_fonts(xml):
    entry = ('<w:font w:name="%s"><w:altName w:val="%s" /><w:family w:val="swiss" />'
             '<w:pitch w:val="variable" /></w:font>' % (FONT, FALLBACK))
    return xml.replace("</w:fonts>", entry + "</w:fonts>", 1)


def edit_docx_theme(xml):
    # Theme fonts (used by anything still asking for a theme font) become ours too.
    return re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*(")', r'\g<1>%s\2' % FONT, xml)


def edit_docx_document(xml):
    # A4 portrait, 25 mm margins (at least 20 mm for large print).
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="1417" w:right="1417" '
            'w:bottom="1417" w:left="1417" w:header="709" w:footer="709" w:gutter="0" /></w:sectPr>')
    xml = re.sub(r'<w:sectPr\b.*?</w:sectPr>|<w:sectPr\s*/>', '', xml, flags=re.S)
    return xml.replace("</w:body>", sect + "</w:body>", 1)


def make_docx(pandoc, style, body_pt, out_dir):
    no_italics = style != "standard"
    edits = {
        "word/styles.xml": lambda x: edit_docx_styles(x, body_pt, no_italics),
        "word/settings.xml": edit_docx_settings,
        "word/fontTable.xml": edit_docx_fonts,
        "word/theme/theme1.xml": edit_docx_theme,
        "word/document.xml": edit_docx_document,
    }
    rewrite_zip(pandoc_default(pandoc, "reference.docx"), edits,
                os.path.join(out_dir, style, "reference.docx"))


# ---------------------------------------------------------------- ODT

ODT_SCALE = {"Heading": 1.15, "Heading_20_1": 1.45, "Heading_20_2": 1.3, "Heading_20_3": 1.15, "Title": 1.6,
             "Subtitle": 1.3}


def edit_odt_style(name, block, body_pt, no_italics):
    block = re.sub(r'style:font-name="[^"]*"', 'style:font-name="%s"' % FONT, block)

    def fix_size(m):
        if name in ODT_SCALE:
            return 'fo:font-size="%gpt"' % round(body_pt * ODT_SCALE[name], 1)
        value = m.group(1)
        if value.endswith("%"):
            return 'fo:font-size="%s"' % ("100%" if float(value[:-1]) < 100 else value)
        return 'fo:font-size="%gpt"' % max(float(value[:-2]), body_pt)
    block = re.sub(r'fo:font-size="([^"]+)"', fix_size, block)
    block = re.sub(r'fo:text-align="(center|justify)"', 'fo:text-align="start"', block)
    block = re.sub(r'fo:color="#[0-9a-fA-F]{6}"', 'fo:color="#%s"' % TEXT_COLOUR.lower(), block)
    if no_italics:
        block = re.sub(r'\s*style:font-style(-asian|-complex)?="italic"|\s*fo:font-style="italic"', '', block)
    return block


def edit_odt_styles(xml, body_pt, no_italics):
    decl = ('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;, %s" '
            'style:font-family-generic="swiss" style:font-pitch="variable" />' % (FONT, FONT, FALLBACK))
    xml = xml.replace("</office:font-face-decls>", decl + "</office:font-face-decls>", 1)
    pattern = r'<style:(default-style|style)\b([^>]*?)(/>|>.*?</style:\1>)'

    def one(m):
        name = re.search(r'style:name="([^"]+)"', m.group(2))
        return edit_odt_style(name.group(1) if name else "", m.group(0), body_pt, no_italics)
    xml = re.sub(pattern, one, xml, flags=re.S)
    # Paragraph defaults: 1.5 line height, left aligned, never hyphenated, body size.
    xml = re.sub(r'(<style:default-style style:family="paragraph">\s*<style:paragraph-properties)',
                 r'\1 fo:line-height="150%" fo:text-align="start" fo:hyphenation-keep="auto"', xml)
    xml = re.sub(r'(<style:default-style style:family="paragraph">.*?<style:text-properties)',
                 r'\1 fo:hyphenate="false"', xml, count=1, flags=re.S)
    # A4 portrait with 25 mm margins.
    xml = re.sub(r'fo:page-width="[^"]*"', 'fo:page-width="21cm"', xml)
    xml = re.sub(r'fo:page-height="[^"]*"', 'fo:page-height="29.7cm"', xml)
    xml = re.sub(r'fo:margin-(top|bottom|left|right)="[^"]*"(?=[^>]*fo:page-width|[^<]*style:print-orientation)',
                 r'fo:margin-\1="2.5cm"', xml)
    return xml


def make_odt(pandoc, style, body_pt, out_dir):
    edits = {"styles.xml": lambda x: edit_odt_styles(x, body_pt, style != "standard")}
    rewrite_zip(pandoc_default(pandoc, "reference.odt"), edits,
                os.path.join(out_dir, style, "reference.odt"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pandoc", default=os.environ.get("PLAINLY_PANDOC", "pandoc"))
    parser.add_argument("--out", default=os.path.join(here, "..", "templates", "pandoc"))
    args = parser.parse_args()
    for style, body_pt in STYLES.items():
        make_docx(args.pandoc, style, body_pt, args.out)
        make_odt(args.pandoc, style, body_pt, args.out)
        print("made %s/%s/reference.docx and reference.odt (%d pt)" % (args.out, style, body_pt))
    return 0


if __name__ == "__main__":
    sys.exit(main())
