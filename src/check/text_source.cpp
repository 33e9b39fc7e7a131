// Streaming input with validation: bounded memory for 100 MB files and 1 MB lines.
#include "check/text_source.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include "check/text_count.hpp"
#include "core/error.hpp"
#include "core/utf8.hpp"

namespace plainly {
namespace {

/// Offset of the first NUL or invalid UTF-8 byte, or npos. ASCII runs are skipped 8 bytes
/// at a time.
size_t first_bad_byte(std::string_view s, bool* is_nul) {
  size_t i = 0, n = s.size();
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      // No high bit set and no zero byte: all 8 are plain ASCII.
      bool high = (w & 0x8080808080808080ull) != 0;
      bool zero = ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) != 0;
      if (!high && !zero) { i += 8; continue; }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) { *is_nul = true; return i; }
    if (c < 0x80) { ++i; continue; }
    size_t next = utf8_next(s, i);
    if (next == i + 1 || !utf8_valid(s.substr(i, next - i))) { *is_nul = false; return i; }
    i = next;
  }
  return std::string_view::npos;
}

}  // namespace

std::string text_problem(std::string_view data, int base_line, int base_column, const std::string& name) {
  bool nul = false;
  size_t bad = first_bad_byte(data, &nul);
  if (bad == std::string_view::npos) return "";
  int line = 0, col = 0;
  utf8_line_col(data, bad, &line, &col);
  if (line == 1) col += base_column - 1;
  line += base_line - 1;
  std::string where = name + ":" + std::to_string(line) + ":" + std::to_string(col) + ": ";
  if (nul) return where + "this looks like a binary file, not text (it holds a zero byte). plainly checks UTF-8 text and Markdown.";
  return where + "this byte is not valid UTF-8 text. Save the file as UTF-8 (in most editors: Save As, then choose UTF-8) and try again.";
}

/// Move a line and column past `data`.
static void advance(std::string_view data, int& line, int& col) { advance_position(data, line, col); }

/// Bytes at the end of `data` that may be the start of a sequence cut by the block end.
static size_t incomplete_tail(std::string_view data) {
  size_t n = data.size(), k = n;
  while (k > 0 && n - k < 3 && (static_cast<unsigned char>(data[k - 1]) & 0xC0) == 0x80) --k;
  if (k == 0) return 0;
  unsigned char lead = static_cast<unsigned char>(data[k - 1]);
  size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return (lead >= 0xC0 && n - (k - 1) < need) ? n - (k - 1) : 0;
}

TextSource::TextSource(const std::string& path, size_t chunk_bytes) : path_(path), chunk_bytes_(chunk_bytes) {
  if (path == "-") {
    file_ = stdin;
    path_ = "<stdin>";
    return;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) fail_input(path + ": cannot open: the file does not exist.");
  if (fs::is_directory(path, ec)) fail_input(path + ": cannot open: this is a folder, not a file.");
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) fail_input(path + ": cannot open: " + std::strerror(errno) + ".");
  own_ = true;
  // A pipe or other special file (/dev/stdin, <(...)) cannot be read twice: like standard
  // input, its chunks are checked as they are read.
  if (!fs::is_regular_file(path, ec)) return;
  // Check the whole file for bad bytes first, so no findings are printed for a file that
  // turns out not to be text. Streams in 1 MB blocks, read straight after the few bytes of
  // a character cut by the previous block.
  constexpr size_t kBlock = 1u << 20;
  std::unique_ptr<char[]> block(new char[kBlock + 4]);
  size_t kept = 0;  // bytes of a character cut by the previous block, moved to the front
  int line = 1, col = 1;
  for (;;) {
    size_t got = std::fread(block.get() + kept, 1, kBlock, file_);
    std::string_view data(block.get(), kept + got);
    bool at_end = got < kBlock;
    size_t end = at_end ? data.size() : data.size() - incomplete_tail(data);
    std::string problem = text_problem(data.substr(0, end), line, col, path_);
    if (!problem.empty()) {
      std::fclose(file_);
      file_ = nullptr;
      fail_input(problem);
    }
    advance(data.substr(0, end), line, col);
    validated_ += end;
    kept = data.size() - end;
    std::memmove(block.get(), block.get() + end, kept);
    if (at_end) break;
  }
  std::rewind(file_);
}

TextSource::~TextSource() {
  if (own_ && file_) std::fclose(file_);
}

bool TextSource::fill() {
  if (eof_) return false;
  size_t want = chunk_bytes_;
  size_t old = buffer_.size();
  buffer_.resize(old + want);
  size_t got = std::fread(buffer_.data() + old, 1, want, file_);
  buffer_.resize(old + got);
  total_ += got;
  if (got < want) eof_ = true;
  return got > 0;
}

bool TextSource::next(std::string& chunk, int& first_line, int& first_column) {
  if (buffer_.size() < chunk_bytes_) fill();
  if (buffer_.empty()) return false;
  size_t cut = buffer_.size();
  if (!eof_ || buffer_.size() > chunk_bytes_) {
    size_t limit = std::min(buffer_.size(), chunk_bytes_);
    size_t para = buffer_.rfind("\n\n", limit - 1);
    size_t nl = buffer_.rfind('\n', limit - 1);
    if (para != std::string::npos && para > limit / 2) cut = para + 2;
    else if (nl != std::string::npos && nl > 0) cut = nl + 1;
    else {
      // One enormous line: cut after a sentence end or a space, on a character boundary.
      size_t sp = buffer_.rfind(". ", limit - 1);
      if (sp == std::string::npos || sp < limit / 2) sp = buffer_.rfind(' ', limit - 1);
      cut = (sp != std::string::npos && sp > 0) ? sp + 1 : limit;
      while (cut < buffer_.size() && (static_cast<unsigned char>(buffer_[cut]) & 0xC0) == 0x80) ++cut;
    }
  }
  // Hand the buffer over and keep only what follows the cut (usually a few bytes): no copy
  // of the whole chunk.
  chunk.swap(buffer_);
  buffer_.assign(chunk, cut, std::string::npos);
  chunk.resize(cut);
  read_ += cut;
  if (read_ > validated_) {  // not checked when the file was opened (standard input, or it grew)
    std::string problem = text_problem(chunk, next_line_, next_col_, path_);
    if (!problem.empty()) fail_input(problem);
  }
  first_line = next_line_;
  first_column = next_col_;
  advance(chunk, next_line_, next_col_);
  ++chunks_;
  return true;
}

}  // namespace plainly
