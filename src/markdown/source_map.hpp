#pragma once
// Turns cmark's (line, byte column) into (line, character column) for messages.

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace plainly {

/// Index of a source text's lines, for converting byte columns to character columns.
/// Conversions on the same line are incremental, so a long line costs O(length) in total.
class SourceMap {
 public:
  explicit SourceMap(std::string_view text);

  /// Position for cmark's 1-based line and 1-based byte column (0 = unknown).
  SourcePos position(int line, int byte_column);

  /// Line `line` (1-based) without its line ending, or "" when out of range.
  std::string line_text(int line) const;

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
  int cached_line_ = 0;
  size_t cached_byte_ = 0;  // byte offset within the cached line
  int cached_chars_ = 0;    // characters before cached_byte_
};

}  // namespace plainly
