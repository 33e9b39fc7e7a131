#include "core/utf8.hpp"

namespace plainly {

static int sequence_length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 0;
}

// Length of a valid sequence at i, or 0 if the bytes there are not valid UTF-8.
static size_t valid_sequence(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = sequence_length(c);
  if (n == 0 || i + n > s.size()) return 0;
  unsigned cp = n == 1 ? c : (c & (0xFF >> (n + 1)));
  for (int k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  static const unsigned min_for_len[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_len[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

size_t utf8_next(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size();
  size_t n = valid_sequence(s, i);
  return i + (n == 0 ? 1 : n);
}

size_t utf8_length(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); i = utf8_next(s, i)) ++count;
  return count;
}

bool utf8_valid(std::string_view s, size_t* bad_offset) {
  for (size_t i = 0; i < s.size();) {
    size_t n = valid_sequence(s, i);
    if (n == 0) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += n;
  }
  return true;
}

void utf8_line_col(std::string_view s, size_t offset, int* line, int* column) {
  int l = 1, c = 1;
  for (size_t i = 0; i < s.size() && i < offset; i = utf8_next(s, i)) {
    if (s[i] == '\n') { ++l; c = 1; } else { ++c; }
  }
  *line = l;
  *column = c;
}

}  // namespace plainly
