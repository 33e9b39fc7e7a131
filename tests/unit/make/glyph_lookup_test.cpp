// Glyph look-ups from shared tables (writers/pdf/glyph_lookup) give libharu's answers for
// every code unit of every bundled font.
#include <doctest/doctest.h>

#include <hpdf_doc.h>

#include <string>

#include "writers/pdf/glyph_lookup.hpp"
#include "writers/pdf/hpdf_doc.hpp"

using namespace plainly::pdf;

TEST_CASE("glyph tables: the same glyph as libharu's step-by-step look-up, for every code unit") {
  for (const char* file : {"AtkinsonHyperlegibleNext-Regular.ttf", "AtkinsonHyperlegibleNext-Bold.ttf",
                           "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
    CAPTURE(file);
    HpdfDoc doc;
    std::string path = std::string(PLAINLY_SOURCE_DATA_DIR) + "/fonts/" + file;
    const char* name = HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
    REQUIRE(name != nullptr);
    HPDF_FontDef def = HPDF_GetFontDef(doc.get(), name);
    REQUIRE(def != nullptr);
    use_glyph_table(def);
    int differ = 0, found = 0;
    for (unsigned u = 0; u < 0x10000; ++u) {
      auto c = static_cast<HPDF_UINT16>(u);
      HPDF_UINT16 table = HPDF_TTFontDef_GetGlyphid(def, c);
      if (table != glyph_id_stepwise(def, c)) ++differ;
      if (table != 0) ++found;
    }
    forget_glyph_table(def);
    CHECK(differ == 0);
    CHECK(found > 200);  // the font really was looked up
    CHECK(HPDF_TTFontDef_GetGlyphid(def, u'A') == glyph_id_stepwise(def, u'A'));
  }
}
