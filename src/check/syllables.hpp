#pragma once
// Syllable counts: a list of exceptions derived from the CMU Pronouncing Dictionary
// (locales/en-GB/syllables.txt) over a rule-based estimate for every other word.

#include <string>
#include <string_view>
#include "check/sv_map.hpp"

namespace plainly {

/// Rule-based syllable estimate for one lowercase word (vowel groups with English endings).
int estimate_syllables(std::string_view word);

/// Syllable counter with an exception list. Thread-safe for reads once loaded.
class Syllables {
 public:
  /// Load the exception list ("word count" per line). A missing file leaves it empty.
  void load(const std::string& path);
  /// Syllables in one lowercase word (at least 1 for a word with letters).
  int count(std::string_view word) const;
  size_t exceptions() const { return table_.size(); }
  /// The exception list (word -> syllables).
  const SvMap<int>& table() const { return table_; }

 private:
  SvMap<int> table_;
};

/// The shared counter for the built-in locale data (loaded on first use).
const Syllables& default_syllables();

}  // namespace plainly
