#include "model/nfc.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/error.hpp"

namespace plainly {

std::string to_nfc(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw PlainlyError(ExitCode::Failed, "We could not load Unicode data (ICU) to tidy the text.");
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  if (nfc->isNormalized(text, status) && U_SUCCESS(status)) {
    std::string out;
    return text.toUTF8String(out);
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString normal = nfc->normalize(text, status);
  if (U_FAILURE(status)) {
    throw PlainlyError(ExitCode::Failed, "We could not normalise the text (ICU NFC).");
  }
  std::string out;
  return normal.toUTF8String(out);
}

}  // namespace plainly
