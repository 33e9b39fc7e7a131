#pragma once
// Text cleaning before layout. libharu's UTF-8 encoder only handles the Basic Multilingual
// Plane (it turns anything above U+FFFF into a space), so every character outside it is
// dealt with here, on purpose, before any width is measured.

#include <unicode/unistr.h>

#include <string>

namespace plainly::pdf {

/// UTF-8 in, NFC UTF-16 out, with every code unit inside the BMP:
/// - a character outside the BMP becomes its compatibility form when that is inside the
///   BMP (mathematical bold letters become plain letters), otherwise it is dropped
///   (emoji and other pictographs: the words around them carry the meaning);
/// - emoji presentation selectors and zero-width joiners left behind are dropped;
/// - tabs, newlines and other control characters become spaces; runs of spaces become one.
icu::UnicodeString clean_text(const std::string& utf8);

}  // namespace plainly::pdf
