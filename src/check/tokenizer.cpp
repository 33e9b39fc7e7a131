// The fast tokenizer: one pass over the bytes of a sentence, no allocation for plain ASCII.
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "check/segmenter.hpp"

namespace plainly {
namespace {

constexpr bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/// Byte length of a non-ASCII punctuation or space character at `p`, or 0 if the code point
/// there should count as part of a word.
size_t non_ascii_punct(std::string_view s, size_t i) {
  static const char* kPunct[] = {"\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                 "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA6", "\xE2\x80\xA2",
                                 "\xC2\xA0",     "\xE2\x80\xAF", "\xC2\xA3",     "\xE2\x82\xAC", "\xEF\xBB\xBF"};
  for (const char* p : kPunct) {
    size_t n = std::strlen(p);
    if (i + n <= s.size() && std::memcmp(s.data() + i, p, n) == 0) return n;
  }
  return 0;
}

bool starts_with(std::string_view s, size_t i, const char* lit) {
  size_t n = std::strlen(lit);
  return i + n <= s.size() && std::memcmp(s.data() + i, lit, n) == 0;
}

size_t currency_len(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '$') return 1;
  if (starts_with(s, i, "\xC2\xA3")) return 2;      // £
  if (starts_with(s, i, "\xE2\x82\xAC")) return 3;  // €
  return 0;
}

bool is_clause_punct(unsigned char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '?' || c == '!' ||
         c == '.' || c == '[' || c == ']';
}

/// ASCII letters and digits.
struct AlnumTable {
  bool v[256] = {};
  constexpr AlnumTable() {
    for (int c = 0; c < 256; ++c) v[c] = is_ascii_alnum(static_cast<unsigned char>(c));
  }
  constexpr bool operator[](unsigned char c) const { return v[c]; }
};
constexpr AlnumTable kAlnum;

/// End of the run of ASCII letters and digits that starts at `j` (at most `end`). With SSE2,
/// 16 bytes are tested at once: most words end within the first block, without a loop.
inline size_t alnum_run_end(std::string_view text, size_t j, size_t end) {
#if defined(__SSE2__)
  const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
  const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1), lower = _mm_set1_epi8(0x20);
  while (j + 16 <= end) {
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + j));
    // Signed compares: bytes 0x80 and up are negative, so never letters or digits.
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(b, before_0), _mm_cmplt_epi8(b, after_9));
    __m128i l = _mm_or_si128(b, lower);
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, before_a), _mm_cmplt_epi8(l, after_z));
    unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter))) & 0xFFFFu;
    if (other != 0) return j + static_cast<size_t>(__builtin_ctz(other));
    j += 16;
  }
#endif
  while (j < end && kAlnum[static_cast<unsigned char>(text[j])]) ++j;
  return j;
}

/// A word written in capitals ("NHS", "DON’T"): no lowercase or non-ASCII letter, and at
/// least two letters. `w` starts with a capital; a curly apostrophe inside is a joiner.
bool all_capitals(std::string_view w) {
  int letters = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    unsigned char d = static_cast<unsigned char>(w[k]);
    if (d >= 'a' && d <= 'z') return false;
    if (d >= 'A' && d <= 'Z') { ++letters; continue; }
    if (d >= 0x80) {
      if (w.compare(k, 3, "\xE2\x80\x99") == 0) { k += 2; continue; }
      return false;  // a non-ASCII letter
    }
  }
  return letters >= 2;
}

}  // namespace

void tokenize_ascii(std::string_view text, std::string_view lowered, size_t begin, size_t end,
                    std::deque<std::string>& side, Sentence& out) {
  out.tokens.clear();
  out.word_count = 0;
  size_t i = begin;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    size_t cl = (c == '$' || c == 0xC2 || c == 0xE2) ? currency_len(text, i) : 0;  // $ £ €
    if (cl && i + cl < end && is_digit(text[i + cl])) {
      size_t j = i + cl;
      while (j < end && (is_digit(text[j]) || ((text[j] == '.' || text[j] == ',') && j + 1 < end &&
                                               is_digit(text[j + 1]))))
        ++j;
      t.end = static_cast<uint32_t>(j);
      t.flags = kMoney | kNumber;
      t.lower = lowered.substr(i, j - i);
      out.tokens.push_back(t);
      i = j;
      continue;
    }
    if (c < 0x80 && !is_ascii_alnum(c)) {
      if (is_clause_punct(c) || (c == '-' && i + 1 < end && text[i + 1] == ' ' && i > begin &&
                                 text[i - 1] == ' ')) {
        t.end = static_cast<uint32_t>(i + 1);
        t.flags = kPunct;
        t.lower = lowered.substr(i, 1);
        out.tokens.push_back(t);
      }
      ++i;
      continue;
    }
    if (c >= 0x80) {
      if (size_t n = non_ascii_punct(text, i)) {
        if (starts_with(text, i, "\xE2\x80\x93") || starts_with(text, i, "\xE2\x80\x94")) {
          t.end = static_cast<uint32_t>(i + n);
          t.flags = kPunct;
          t.lower = lowered.substr(i, n);
          out.tokens.push_back(t);
        }
        i += n;
        continue;
      }
    }
    // A word or number: letters, digits, non-ASCII letters, and inner ' ’ - . : , joiners.
    bool digit_start = is_digit(c);
    bool curly = false;
    size_t j = i;
    while (j < end) {
      j = alnum_run_end(text, j, end);  // the usual run
      if (j >= end) break;
      unsigned char d = static_cast<unsigned char>(text[j]);
      if (d >= 0x80) {
        if (starts_with(text, j, "\xE2\x80\x99") && j + 3 < end &&
            is_ascii_alnum(static_cast<unsigned char>(text[j + 3]))) {
          curly = true;
          j += 3;
          continue;
        }
        if (non_ascii_punct(text, j)) break;
        ++j;
        while (j < end && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;
        continue;
      }
      bool joiner = d == '\'' || d == '-' || (digit_start && (d == '.' || d == ':' || d == ','));
      if (joiner && j + 1 < end && is_ascii_alnum(static_cast<unsigned char>(text[j + 1]))) {
        ++j;
        continue;
      }
      break;
    }
    t.end = static_cast<uint32_t>(j);
    if (digit_start) {
      t.flags = kNumber;
      if (j > i && (text[j - 1] == 'p') && j - i >= 2 && is_digit(text[j - 2])) t.flags |= kMoney;
    } else {
      t.flags = kWord;
      if (c >= 'A' && c <= 'Z') {
        t.flags |= kCapital;
        if (all_capitals(text.substr(i, j - i))) t.flags |= kUpper;
      }
    }
    if (curly) {
      std::string low(lowered.substr(i, j - i));
      std::string fixed;
      for (size_t k = 0; k < low.size(); ++k) {
        if (low.compare(k, 3, "\xE2\x80\x99") == 0) { fixed += '\''; k += 2; } else fixed += low[k];
      }
      side.push_back(std::move(fixed));
      t.lower = side.back();
    } else {
      t.lower = lowered.substr(i, j - i);
    }
    out.tokens.push_back(t);
    ++out.word_count;
    i = j;
  }
}

}  // namespace plainly
