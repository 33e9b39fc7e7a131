#include "writers/pdf/clean_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace plainly::pdf {

namespace {

bool dropped_format_char(UChar32 c) {
  return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3;
}

// The BMP replacement of a supplementary character, or "" to drop it.
icu::UnicodeString bmp_form(UChar32 c, const icu::Normalizer2* nfkc) {
  icu::UnicodeString one(c), out;
  UErrorCode status = U_ZERO_ERROR;
  if (nfkc) nfkc->normalize(one, out, status);
  if (U_FAILURE(status)) return {};
  for (int32_t i = 0; i < out.length(); ++i)
    if (U16_IS_SURROGATE(out.charAt(i))) return {};
  return out;
}

}  // namespace

icu::UnicodeString clean_text(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) nfkc = nullptr;

  icu::UnicodeString in = icu::UnicodeString::fromUTF8(utf8), out;
  bool last_space = false;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    icu::UnicodeString piece;
    if (c > 0xFFFF) {
      piece = bmp_form(c, nfkc);
    } else if (dropped_format_char(c)) {
      continue;
    } else if (c == '\t' || c == '\n' || c == '\r' || u_iscntrl(c)) {
      piece = u' ';
    } else {
      piece = static_cast<char16_t>(c);
    }
    for (int32_t k = 0; k < piece.length(); ++k) {
      char16_t u = piece.charAt(k);
      bool space = u == u' ';
      if (space && last_space) continue;
      out.append(u);
      last_space = space;
    }
  }
  icu::UnicodeString normalised;
  status = U_ZERO_ERROR;
  if (nfc) nfc->normalize(out, normalised, status);
  return U_SUCCESS(status) && nfc ? normalised : out;
}

}  // namespace plainly::pdf
