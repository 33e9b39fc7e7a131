// ICU sentence and word breaking over UTF-8 (UText), plus the soft line break rule.
#include "check/segmenter.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "core/error.hpp"

namespace plainly {
namespace {

bool blank_from(std::string_view s, size_t i) {  // true if the line starting at i is blank
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
  return i >= s.size() || s[i] == '\n';
}

/// A line that starts a new block: indented (blanked Markdown), a list item or heading.
bool starts_block(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '#' || c == '>' || c == '|' || c == '*' || c == '+') return true;
  if (c == '-' && i + 1 < s.size() && s[i + 1] == ' ') return true;
  if (s.substr(i, 3) == "\xE2\x80\xA2") return true;  // •
  size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
  return j > i && j < s.size() && (s[j] == '.' || s[j] == ')') && j + 1 < s.size() && s[j + 1] == ' ';
}

/// Copy of `text` where a single line break inside a paragraph of prose is a space, so a
/// hard-wrapped sentence stays one sentence. Same length, so offsets do not change.
void join_soft_breaks(std::string_view text, std::string& work, const SegmentOptions& options) {
  work.assign(text.data(), text.size());
  if (options.lines_end_sentences) return;
  const auto* ranges = options.line_ranges;
  size_t range = 0;
  auto in_range = [&](size_t i) {  // is byte i in one of the easy-read ranges?
    if (!ranges) return false;
    while (range < ranges->size() && (*ranges)[range].second <= i) ++range;
    return range < ranges->size() && (*ranges)[range].first <= i;
  };
  size_t line_start = 0;
  for (size_t i = 0; i < work.size(); ++i) {
    const void* nl = std::memchr(work.data() + i, '\n', work.size() - i);
    if (!nl) break;
    i = static_cast<const char*>(nl) - work.data();
    size_t len = i - line_start;
    bool prev_colon = i > 0 && (work[i - 1] == ':' || (i > 1 && work[i - 1] == '\r' && work[i - 2] == ':'));
    if (len >= 40 && !prev_colon && !blank_from(work, line_start) && !blank_from(work, i + 1) &&
        !starts_block(work, i + 1) && !in_range(i)) {
      work[i] = ' ';
      if (i > 0 && work[i - 1] == '\r') work[i - 1] = ' ';
    }
    line_start = i + 1;
  }
}

bool needs_icu_words(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    while (i + 8 <= e) {  // skip plain ASCII 8 bytes at a time
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= e) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) continue;
    if (c == 0xE2 || c == 0xC2) { i += (c == 0xE2 ? 2 : 1); continue; }  // quotes, dashes, £, nbsp
    return true;
  }
  return false;
}

}  // namespace

struct Segmenter::Impl {
  UBreakIterator* sentences = nullptr;
  UBreakIterator* words = nullptr;
  std::string work, lowered;
  std::deque<std::string> side;
  UText* text = nullptr;
  int32_t start = 0;
  // ICU runs over a UTF-16 copy of `work` (made once per text: faster than ICU reading
  // UTF-8 itself). Boundaries come back as UTF-16 indexes; `shifts` turns them into byte
  // offsets: from UTF-16 index `first` on, byte offset = index + `delta` (one entry after
  // each non-ASCII character). `cursor` walks it forward, as boundaries only increase.
  std::vector<UChar> utf16;
  struct Shift {
    int32_t first;
    int32_t delta;
  };
  std::vector<Shift> shifts;
  size_t cursor = 0;

  void to_utf16();
  size_t byte_offset(int32_t index) {
    while (cursor + 1 < shifts.size() && shifts[cursor + 1].first <= index) ++cursor;
    return static_cast<size_t>(index + shifts[cursor].delta);
  }

  Impl() {
    UErrorCode st = U_ZERO_ERROR;
    sentences = ubrk_open(UBRK_SENTENCE, "en@ss=standard", nullptr, 0, &st);
    if (U_FAILURE(st)) {
      st = U_ZERO_ERROR;
      sentences = ubrk_open(UBRK_SENTENCE, "en", nullptr, 0, &st);
    }
    UErrorCode st2 = U_ZERO_ERROR;
    words = ubrk_open(UBRK_WORD, "en", nullptr, 0, &st2);
    if (U_FAILURE(st) || U_FAILURE(st2))
      throw PlainlyError(ExitCode::BadInput, "plainly: cannot start ICU text segmentation.");
  }
  ~Impl() {
    if (text) utext_close(text);
    if (sentences) ubrk_close(sentences);
    if (words) ubrk_close(words);
  }

  /// Tokenize with ICU's word iterator (for sentences with non-ASCII letters).
  void tokenize_icu(size_t b, size_t e, Sentence& out) {
    tokenize_ascii(work, lowered, b, e, side, out);  // punctuation, money and numbers
    std::vector<Token> fast = std::move(out.tokens);
    out.tokens.clear();
    out.word_count = 0;
    UErrorCode st = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, work.data() + b, static_cast<int64_t>(e - b), &st);
    ubrk_setUText(words, ut, &st);
    if (U_FAILURE(st)) { out.tokens = std::move(fast); utext_close(ut); return; }
    size_t k = 0;
    int32_t start = ubrk_first(words);
    for (int32_t end = ubrk_next(words); end != UBRK_DONE; start = end, end = ubrk_next(words)) {
      size_t ab = b + start, ae = b + end;
      while (k < fast.size() && fast[k].end <= ab) {
        if (fast[k].is(kPunct)) out.tokens.push_back(fast[k]);
        ++k;
      }
      if (ubrk_getRuleStatus(words) == UBRK_WORD_NONE) continue;
      Token t;
      t.begin = static_cast<uint32_t>(ab);
      t.end = static_cast<uint32_t>(ae);
      unsigned char c = static_cast<unsigned char>(work[ab]);
      t.flags = (c >= '0' && c <= '9') ? kNumber : kWord;
      if (c >= 'A' && c <= 'Z') t.flags |= kCapital;
      t.lower = std::string_view(lowered).substr(ab, ae - ab);
      out.tokens.push_back(t);
      ++out.word_count;
    }
    for (; k < fast.size(); ++k)
      if (fast[k].is(kPunct)) out.tokens.push_back(fast[k]);
    utext_close(ut);
  }
};

void Segmenter::Impl::to_utf16() {
  utf16.resize(work.size());
  shifts.assign(1, Shift{0, 0});
  cursor = 0;
  const unsigned char* in = reinterpret_cast<const unsigned char*>(work.data());
  size_t n = work.size(), i = 0, o = 0;
  while (i < n) {
    while (i + 8 <= n) {  // plain ASCII, 8 bytes at a time
      uint64_t w;
      std::memcpy(&w, in + i, 8);
      if (w & 0x8080808080808080ull) break;
      for (int k = 0; k < 8; ++k) utf16[o + k] = in[i + k];
      i += 8;
      o += 8;
    }
    if (i >= n) break;
    unsigned char c = in[i];
    if (c < 0x80) {
      utf16[o++] = c;
      ++i;
      continue;
    }
    // Valid UTF-8 (checked when read): a 2, 3 or 4 byte sequence.
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t k = 1; k < len && i + k < n; ++k) cp = (cp << 6) | (in[i + k] & 0x3Fu);
    if (cp >= 0x10000) {
      utf16[o++] = static_cast<UChar>(0xD7C0 + (cp >> 10));
      utf16[o++] = static_cast<UChar>(0xDC00 | (cp & 0x3FF));
    } else {
      utf16[o++] = static_cast<UChar>(cp);
    }
    i += len;
    shifts.push_back(Shift{static_cast<int32_t>(o), static_cast<int32_t>(i) - static_cast<int32_t>(o)});
  }
  utf16.resize(o);
}

Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {}
Segmenter::~Segmenter() = default;

void Segmenter::start(std::string_view input) { start(input, SegmentOptions{}); }

void Segmenter::start(std::string_view input, const SegmentOptions& options) {
  Impl& m = *impl_;
  join_soft_breaks(input, m.work, options);
  m.lowered.resize(m.work.size());
  const char* from = m.work.data();
  char* to = m.lowered.data();
  for (size_t k = 0, n = m.work.size(); k < n; ++k) {  // one branch-free pass the compiler vectorises
    char c = from[k];
    to[k] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26u) * 32);
  }
  m.side.clear();
  m.to_utf16();
  UErrorCode st = U_ZERO_ERROR;
  m.text = utext_openUChars(m.text, m.utf16.data(), static_cast<int64_t>(m.utf16.size()), &st);
  ubrk_setUText(m.sentences, m.text, &st);
  if (U_FAILURE(st)) throw PlainlyError(ExitCode::BadInput, "plainly: ICU could not read this text.");
  m.start = 0;
  ubrk_first(m.sentences);
}

bool Segmenter::next(Sentence& s) {
  Impl& m = *impl_;
  for (;;) {
    int32_t index = ubrk_next(m.sentences);
    if (index == UBRK_DONE) return false;
    size_t end = m.byte_offset(index);
    s.begin = static_cast<size_t>(m.start);
    s.end = end;
    m.start = static_cast<int32_t>(end);
    s.is_question = false;
    if (needs_icu_words(m.work, s.begin, s.end))
      m.tokenize_icu(s.begin, s.end, s);
    else
      tokenize_ascii(m.work, m.lowered, s.begin, s.end, m.side, s);
    if (s.tokens.empty()) continue;
    // Trim the sentence to its first and last token (drop trailing spaces and newlines).
    s.begin = s.tokens.front().begin;
    s.end = s.tokens.back().end;
    for (auto it = s.tokens.rbegin(); it != s.tokens.rend(); ++it) {
      if (it->is(kPunct) && it->lower == "?") { s.is_question = true; break; }
      if (!it->is(kPunct) || it->lower != ")") break;
    }
    return true;
  }
}

std::vector<Sentence> Segmenter::segment(std::string_view text) {
  start(text);
  std::vector<Sentence> out;
  Sentence s;
  while (next(s)) out.push_back(s);
  return out;
}

}  // namespace plainly
