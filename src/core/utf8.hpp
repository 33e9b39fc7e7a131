#pragma once
// Small UTF-8 helpers used where pulling in ICU would be overkill.

#include <string>
#include <string_view>

namespace plainly {

/// Index of the start of the code point after the one at `i` (invalid bytes count as one).
size_t utf8_next(std::string_view s, size_t i);

/// Number of code points in `s` (invalid bytes count as one each).
size_t utf8_length(std::string_view s);

/// True if `s` is valid UTF-8. On failure `bad_offset` gets the byte offset of the first bad byte.
bool utf8_valid(std::string_view s, size_t* bad_offset = nullptr);

/// 1-based line and column (in code points) of byte `offset` in `s`.
void utf8_line_col(std::string_view s, size_t offset, int* line, int* column);

}  // namespace plainly
