// Reads one lowercase word a line; prints "word estimate count" where estimate is the
// rule-based syllable count and count uses the shipped CMU exception list.
// Used by scripts/make-syllables.py to derive locales/en-GB/syllables.txt and measure it.
#include <iostream>
#include <string>

#include "check/syllables.hpp"

int main() {
  std::ios::sync_with_stdio(false);
  const plainly::Syllables& table = plainly::default_syllables();
  std::string word;
  while (std::getline(std::cin, word))
    std::cout << word << ' ' << plainly::estimate_syllables(word) << ' ' << table.count(word) << '\n';
  return 0;
}
