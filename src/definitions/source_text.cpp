#include "definitions/source_text.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace plainly {

SourceText::SourceText(std::string path, const std::string& text)
    : path_(std::move(path)), text_(&text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

SourcePos SourceText::pos_at(size_t offset) const {
  offset = std::min(offset, text_->size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based
  size_t start = line_starts_[line - 1];
  std::string_view slice(text_->data() + start, offset - start);
  return SourcePos{static_cast<int>(line), static_cast<int>(utf8_length(slice)) + 1};
}

size_t SourceText::offset_of(SourcePos pos) const {
  if (pos.line < 1) return 0;
  if (static_cast<size_t>(pos.line) > line_starts_.size()) return text_->size();
  size_t i = line_starts_[pos.line - 1];
  for (int col = 1; col < pos.column && i < text_->size() && (*text_)[i] != '\n'; ++col)
    i = utf8_next(*text_, i);
  return i;
}

// Bytes that are not UTF-8 are shown as U+FFFD (one character, so the caret still lines up).
static std::string printable(const std::string& line) {
  if (utf8_valid(line)) return line;
  std::string out;
  for (size_t i = 0; i < line.size();) {
    size_t next = utf8_next(line, i);
    std::string_view piece(line.data() + i, next - i);
    out += utf8_valid(piece) ? std::string(piece) : std::string("\xEF\xBF\xBD");
    i = next;
  }
  return out;
}

// Very long lines (a 10 MB file on one line) are not quoted: the caret would be lost.
static const size_t kMaxQuotedLine = 400;

Diagnostic SourceText::diagnostic(SourcePos pos, int length, const std::string& key_path,
                                  const std::string& message, const std::string& example) const {
  Diagnostic d;
  d.file = path_;
  d.pos = pos;
  d.length = std::max(1, length);
  d.key_path = key_path;
  d.message = message;
  d.example = example;
  // Cut the line out with the line index (not line_of, which scans from the start and made
  // a file with many problems quadratic).
  if (pos.line >= 1 && static_cast<size_t>(pos.line) <= line_starts_.size()) {
    size_t start = line_starts_[pos.line - 1];
    size_t end = static_cast<size_t>(pos.line) < line_starts_.size() ? line_starts_[pos.line] - 1
                                                                      : text_->size();
    if (end > start && (*text_)[end - 1] == '\r') --end;
    if (end - start <= kMaxQuotedLine) d.source_line = printable(text_->substr(start, end - start));
  }
  return d;
}

SourcePos find_in_source(const SourceText& src, SourcePos from, const std::string& needle,
                         size_t limit) {
  if (needle.empty()) return from;
  size_t start = src.offset_of(from);
  size_t at = src.text().find(needle, start);
  if (at == std::string::npos || at - start > limit) return from;
  return src.pos_at(at);
}

}  // namespace plainly
