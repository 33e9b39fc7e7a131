#include "writers/pdf/fonts.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>

#include <cstdio>
#include <filesystem>

#include "core/error.hpp"
#include "writers/pdf/glyph_lookup.hpp"
#include "writers/pdf/prepacked_stream.hpp"

namespace plainly::pdf {

namespace {

const char* const kFontFiles[4] = {
    "AtkinsonHyperlegibleNext-Regular.ttf",
    "AtkinsonHyperlegibleNext-Bold.ttf",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
};

// An identity ToUnicode CMap for 2-byte codes that are UTF-16 code units of the BMP
// (libharu's UTF-8 encoder writes exactly those). Surrogates are left out on purpose.
std::string identity_cmap() {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<int> highs;
  for (int hi = 0; hi < 256; ++hi)
    if (hi < 0xD8 || hi > 0xDF) highs.push_back(hi);
  for (size_t start = 0; start < highs.size(); start += 100) {
    size_t end = std::min(highs.size(), start + 100);
    out += std::to_string(end - start) + " beginbfrange\n";
    char line[40];
    for (size_t i = start; i < end; ++i) {
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", highs[i], highs[i], highs[i]);
      out += line;
    }
    out += "endbfrange\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

// A /CIDSystemInfo dictionary with the given ordering.
HPDF_Dict system_info(HPDF_MMgr mmgr, const char* ordering) {
  HPDF_Dict d = HPDF_Dict_New(mmgr);
  if (!d) return nullptr;
  HPDF_Dict_Add(d, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr));
  HPDF_Dict_Add(d, "Ordering", HPDF_String_New(mmgr, ordering, nullptr));
  HPDF_Dict_AddNumber(d, "Supplement", 0);
  return d;
}

}  // namespace

FontSet::FontSet(HpdfDoc& doc, std::string fonts_dir) : doc_(doc), dir_(std::move(fonts_dir)) {
  for (int i = 0; i < 4; ++i) slots_[i].file = (std::filesystem::path(dir_) / kFontFiles[i]).string();
}

FontSet::~FontSet() {
  for (Slot& s : slots_)
    if (s.def) forget_glyph_table(s.def);
}

FontSet::Slot& FontSet::slot(int index) {
  Slot& s = slots_[index];
  if (s.font) return s;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(s.file, ec))
    throw PlainlyError(ExitCode::BadInput,
                       "We could not find the font file " + s.file +
                           ". Reinstall plainly, or set PLAINLY_DATA_DIR to the folder that holds fonts/.");
  const char* name = HPDF_LoadTTFontFromFile(doc_.get(), s.file.c_str(), HPDF_TRUE);
  doc_.check("load the font file " + s.file);
  s.def = HPDF_GetFontDef(doc_.get(), name);
  use_glyph_table(s.def);  // before HPDF_GetFont, which looks up every code unit (forgotten in ~FontSet)
  s.font = HPDF_GetFont(doc_.get(), name, "UTF-8");
  doc_.check("use the font file " + s.file);
  auto* attr = static_cast<HPDF_FontAttr>(s.font->attr);
  if (attr->fontdef != s.def) {  // never seen; if it were, keep no table for a pointer we will not forget
    forget_glyph_table(s.def);
    s.def = attr->fontdef;
  }
  // The CIDToGIDMap is the same in every PDF: compress it once per run (prepacked_stream.hpp).
  if (attr->map_stream && !attr->map_stream->before_write_fn) attr->map_stream->before_write_fn = prepack_before_write;
  glyph_known_[index].assign(0x10000, -1);
  widths_[index].assign(0x10000, -1.0f);
  return s;
}

void FontSet::load_main() { slot(0); }

bool FontSet::has_glyph(int index, char16_t c) {
  Slot& s = slot(index);
  signed char& known = glyph_known_[index][c];
  if (known < 0) known = HPDF_TTFontDef_GetGlyphid(s.def, c) != 0 ? 1 : 0;
  return known == 1;
}

int FontSet::slot_for(char16_t c, Face face) {
  int main = static_cast<int>(face);
  if (c < 0x7F || has_glyph(main, c)) return main;
  if (has_glyph(main + 2, c)) return main + 2;
  return main;
}

HPDF_Font FontSet::font_for(char16_t c, Face face) { return slot(slot_for(c, face)).font; }

double FontSet::width(char16_t c, Face face) {
  int index = slot_for(c, face);
  Slot& s = slot(index);
  float& w = widths_[index][c];
  if (w < 0) w = static_cast<float>(HPDF_Font_GetUnicodeWidth(s.font, c));
  return w;
}

void FontSet::fix_to_unicode() {
  const std::string cmap = identity_cmap();
  HPDF_MMgr mmgr = doc_.get()->mmgr;
  for (Slot& s : slots_) {
    if (!s.font) continue;
    auto* attr = static_cast<HPDF_FontAttr>(s.font->attr);
    auto* to_unicode = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(s.font, "ToUnicode", HPDF_OCLASS_DICT));
    if (to_unicode && to_unicode->stream) {
      HPDF_MemStream_FreeData(to_unicode->stream);
      HPDF_Stream_WriteStr(to_unicode->stream, cmap.c_str());
      HPDF_Dict_AddName(to_unicode, "CMapName", "Adobe-Identity-UCS");
      HPDF_Dict_Add(to_unicode, "CIDSystemInfo", system_info(mmgr, "UCS"));
      HPDF_Dict_RemoveElement(to_unicode, "WMode");
      to_unicode->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
      if (!to_unicode->before_write_fn) to_unicode->before_write_fn = prepack_before_write;  // same in every PDF
    }
    // libharu also names the CIDFont's ordering "Identity-H"; the correct name is "Identity".
    if (attr->descendant_font) HPDF_Dict_Add(attr->descendant_font, "CIDSystemInfo", system_info(mmgr, "Identity"));
    doc_.check("fix the text map of the font " + s.file);
  }
}

}  // namespace plainly::pdf
