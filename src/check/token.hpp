#pragma once
// Words and punctuation of one sentence, as the rules see them.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plainly {

struct WordInfo;  // what the loaded rules know about a word (check/checker_data.hpp)

/// Token flags.
enum TokenFlag : uint8_t {
  kWord = 1,       ///< letters (possibly with digits, apostrophes, hyphens)
  kNumber = 2,     ///< starts with a digit ("25", "10am", "45p")
  kMoney = 4,      ///< a currency amount ("£25", "$10", "45p")
  kPunct = 8,      ///< punctuation that breaks a clause or ends a sentence
  kUpper = 16,     ///< all capitals, at least two letters ("NHS")
  kCapital = 32,   ///< starts with a capital letter
};

/// One token: byte range in the checked text and its lowercase form.
struct Token {
  uint32_t begin = 0;  ///< byte offset in the text
  uint32_t end = 0;
  std::string_view lower;  ///< lowercase form (points into the Segmenter's stable storage)
  uint8_t flags = 0;
  const WordInfo* info = nullptr;  ///< set by the checker; nullptr for words no rule knows
  bool is(TokenFlag f) const { return (flags & f) != 0; }
  bool is_wordlike() const { return (flags & (kWord | kNumber | kMoney)) != 0; }
};

/// One sentence: its byte range and tokens.
struct Sentence {
  size_t begin = 0, end = 0;
  std::vector<Token> tokens;
  bool is_question = false;
  int word_count = 0;
};

}  // namespace plainly
