#pragma once
// Unicode normalisation for writer output.

#include <string>

namespace plainly {

/// `utf8` in Unicode Normalization Form C (composed: "e" + U+0301 becomes "é"), via ICU.
/// Invalid UTF-8 comes out with U+FFFD in place of the bad bytes.
std::string to_nfc(const std::string& utf8);

}  // namespace plainly
