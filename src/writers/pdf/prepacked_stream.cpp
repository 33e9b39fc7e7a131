#include "writers/pdf/prepacked_stream.hpp"

#include <hpdf_conf.h>
#include <hpdf_streams.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace plainly::pdf {

namespace {

// libharu's deflate of `raw` (the function it uses when it writes a FlateDecode stream).
std::shared_ptr<const std::string> libharu_deflate(HPDF_MMgr mmgr, HPDF_Stream raw) {
  HPDF_Stream packed = HPDF_MemStream_New(mmgr, HPDF_STREAM_BUF_SIZ);
  if (!packed) return nullptr;
  std::shared_ptr<const std::string> out;
  if (HPDF_Stream_WriteToStream(raw, packed, HPDF_STREAM_FILTER_FLATE_DECODE, nullptr) == HPDF_OK)
    out = std::make_shared<const std::string>(stream_bytes(packed));
  HPDF_Stream_Free(packed);
  return out;
}

// The deflated bytes of each distinct stream seen, for the whole run (a few font maps).
struct Memo {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const std::string>> packed;  // raw bytes -> deflated
};

Memo& memo() {
  static Memo m;
  return m;
}

}  // namespace

// Exactly the bytes the stream holds (reading past the end would be an error).
std::string stream_bytes(HPDF_Stream stream) {
  std::string out(HPDF_Stream_Size(stream), '\0');
  HPDF_UINT size = static_cast<HPDF_UINT>(out.size());
  if (size == 0) return out;
  HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET);
  HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
  out.resize(size);
  return out;
}

// libharu writes /Filter itself only when it compresses the stream; the prepacked stream's
// filter is "none", so this writes the same line, last in the dictionary, as libharu would.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

HPDF_STATUS use_prepacked_deflate(HPDF_Dict dict) {
  if (!dict || !dict->stream || dict->filter != HPDF_STREAM_FILTER_FLATE_DECODE || dict->write_fn ||
      dict->after_write_fn || HPDF_Dict_GetItem(dict, "Filter", HPDF_OCLASS_ARRAY))
    return HPDF_OK;
  std::string raw = stream_bytes(dict->stream);
  if (raw.empty()) return HPDF_OK;
  std::shared_ptr<const std::string> packed;
  {
    std::lock_guard<std::mutex> lock(memo().mutex);
    auto it = memo().packed.find(raw);
    if (it != memo().packed.end()) packed = it->second;
  }
  if (!packed) {
    packed = libharu_deflate(dict->mmgr, dict->stream);
    if (!packed) return HPDF_OK;  // leave it to libharu
    std::lock_guard<std::mutex> lock(memo().mutex);
    memo().packed.emplace(raw, packed);
  }
  HPDF_MemStream_FreeData(dict->stream);
  HPDF_STATUS status = HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(packed->data()),
                                         static_cast<HPDF_UINT>(packed->size()));
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = write_flate_filter;
  return status;
}

HPDF_STATUS prepack_before_write(HPDF_Dict dict) { return use_prepacked_deflate(dict); }

}  // namespace plainly::pdf
