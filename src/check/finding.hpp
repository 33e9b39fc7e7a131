#pragma once
// One problem the language checker found in a piece of text.

#include <cstddef>
#include <string>

#include "core/diagnostic.hpp"

namespace plainly {

/// A finding: where it is, what words, which rule, and a plain reason with a suggestion.
/// Lines and columns are 1-based and counted in characters (code points). `end_column` is
/// the column just after the last character. `offset` and `length` are byte offsets into
/// the text given to check_text, so a caller can map a finding back to its own source.
struct Finding {
  std::string file;
  int line = 0, column = 0, end_line = 0, end_column = 0;
  size_t offset = 0;  ///< byte offset of the first byte in the checked text
  size_t length = 0;  ///< length in bytes
  std::string text;        ///< the matched words, as written
  std::string rule;        ///< rule id, e.g. "we-will-try"
  std::string category;    ///< speculative, promissory, vague, pressure or clarity
  std::string message;     ///< why, in one plain sentence
  std::string suggestion;  ///< what to write instead
  Severity severity = Severity::Error;
};

/// Category names the checker knows.
inline bool is_known_category(const std::string& c) {
  return c == "speculative" || c == "promissory" || c == "vague" || c == "pressure" ||
         c == "clarity";
}

}  // namespace plainly
