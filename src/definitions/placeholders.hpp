#pragma once
// Placeholders left in a definitions file: TBC, TBA, TBD, "to be confirmed", XX, ???,
// "[insert ...]". An offer that still holds one is not a fact a person can rely on.

#include <cstddef>
#include <optional>
#include <string>

namespace plainly {

/// Where a placeholder sits in a piece of text (byte offsets into that text).
struct PlaceholderMatch {
  size_t offset = 0;  ///< first byte of the placeholder
  size_t length = 0;  ///< its length in bytes
};

/// The first placeholder in `text`, if any. Matching ignores case and respects word
/// edges ("TBC" matches, "TBCX" does not; "£XX" and "XX:XX" match, "XXL" does not).
std::optional<PlaceholderMatch> find_placeholder(const std::string& text);

/// True when `text` is empty or only spaces.
bool is_blank(const std::string& text);

}  // namespace plainly
