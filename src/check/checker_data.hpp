#pragma once
// What a loaded Checker holds: the rules, word classes and one word table that answers,
// with a single hash lookup per token, which classes a word is in, its syllables and which
// patterns and context rules start with it.

#include <cstdint>
#include <map>
#include <vector>

#include "check/rule.hpp"
#include "check/sv_map.hpp"
#include "check/syllables.hpp"
#include "check/token.hpp"
#include "check/word_table.hpp"

namespace plainly {

/// A pattern to try at a token: rule index and which pattern (or substitution) of it.
struct IndexEntry {
  int rule = 0;
  int pattern = 0;
  bool substitution = false;
  bool easy_read_only = false;  ///< copy of the rule's flag, so most entries never touch the rule
  /// Quick test on the next token, filled when the checker is built: if `next_filter`, a
  /// match needs the token after the first to be a known word in one of `next_classes` or
  /// with its id's bit set in `next_bloom` (the union of the elements that can come next).
  bool next_filter = false;
  uint64_t next_classes = 0, next_bloom = 0;
  /// A second test on the same words: bit (id / 64) % 64 of each. Together with `next_bloom`
  /// (bit id % 64) it tells nearly every word apart, so few entries pass by chance.
  uint64_t next_bloom_high = 0;
  /// A copy of the pattern's first required masks (Pattern::required_masks), so the quick
  /// sentence test needs no trip to the rule; `required_more` if the pattern has more.
  static constexpr int kInlineRequired = 4;
  uint8_t required_count = 0;
  bool required_more = false;
  uint64_t required_classes[kInlineRequired] = {}, required_bloom[kInlineRequired] = {};
  /// The word ids of each of those elements, and whether they are all rule words (ids below
  /// CheckerData::rule_words), so the sentence's bit set of rule words can test them exactly.
  std::vector<uint32_t> required_ids[kInlineRequired];
  bool required_exact[kInlineRequired] = {};
  /// A second bloom of each element's words (bloom_bit2 of their ids), tested against
  /// SentenceContext::sentence_bloom2 before the exact test.
  uint64_t required_bloom2[kInlineRequired] = {};
};

/// An IndexEntry's quick test on the next token, kept apart so a token's entries can be
/// screened in a tight loop: an entry is tried if `always`, or if the next token is a
/// known word in one of `classes` or with its id's bit set in `bloom`.
struct NextFilter {
  uint64_t classes = 0, bloom = 0;
  bool always = true;
  uint64_t bloom_high = 0;  ///< bit (id / 64) % 64 of the same words (see IndexEntry)
  /// Does the filter let an entry through when `next` (nullptr: punctuation or an unknown
  /// word) follows the first word?
  bool passes(const WordInfo* next) const;
};

/// A word id's bit in the second sentence bloom (a multiplicative hash, independent of id % 64).
inline uint64_t bloom_bit2(uint32_t id) { return uint64_t{1} << ((id * 0x9E3779B97F4A7C15ull) >> 58); }

/// Everything the rules know about one lowercase word.
struct WordInfo {
  uint32_t id = 0;                                 ///< index, for per-sentence "seen" marks
  uint64_t classes = 0;                            ///< bit i: in class number i
  int syllables = -1;                              ///< from the CMU exceptions, or -1
  std::vector<IndexEntry> patterns;                ///< patterns whose first element matches
  std::vector<NextFilter> filters;                 ///< one per entry of `patterns`
  NextFilter any_filter;                           ///< the union of `filters` (always if none)
  std::vector<int> triggers;                       ///< context rules triggered by this word
};

inline bool NextFilter::passes(const WordInfo* next) const {
  if (always) return true;
  if (next == nullptr) return false;
  return (classes & next->classes) != 0 ||
         (((bloom >> (next->id & 63)) & (bloom_high >> ((next->id >> 6) & 63)) & 1u) != 0);
}

/// Class numbers the C++ code asks about by name (-1 if a rule set does not define them).
struct KnownClasses {
  int negation = -1, clause_break = -1, adverb = -1, person = -1, condition_word = -1,
      consent_noun = -1, warning = -1, date_word = -1, number_word = -1, money_word = -1,
      be_aux = -1, irregular_participle = -1, permission = -1, choice_verb = -1,
      filler = -1;  ///< words a pattern steps over between two of its words
};

struct CheckerData {
  RuleSet set;
  SvMap<WordInfo> words;
  WordTable table;  ///< the same words, for fast lookups (filled by build())
  std::vector<IndexEntry> by_flag;  ///< patterns starting with <num>, <any>, ...
  std::vector<int> sentence_rules;  ///< length, acronym, passive, number-words
  std::map<std::string, int, std::less<>> class_ids;
  KnownClasses known;
  uint32_t rule_words = 0;  ///< words named by the rules have ids below this
  const Syllables* syllables = nullptr;

  /// True if token `t` is in class number `id`.
  static bool has(const Token& t, int id) {
    return id >= 0 && t.info != nullptr && ((t.info->classes >> id) & 1u) != 0;
  }
  /// The table entry for a word, or nullptr.
  const WordInfo* lookup(std::string_view word) const { return table.find(word); }
  /// Resolve classes and build the word table from `set`. Throws PlainlyError if there
  /// are more than 64 classes.
  void build();
};

}  // namespace plainly
