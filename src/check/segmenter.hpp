#pragma once
// Sentence and word segmentation: the only place the checker uses ICU.
// Sentences come from ICU's sentence break iterator run over the UTF-8 text through UText
// (no UTF-16 copy). Words come from a fast ASCII tokenizer, with ICU's word break iterator
// for sentences that hold non-ASCII letters.

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/token.hpp"

namespace plainly {

/// How line breaks end sentences.
struct SegmentOptions {
  /// Every line break ends a sentence (easy read: one sentence a line, with or without a
  /// full stop). Otherwise a single line break inside a paragraph of prose is a space.
  bool lines_end_sentences = false;
  /// Byte ranges [first, second) of the text where every line break ends a sentence
  /// (easy-read rows in Markdown), sorted and not overlapping. May be nullptr.
  const std::vector<std::pair<size_t, size_t>>* line_ranges = nullptr;
};

/// Splits text into sentences of tokens. Not thread-safe: make one per thread or call.
class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  /// Segment `text` (valid UTF-8). Token views stay valid until the next call.
  /// Single line breaks inside a paragraph (hard-wrapped text) do not end a sentence;
  /// blank lines, headings and list items do.
  std::vector<Sentence> segment(std::string_view text);

  /// Streaming form: start(text), then next(s) until it returns false. `s` is reused, so
  /// its token storage is allocated once. Token views stay valid until the next start().
  void start(std::string_view text);
  /// The same, with a choice of how line breaks end sentences.
  void start(std::string_view text, const SegmentOptions& options);
  bool next(Sentence& s);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Tokenize one sentence [begin, end) of `text` into `out`, using `lowered` (the whole
/// text lowercased byte for byte in ASCII) for token views, and `side` for tokens whose
/// lowercase form differs in length (curly apostrophes). Exposed for tests.
void tokenize_ascii(std::string_view text, std::string_view lowered, size_t begin, size_t end,
                    std::deque<std::string>& side, Sentence& out);

}  // namespace plainly
