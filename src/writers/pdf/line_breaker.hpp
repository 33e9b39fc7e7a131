#pragma once
// Our own line breaking: ICU's line break rules for the locale, greedy filling, left
// aligned, never justified, no hyphenation, and never a break inside a date, time, sum of
// money, phone number or postcode.

#include <hpdf.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "writers/pdf/fonts.hpp"

namespace plainly::pdf {

/// Height of a picture inside a line of text, in ems of the text's size.
constexpr double kInlinePictureEm = 1.1;
/// How far an inline picture's bottom edge sits below the baseline, in ems.
constexpr double kInlinePictureDrop = 0.2;

/// A stretch of inline text with one look. A span whose text is "\n" is a forced line break.
/// A picture in a line of text is a span with `image` set and the text U+FFFC (one object
/// replacement character), `image_em` wide.
struct Span {
  icu::UnicodeString text;  ///< cleaned (see clean_text), BMP only
  Face face = Face::Regular;
  int link = -1;  ///< index into the document's link list, or -1
  HPDF_Image image = nullptr;  ///< an inline picture, or nullptr
  double image_em = 0;         ///< the picture's width in ems
  int figure = -1;             ///< the picture's Figure element, or -1 (decorative)
};

/// A piece of one line drawn with one font: what a single Tj shows.
struct Piece {
  icu::UnicodeString text;
  HPDF_Font font = nullptr;
  Face face = Face::Regular;
  int link = -1;
  double x = 0;      ///< offset from the line's left edge, in points
  double width = 0;  ///< in points
  HPDF_Image image = nullptr;  ///< an inline picture (its text is U+FFFC, not drawn)
  int figure = -1;             ///< the picture's Figure element, or -1 (decorative)
};

/// One laid-out line.
struct Line {
  std::vector<Piece> pieces;
  double width = 0;  ///< in points, without trailing spaces
  int chars = 0;     ///< characters shown
};

/// How many characters `c` counts for in a line's length limit: 1, except the characters
/// that `pdftotext -bbox` writes as XML entities (' " & < >), which count as the entity's
/// length (6, 6, 5, 4, 4). Checkers that measure lines from that output (check_tagged.py)
/// then see no line longer than the limit; real lines are only a little shorter.
int extracted_length(char16_t c);

/// What a line may hold.
struct LineSpec {
  double max_width = 0;  ///< points
  double size = 12;      ///< font size in points
  int max_chars = 70;    ///< most characters a line, counted by extracted_length (0 = no limit)
  std::string locale = "en-GB";
};

/// Break `spans` into lines. Always returns at least one line for non-empty text; a word
/// wider than a line is split between characters as a last resort.
std::vector<Line> break_lines(const std::vector<Span>& spans, const LineSpec& spec, FontSet& fonts);

/// Width in points of `text` in `face` at `size`.
double text_width(const icu::UnicodeString& text, Face face, double size, FontSet& fonts);

}  // namespace plainly::pdf
