#include "writers/pdf/hpdf_doc.hpp"

#include <cstdio>

#include "core/error.hpp"

namespace plainly::pdf {

HpdfDoc::HpdfDoc() {
  doc_ = HPDF_New(&HpdfDoc::on_error, this);
  if (!doc_) throw PlainlyError(ExitCode::Failed, "We could not start a PDF: out of memory.");
}

HpdfDoc::~HpdfDoc() {
  if (doc_) HPDF_Free(doc_);
}

void HpdfDoc::on_error(HPDF_STATUS code, HPDF_STATUS detail, void* self) {
  auto* me = static_cast<HpdfDoc*>(self);
  if (me->code_ == 0) {
    me->code_ = code;
    me->detail_ = detail;
  }
}

void HpdfDoc::clear() {
  code_ = 0;
  detail_ = 0;
  HPDF_ResetError(doc_);
}

void HpdfDoc::check(const std::string& what) {
  if (code_ == 0) return;
  char buf[64];
  std::snprintf(buf, sizeof buf, " (libharu error 0x%04X, detail %u)", static_cast<unsigned>(code_),
                static_cast<unsigned>(detail_));
  clear();
  throw PlainlyError(ExitCode::BadInput, "We could not " + what + buf + ".");
}

std::string save_to_string(HpdfDoc& doc) {
  HPDF_SaveToStream(doc.get());
  doc.check("write the PDF");
  HPDF_ResetStream(doc.get());
  std::string out;
  out.reserve(HPDF_GetStreamSize(doc.get()));
  HPDF_BYTE buf[65536];
  for (;;) {
    HPDF_UINT32 size = sizeof buf;
    HPDF_ReadFromStream(doc.get(), buf, &size);
    out.append(reinterpret_cast<const char*>(buf), size);
    if (doc.error_code() == HPDF_STREAM_EOF) doc.clear();
    doc.check("read back the PDF we wrote");
    if (size < sizeof buf) break;
  }
  return out;
}

}  // namespace plainly::pdf
