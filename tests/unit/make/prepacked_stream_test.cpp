// Streams compressed once per run (writers/pdf/prepacked_stream): the PDF is byte for byte
// the one libharu writes when it compresses the stream itself.
#include <doctest/doctest.h>

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <string>

#include "writers/pdf/hpdf_doc.hpp"
#include "writers/pdf/prepacked_stream.hpp"

using namespace plainly::pdf;

namespace {

// A PDF with one extra stream object holding `data`, deflated by libharu or prepacked.
std::string pdf_with_stream(const std::string& data, bool prepack) {
  HpdfDoc doc;
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_AddPage(doc.get());
  HPDF_Dict d = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
  HPDF_Dict_AddName(d, "Type", "Test");
  HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()), static_cast<HPDF_UINT>(data.size()));
  d->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  if (prepack) d->before_write_fn = prepack_before_write;
  doc.check("make the stream");
  return save_to_string(doc);
}

}  // namespace

TEST_CASE("prepacked streams: the same bytes as libharu's own compression, every time") {
  std::string data;
  for (int i = 0; i < 20000; ++i) data += "line " + std::to_string(i % 97) + "\n";
  std::string direct = pdf_with_stream(data, false);
  CHECK(pdf_with_stream(data, true) == direct);
  CHECK(pdf_with_stream(data, true) == direct);  // the second from the memo
  CHECK(direct.find("/Filter [ /FlateDecode ]") != std::string::npos);
  CHECK(direct.size() < data.size() / 4);
}
