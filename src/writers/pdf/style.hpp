#pragma once
// Page geometry and type sizes for each style (DESIGN section 5), and the few words the
// PDF writer draws itself, read from locales/<language>/pdf.yaml.

#include <string>

#include "writers/writer.hpp"

namespace plainly::pdf {

/// Millimetres to points.
constexpr double mm(double v) { return v * 72.0 / 25.4; }

/// Everything that differs between standard, large print and easy read.
struct PdfStyle {
  std::string name;           ///< standard | large-print | easy-read
  double page_width = 595.276;   ///< A4 portrait, points
  double page_height = 841.890;
  double margin_left = mm(25), margin_right = mm(25), margin_top = mm(25), margin_bottom = mm(20);
  double body_size = 14;      ///< points
  double line_factor = 1.45;  ///< baseline-to-baseline distance / font size
  double paragraph_gap = 0;   ///< extra space between paragraphs, points
  double item_gap = 0;        ///< extra space between list items, points
  double heading_sizes[3] = {0, 0, 0};  ///< H1, H2, H3
  int max_line_chars = 70;
  bool easy_read = false;
  double picture_column = mm(32);  ///< easy read: width of the picture column, points
  double picture_size = mm(26);    ///< easy read: picture width and height, points
  bool underline_links = true;     ///< large print: never underline

  double text_width() const { return page_width - margin_left - margin_right; }
  double line_height(double size) const { return size * line_factor; }
};

/// The style for `options` (size clamped to the style's minimum).
PdfStyle make_style(const WriterOptions& options);

/// Words the PDF writer draws: page footer ("Page {page} of {pages}") and tick box labels.
struct PdfWords {
  std::string page_footer;
  std::string yes;
  std::string no;
};

/// Read locales/<language>/pdf.yaml (falling back to en-GB). Throws PlainlyError if missing.
PdfWords load_words(const std::string& data_dir, const std::string& language);

/// "Page {page} of {pages}" with the numbers filled in.
std::string page_footer(const PdfWords& words, int page, int pages);

}  // namespace plainly::pdf
