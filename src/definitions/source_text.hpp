#pragma once
// The raw text of a definitions file: positions (byte offset -> line and column in
// characters) and diagnostics that quote the offending line.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace plainly {

/// Maps byte offsets in one file's text to 1-based line and column (in code points).
class SourceText {
 public:
  SourceText(std::string path, const std::string& text);
  const std::string& path() const { return path_; }
  const std::string& text() const { return *text_; }
  /// Line and column of byte `offset` (clamped to the end of the text).
  SourcePos pos_at(size_t offset) const;
  /// Byte offset of `pos` (its line start plus its column in code points).
  size_t offset_of(SourcePos pos) const;
  /// A diagnostic at `pos` quoting its line; `length` in characters.
  Diagnostic diagnostic(SourcePos pos, int length, const std::string& key_path,
                        const std::string& message, const std::string& example = "") const;

 private:
  std::string path_;
  const std::string* text_;
  std::vector<size_t> line_starts_;
};

/// Where `needle` first occurs in `text` at or after `from`, looking no further than
/// `limit` bytes on; returns `from`'s position when it is not there.
SourcePos find_in_source(const SourceText& src, SourcePos from, const std::string& needle,
                         size_t limit = 4096);

}  // namespace plainly
