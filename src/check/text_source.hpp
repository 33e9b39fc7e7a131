#pragma once
// Reading text to check: a file or standard input, in chunks that end at a line break, so
// memory stays bounded for very large files. Rejects binary files and bad UTF-8 with the
// line and column of the first bad byte.

#include <cstdio>
#include <string>
#include <string_view>

namespace plainly {

/// Where the first problem is, if `data` is not valid UTF-8 text (empty if it is).
/// `base_line` is the line number of the first byte. Checks for NUL bytes (binary files).
std::string text_problem(std::string_view data, int base_line, int base_column, const std::string& name);

/// Streams a file (or standard input for "-") in chunks of whole lines.
class TextSource {
 public:
  /// Opens `path`. Throws PlainlyError (exit 2) with a plain message if it cannot be read.
  /// For a regular file the whole file is checked for bad bytes first (streaming).
  explicit TextSource(const std::string& path, size_t chunk_bytes = 1u << 20);
  ~TextSource();
  TextSource(const TextSource&) = delete;
  TextSource& operator=(const TextSource&) = delete;

  /// The next chunk (whole lines where possible, valid UTF-8), with the line and column of
  /// its first character. Returns false at the end. Throws PlainlyError (exit 2) on bad bytes.
  bool next(std::string& chunk, int& first_line, int& first_column);
  /// True if the input was completely empty.
  bool empty() const { return total_ == 0; }
  /// The whole input so far fits in one chunk (useful for reporters that need the text).
  bool single_chunk() const { return chunks_ <= 1; }

 private:
  bool fill();
  std::string path_;
  std::FILE* file_ = nullptr;
  bool own_ = false;
  size_t chunk_bytes_;
  std::string buffer_;
  bool eof_ = false;
  int next_line_ = 1, next_col_ = 1;
  size_t total_ = 0;
  int chunks_ = 0;
  size_t validated_ = 0;  ///< bytes from the start already checked for bad bytes when opened
  size_t read_ = 0;       ///< bytes handed out in chunks so far
};

}  // namespace plainly
