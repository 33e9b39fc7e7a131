#pragma once
// A libharu document owned by C++, with libharu's errors recorded instead of thrown.
// libharu reports errors through a C callback; throwing from it would unwind through C
// frames, so the callback only records the first error and C++ checks after each step.

#include <hpdf.h>

#include <string>

namespace plainly::pdf {

/// Owns one HPDF_Doc (freed on destruction). Not copyable or movable: libharu keeps a
/// pointer to it for error reports.
class HpdfDoc {
 public:
  HpdfDoc();
  ~HpdfDoc();
  HpdfDoc(const HpdfDoc&) = delete;
  HpdfDoc& operator=(const HpdfDoc&) = delete;

  /// The libharu handle.
  HPDF_Doc get() const { return doc_; }

  /// Throws PlainlyError (exit code 2) saying "We could not <what>" if libharu reported an
  /// error since the last check. `what` should name the file when a file is involved.
  void check(const std::string& what);

  /// True if libharu reported an error since the last check.
  bool failed() const { return code_ != 0; }

  /// The first error code libharu reported since the last check (0 = none).
  HPDF_STATUS error_code() const { return code_; }

  /// Forget a reported error (for errors that are expected, like the end of a stream).
  void clear();

 private:
  static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* self);
  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS code_ = 0;
  HPDF_STATUS detail_ = 0;
};

/// The document's bytes, saved to memory. Throws PlainlyError if libharu fails.
std::string save_to_string(HpdfDoc& doc);

}  // namespace plainly::pdf
