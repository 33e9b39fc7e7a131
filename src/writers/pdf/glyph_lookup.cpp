#include "writers/pdf/glyph_lookup.hpp"

#include <hpdf_error.h>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace plainly::pdf {

namespace {

using Table = std::vector<HPDF_UINT16>;  // glyph id for each of the 65,536 code units

const HPDF_TTF_CmapRange& cmap_of(HPDF_FontDef def) {
  return static_cast<HPDF_TTFontDefAttr>(def->attr)->cmap;
}

// A font we can make a table for: format 0, or format 4 whose last segment ends at U+FFFF
// (as the TrueType specification requires), so every look-up stays inside the arrays.
bool table_worthy(HPDF_FontDef def) {
  if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE || !def->attr) return false;
  const HPDF_TTF_CmapRange& c = cmap_of(def);
  if (c.format == 0) return c.glyph_id_array != nullptr;
  if (c.format != 4 || c.seg_count_x2 == 0 || !c.end_count || !c.start_count || !c.id_delta || !c.id_range_offset)
    return false;
  return c.end_count[c.seg_count_x2 / 2 - 1] == 0xFFFF;
}

// Everything the look-up reads, so two fonts with the same signature have the same answers.
std::vector<HPDF_UINT16> signature(HPDF_FontDef def) {
  const HPDF_TTF_CmapRange& c = cmap_of(def);
  std::vector<HPDF_UINT16> s{c.format, c.seg_count_x2};
  if (c.format == 0) {
    s.insert(s.end(), c.glyph_id_array, c.glyph_id_array + 256);
    return s;
  }
  unsigned segs = c.seg_count_x2 / 2;
  s.insert(s.end(), c.end_count, c.end_count + segs);
  s.insert(s.end(), c.start_count, c.start_count + segs);
  for (unsigned i = 0; i < segs; ++i) s.push_back(static_cast<HPDF_UINT16>(c.id_delta[i]));
  s.insert(s.end(), c.id_range_offset, c.id_range_offset + segs);
  s.push_back(static_cast<HPDF_UINT16>(c.glyph_id_array_count & 0xFFFF));
  s.push_back(static_cast<HPDF_UINT16>(c.glyph_id_array_count >> 16));
  if (c.glyph_id_array) s.insert(s.end(), c.glyph_id_array, c.glyph_id_array + c.glyph_id_array_count);
  return s;
}

// Tables shared by every thread, one per distinct cmap (a run uses two to four fonts).
std::shared_ptr<const Table> shared_table(HPDF_FontDef def) {
  static std::mutex mutex;
  static std::map<std::vector<HPDF_UINT16>, std::shared_ptr<const Table>> tables;
  std::vector<HPDF_UINT16> key = signature(def);
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = tables[key];
  if (!slot) {
    auto t = std::make_shared<Table>(0x10000);
    for (unsigned u = 0; u < 0x10000; ++u) (*t)[u] = glyph_id_stepwise(def, static_cast<HPDF_UINT16>(u));
    slot = std::move(t);
  }
  return slot;
}

// The fonts this thread answers from tables (a PDF uses at most four at once).
struct Registered {
  HPDF_FontDef def;
  std::shared_ptr<const Table> table;
};
thread_local std::vector<Registered> registered;

}  // namespace

HPDF_UINT16 glyph_id_stepwise(HPDF_FontDef def, HPDF_UINT16 unicode) {
  // libharu 2.3.0, hpdf_fontdef_tt.c, HPDF_TTFontDef_GetGlyphid, step for step.
  auto attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  HPDF_UINT16* pend_count = attr->cmap.end_count;
  HPDF_UINT seg_count = attr->cmap.seg_count_x2 / 2;
  HPDF_UINT i;
  if (attr->cmap.format == 0) {
    unicode &= 0xFF;
    return attr->cmap.glyph_id_array[unicode];
  }
  if (attr->cmap.seg_count_x2 == 0) {
    HPDF_SetError(def->error, HPDF_TTF_INVALID_CMAP, 0);
    return 0;
  }
  for (i = 0; i < seg_count; i++) {
    if (unicode <= *pend_count) break;
    pend_count++;
  }
  if (attr->cmap.start_count[i] > unicode) return 0;
  if (attr->cmap.id_range_offset[i] == 0) return static_cast<HPDF_UINT16>(unicode + attr->cmap.id_delta[i]);
  HPDF_UINT idx = attr->cmap.id_range_offset[i] / 2 + (unicode - attr->cmap.start_count[i]) - (seg_count - i);
  if (idx > attr->cmap.glyph_id_array_count) return 0;
  return static_cast<HPDF_UINT16>(attr->cmap.glyph_id_array[idx] + attr->cmap.id_delta[i]);
}

void use_glyph_table(HPDF_FontDef def) {
  if (!table_worthy(def)) return;
  forget_glyph_table(def);
  registered.push_back({def, shared_table(def)});
}

void forget_glyph_table(HPDF_FontDef def) {
  for (auto it = registered.begin(); it != registered.end(); ++it)
    if (it->def == def) {
      registered.erase(it);
      return;
    }
}

}  // namespace plainly::pdf

// Replaces libharu's definition for the whole program (see glyph_lookup.hpp).
extern "C" HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef, HPDF_UINT16 unicode) {
  for (const auto& r : plainly::pdf::registered)
    if (r.def == fontdef) return (*r.table)[unicode];
  return plainly::pdf::glyph_id_stepwise(fontdef, unicode);
}
