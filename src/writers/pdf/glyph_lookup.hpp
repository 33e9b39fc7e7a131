#pragma once
// Character -> glyph look-ups for TrueType fonts, made once per run instead of once per PDF.
//
// Why: libharu 2.3.0 builds a CIDToGIDMap for every font in every document by calling
// HPDF_TTFontDef_GetGlyphid for all 65,536 UTF-16 code units, and that function scans the
// font's cmap segments one by one. That was a fifth of all the CPU time of `plainly make`.
//
// How: this file defines HPDF_TTFontDef_GetGlyphid itself. libharu calls the function
// through its procedure linkage table, so the program's definition is the one used (the
// usual ELF symbol interposition). For a font registered with use_glyph_table() on the
// calling thread, the answer comes from a table computed once per run with libharu's own
// algorithm; for any other font, the same algorithm runs as libharu would. The answers,
// and so the PDFs, are byte for byte the same.

#include <hpdf.h>
#include <hpdf_fontdef.h>

namespace plainly::pdf {

/// Answer glyph look-ups for `def` from a shared table on this thread, until
/// forget_glyph_table(def). Fonts whose cmap is not a well-formed format 0 or 4 table are
/// left to the step-by-step algorithm.
void use_glyph_table(HPDF_FontDef def);

/// Stop using a table for `def` on this thread (call before the document is freed).
void forget_glyph_table(HPDF_FontDef def);

/// libharu 2.3.0's own look-up, step by step (what the tables are made from).
HPDF_UINT16 glyph_id_stepwise(HPDF_FontDef def, HPDF_UINT16 unicode);

}  // namespace plainly::pdf
