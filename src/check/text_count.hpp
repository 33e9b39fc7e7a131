#pragma once
// Counting characters and lines in UTF-8 text quickly (8 bytes at a time), for turning
// byte offsets into the line and column numbers that findings show.

#include <cstdint>
#include <cstring>
#include <string_view>

namespace plainly {

/// Number of characters (bytes that do not continue a UTF-8 sequence) in `s`.
inline size_t count_chars(std::string_view s) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  size_t n = s.size(), i = 0, count = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // A continuation byte is 10xxxxxx: high bit set and the next bit clear.
    uint64_t continuation = w & ~(w << 1) & kHigh;
    // One bit per continuation byte, at the bottom of each byte: the multiply adds them up
    // in the top byte (a portable popcount; most builds do not assume a POPCNT instruction).
    count += 8 - static_cast<size_t>(((continuation >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < n; ++i) count += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return count;
}

/// Move `line` and `column` (1-based, in characters) past the text `s`.
inline void advance_position(std::string_view s, int& line, int& column) {
  size_t pos = 0;
  for (;;) {
    const void* nl = std::memchr(s.data() + pos, '\n', s.size() - pos);
    if (!nl) break;
    ++line;
    column = 1;
    pos = static_cast<size_t>(static_cast<const char*>(nl) - s.data()) + 1;
  }
  column += static_cast<int>(count_chars(s.substr(pos)));
}

}  // namespace plainly
