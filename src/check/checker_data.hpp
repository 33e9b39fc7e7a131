#pragma once
// What a loaded Checker holds: the rules, word classes and a first-word index.

#include <vector>

#include "check/rule.hpp"
#include "check/sv_map.hpp"
#include "check/syllables.hpp"

namespace plainly {

/// A pattern to try at a token: rule index and which pattern (or substitution) of it.
struct IndexEntry {
  int rule = 0;
  int pattern = 0;
  bool substitution = false;
};

struct CheckerData {
  RuleSet set;
  SvMap<std::vector<IndexEntry>> by_first_word;  ///< patterns starting with a known word
  std::vector<IndexEntry> by_flag;               ///< patterns starting with <num>, <any>, ...
  SvMap<std::vector<int>> context_triggers;      ///< trigger word -> context rules
  std::vector<int> sentence_rules;               ///< length, acronym, passive, number-words
  SvMap<SvSet> classes;                          ///< word classes for fast lookup
  const Syllables* syllables = nullptr;

  /// True if `word` is in class `name` (user classes only).
  bool in_class(std::string_view name, std::string_view word) const {
    auto it = classes.find(name);
    return it != classes.end() && it->second.count(word) > 0;
  }
  /// Build the indexes from `set`.
  void build();
};

}  // namespace plainly
