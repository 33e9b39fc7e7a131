#pragma once
// Drawing on pages with marked content: every text, picture and line drawn here is either
// inside a structure element's marked content (/P <</MCID n>> BDC ... EMC) or an /Artifact.
// libharu has no marked-content API, so the operators are written into the page's content
// stream with HPDF_Stream_WriteStr, between libharu's own text and path objects.

#include <hpdf.h>

#include <string>
#include <vector>

#include "writers/pdf/fonts.hpp"
#include "writers/pdf/hpdf_doc.hpp"
#include "writers/pdf/line_breaker.hpp"
#include "writers/pdf/struct_tree.hpp"
#include "writers/pdf/style.hpp"

namespace plainly::pdf {

/// A link in the document: where it goes, and its words (for the annotation's /Contents).
struct LinkInfo {
  std::string url;
  std::string text;
  int elem = -1;  ///< its Link structure element
};

class Canvas {
 public:
  Canvas(HpdfDoc& doc, FontSet& fonts, StructTree& tree, const PdfStyle& style,
         const std::vector<LinkInfo>& links);

  /// Start a new A4 page; drawing goes to it from now on.
  void new_page();

  /// Index of the current page (0-based), -1 before the first.
  int page() const { return static_cast<int>(pages_.size()) - 1; }
  const std::vector<HPDF_Page>& pages() const { return pages_; }

  /// Draw `line` with its left edge at `x` and baseline at `y`, in font size `size`.
  /// Text belongs to structure element `elem`, except link pieces, which belong to their link.
  /// A picture in the line is drawn as its Figure's content (an artifact if it has none).
  void text_line(const Line& line, double x, double y, double size, int elem);

  /// Draw a picture as the content of the Figure element `elem`.
  void image(HPDF_Image img, double x, double y, double w, double h, int elem);

  /// Draw a picture with no alternative text, as an artifact.
  void decorative_image(HPDF_Image img, double x, double y, double w, double h);

  /// An empty square tick box (an artifact: the words beside it carry the meaning).
  void tick_box(double x, double y, double size);

  /// A horizontal line to write on (an artifact).
  void rule(double x1, double x2, double y);

  /// Footer text on page `page_index`, marked as a pagination artifact.
  void footer(int page_index, const Line& line, double x, double y, double size);

 private:
  void raw(const std::string& ops);
  void raw_on(HPDF_Page page, const std::string& ops);
  void show_pieces(HPDF_Page page, const Line& line, size_t from, size_t to, double x, double y, double size);
  void link_annotation(int link, double x1, double x2, double y, double size);
  void inline_image(const Piece& p, double x, double y, double size);

  HpdfDoc& doc_;
  FontSet& fonts_;
  StructTree& tree_;
  const PdfStyle& style_;
  const std::vector<LinkInfo>& links_;
  std::vector<HPDF_Page> pages_;
};

/// `text` as UTF-8.
std::string to_utf8(const icu::UnicodeString& text);

}  // namespace plainly::pdf
