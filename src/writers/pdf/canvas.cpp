#include "writers/pdf/canvas.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <algorithm>
#include <cstdio>

namespace plainly::pdf {

namespace {

const double kLinkRgb[3] = {0.0, 0.2, 0.6};  // dark blue: 9:1 contrast on white

}  // namespace

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

Canvas::Canvas(HpdfDoc& doc, FontSet& fonts, StructTree& tree, const PdfStyle& style,
               const std::vector<LinkInfo>& links)
    : doc_(doc), fonts_(fonts), tree_(tree), style_(style), links_(links) {}

void Canvas::new_page() {
  HPDF_Page page = HPDF_AddPage(doc_.get());
  doc_.check("add a page");
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(style_.page_width));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(style_.page_height));
  HPDF_Dict_AddName(page, "Tabs", "S");  // tab through links in structure order
  pages_.push_back(page);
}

void Canvas::raw_on(HPDF_Page page, const std::string& ops) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Stream_WriteStr(attr->stream, ops.c_str());
}

void Canvas::raw(const std::string& ops) { raw_on(pages_.back(), ops); }

void Canvas::show_pieces(HPDF_Page page, const Line& line, size_t from, size_t to, double x, double y,
                         double size) {
  HPDF_Page_BeginText(page);
  for (size_t i = from; i < to; ++i) {
    const Piece& p = line.pieces[i];
    HPDF_Page_SetFontAndSize(page, p.font, static_cast<HPDF_REAL>(size));
    if (p.link >= 0)
      HPDF_Page_SetRGBFill(page, kLinkRgb[0], kLinkRgb[1], kLinkRgb[2]);
    else
      HPDF_Page_SetRGBFill(page, 0, 0, 0);
    HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x + p.x), static_cast<HPDF_REAL>(y), to_utf8(p.text).c_str());
  }
  HPDF_Page_EndText(page);
}

void Canvas::text_line(const Line& line, double x, double y, double size, int elem) {
  HPDF_Page page = pages_.back();
  // One marked-content sequence per run of pieces with the same owner (the element or a
  // link); a picture in the line is a run of its own.
  for (size_t i = 0; i < line.pieces.size();) {
    int link = line.pieces[i].link;
    size_t j = i + 1;
    if (!line.pieces[i].image)
      while (j < line.pieces.size() && line.pieces[j].link == link && !line.pieces[j].image) ++j;
    int owner = link >= 0 ? links_[link].elem : elem;
    if (line.pieces[i].image) {
      inline_image(line.pieces[i], x, y, size);
    } else {
      int mcid = tree_.mark(owner, this->page());
      raw("/" + tree_.type(owner) + " <</MCID " + std::to_string(mcid) + ">> BDC\n");
      show_pieces(page, line, i, j, x, y, size);
      raw("EMC\n");
    }
    if (link >= 0) {
      double x1 = x + line.pieces[i].x, x2 = x + line.pieces[j - 1].x + line.pieces[j - 1].width;
      link_annotation(link, x1, x2, y, size);
    }
    i = j;
  }
  doc_.check("draw text");
}

void Canvas::link_annotation(int link, double x1, double x2, double y, double size) {
  HPDF_Page page = pages_.back();
  if (style_.underline_links) {
    raw("/Artifact BMC\n");
    HPDF_Page_SetRGBStroke(page, kLinkRgb[0], kLinkRgb[1], kLinkRgb[2]);
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(size / 16.0));
    HPDF_Page_MoveTo(page, x1, y - size * 0.12);
    HPDF_Page_LineTo(page, x2, y - size * 0.12);
    HPDF_Page_Stroke(page);
    HPDF_Page_SetRGBStroke(page, 0, 0, 0);
    raw("EMC\n");
  }
  HPDF_Rect rect = {static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(y - size * 0.3),
                    static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(y + size * 0.9)};
  HPDF_Annotation annot = HPDF_Page_CreateURILinkAnnot(page, rect, links_[link].url.c_str());
  doc_.check("add the link " + links_[link].url);
  HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
  HPDF_Dict_Add(annot, "Contents", pdf_text_string(doc_.get()->mmgr, links_[link].text));
  tree_.add_annotation(links_[link].elem, this->page(), annot);
}

void Canvas::inline_image(const Piece& p, double x, double y, double size) {
  // As high as a capital letter and a descender, the width the line breaker gave it;
  // a very wide picture is fitted into that width instead.
  double w = p.width, h = size * kInlinePictureEm;
  double iw = HPDF_Image_GetWidth(p.image), ih = HPDF_Image_GetHeight(p.image);
  if (iw > 0 && ih > 0) h = std::min(h, w * ih / iw);
  double bottom = y - size * kInlinePictureDrop + (size * kInlinePictureEm - h) / 2;
  if (p.figure >= 0)
    image(p.image, x + p.x, bottom, w, h, p.figure);
  else
    decorative_image(p.image, x + p.x, bottom, w, h);
}

void Canvas::decorative_image(HPDF_Image img, double x, double y, double w, double h) {
  raw("/Artifact BMC\n");
  HPDF_Page_DrawImage(pages_.back(), img, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y),
                      static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
  raw("EMC\n");
  doc_.check("draw a picture");
}

void Canvas::image(HPDF_Image img, double x, double y, double w, double h, int elem) {
  int mcid = tree_.mark(elem, page());
  raw("/Figure <</MCID " + std::to_string(mcid) + ">> BDC\n");
  HPDF_Page_DrawImage(pages_.back(), img, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y),
                      static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
  raw("EMC\n");
  doc_.check("draw a picture");
}

void Canvas::tick_box(double x, double y, double size) {
  HPDF_Page page = pages_.back();
  raw("/Artifact BMC\n");
  HPDF_Page_SetLineWidth(page, 1.5);
  HPDF_Page_SetRGBStroke(page, 0, 0, 0);
  HPDF_Page_Rectangle(page, x, y, size, size);
  HPDF_Page_Stroke(page);
  raw("EMC\n");
}

void Canvas::rule(double x1, double x2, double y) {
  HPDF_Page page = pages_.back();
  raw("/Artifact BMC\n");
  HPDF_Page_SetLineWidth(page, 1.0);
  HPDF_Page_SetRGBStroke(page, 0, 0, 0);
  HPDF_Page_MoveTo(page, x1, y);
  HPDF_Page_LineTo(page, x2, y);
  HPDF_Page_Stroke(page);
  raw("EMC\n");
}

void Canvas::footer(int page_index, const Line& line, double x, double y, double size) {
  HPDF_Page page = pages_[page_index];
  raw_on(page, "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n");
  show_pieces(page, line, 0, line.pieces.size(), x, y, size);
  raw_on(page, "EMC\n");
  doc_.check("draw the page footer");
}

}  // namespace plainly::pdf
