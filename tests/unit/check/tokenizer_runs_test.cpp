// The tokenizer's word runs (tested 16 bytes at a time where the CPU allows) end exactly
// where a byte-by-byte scan ends them, whatever the word length and whatever byte follows.
#include <doctest/doctest.h>

#include <deque>
#include <string>
#include <vector>

#include "check/segmenter.hpp"

using namespace plainly;

namespace {

bool alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string lower(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

TEST_CASE("tokenizer: word runs of every length end at every kind of following byte") {
  // Bytes that end a run: space, punctuation, the ASCII neighbours of the letter and digit
  // ranges ('/', ':', '@', '[', '`', '{'), a control character and a non-ASCII dash.
  const std::vector<std::string> stops = {" ", ",", "/", ":", "@", "[", "`", "{", "\x7F", "!", "\xE2\x80\x94"};
  const std::string letters = "aZ09bYmQ5x";
  for (size_t length = 1; length <= 40; ++length) {
    for (const std::string& stop : stops) {
      for (size_t lead = 0; lead < 3; ++lead) {  // shift the word against 16-byte blocks
        std::string word;
        for (size_t k = 0; k < length; ++k) word += letters[(k * 7 + length) % letters.size()];
        std::string text = std::string(lead, ' ') + word + stop + " next words here and more";  // a space: no joiner
        std::string low = lower(text);
        std::deque<std::string> side;
        Sentence s;
        tokenize_ascii(text, low, 0, text.size(), side, s);
        REQUIRE(!s.tokens.empty());
        size_t end = lead;
        while (end < text.size() && alnum(static_cast<unsigned char>(text[end]))) ++end;
        CHECK(s.tokens[0].begin == lead);
        CHECK(s.tokens[0].end == end);
        CHECK(s.tokens[0].lower == low.substr(lead, end - lead));
      }
    }
  }
}

TEST_CASE("tokenizer: a word at the very end of the text, shorter and longer than a block") {
  for (size_t length = 1; length <= 40; ++length) {
    std::string text = "Go " + std::string(length, 'w');
    std::string low = lower(text);
    std::deque<std::string> side;
    Sentence s;
    tokenize_ascii(text, low, 0, text.size(), side, s);
    REQUIRE(s.tokens.size() == 2);
    CHECK(s.tokens[1].begin == 3);
    CHECK(s.tokens[1].end == text.size());
  }
}
