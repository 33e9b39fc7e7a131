#pragma once
// The fonts a PDF is drawn with: Atkinson Hyperlegible Next (regular and bold) from fonts/,
// with DejaVu Sans loaded only when a character has no glyph in Atkinson.

#include <hpdf.h>

#include <array>
#include <string>
#include <vector>

#include "writers/pdf/hpdf_doc.hpp"

namespace plainly::pdf {

/// One font file's roles: the main face and its fallback, each regular or bold.
enum class Face { Regular = 0, Bold = 1 };

/// Loads fonts lazily and answers "which font draws this character" and "how wide is it".
/// All text passed in is UTF-16 inside the Basic Multilingual Plane (see clean_text).
class FontSet {
 public:
  /// `fonts_dir` holds the TTF files. Nothing is loaded until first use.
  FontSet(HpdfDoc& doc, std::string fonts_dir);
  /// Stops the shared glyph tables for this document's fonts (see glyph_lookup.hpp).
  ~FontSet();
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  /// The font that draws `c` in `face`: the main font, or the fallback if the main font
  /// has no glyph for it (and the fallback does).
  HPDF_Font font_for(char16_t c, Face face);

  /// Advance width of `c` drawn with font_for(c, face), in thousandths of an em.
  double width(char16_t c, Face face);

  /// Load the main regular font now, so a missing font file is reported early.
  void load_main();

  /// Replace libharu's wrong ToUnicode CMaps (it writes its encoding CMap) with identity
  /// maps, for every font used. Call once, just before saving.
  void fix_to_unicode();

 private:
  struct Slot {
    std::string file;
    HPDF_Font font = nullptr;
    HPDF_FontDef def = nullptr;
  };
  Slot& slot(int index);
  bool has_glyph(int index, char16_t c);
  int slot_for(char16_t c, Face face);

  HpdfDoc& doc_;
  std::string dir_;
  std::array<Slot, 4> slots_;                // main regular, main bold, fallback regular, fallback bold
  std::array<std::vector<signed char>, 4> glyph_known_;  // per code unit: -1 unknown, 0 no, 1 yes
  std::array<std::vector<float>, 4> widths_;             // per code unit, < 0 = not yet measured
};

}  // namespace plainly::pdf
