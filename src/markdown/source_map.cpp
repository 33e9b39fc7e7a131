#include "markdown/source_map.hpp"

#include "core/utf8.hpp"

namespace plainly {

SourceMap::SourceMap(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string SourceMap::line_text(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return "";
  size_t start = line_starts_[line - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string_view::npos) end = text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string(text_.substr(start, end - start));
}

SourcePos SourceMap::position(int line, int byte_column) {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size() || byte_column < 1) {
    return SourcePos{line > 0 ? line : 0, 0};
  }
  size_t start = line_starts_[line - 1];
  size_t target = static_cast<size_t>(byte_column - 1);
  if (line != cached_line_ || target < cached_byte_) {
    cached_line_ = line;
    cached_byte_ = 0;
    cached_chars_ = 0;
  }
  std::string_view rest = text_.substr(start);
  while (cached_byte_ < target && cached_byte_ < rest.size() && rest[cached_byte_] != '\n') {
    cached_byte_ = utf8_next(rest, cached_byte_);
    ++cached_chars_;
  }
  return SourcePos{line, cached_chars_ + 1};
}

}  // namespace plainly
