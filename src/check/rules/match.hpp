#pragma once
// Shared matching machinery for the rule kinds: token patterns, clause subjects and the
// context conditions ("unless") that make a match not a problem.

#include <string>
#include <string_view>
#include <vector>

#include "check/checker.hpp"
#include "check/checker_data.hpp"
#include "check/token.hpp"

namespace plainly {

/// A rule matched here: byte range in the text, plus values for the message.
struct Hit {
  int rule = 0;
  size_t begin = 0, end = 0;
  const std::string* plain = nullptr;  ///< {plain} for substitutions (the rule's own text)
  int words = 0;      ///< {words} for length findings
};

/// One sentence being checked, with lazily computed facts about it.
class SentenceContext {
 public:
  SentenceContext(const CheckerData& d, const Sentence& s, std::string_view text, const CheckOptions& o)
      : data(d), sentence(s), text(text), options(o) {}
  const CheckerData& data;
  const Sentence& sentence;
  std::string_view text;
  const CheckOptions& options;
  std::vector<Hit> hits;
  SvSet* seen_acronyms = nullptr;  ///< acronyms already reported in this text
  uint64_t sentence_bloom = ~uint64_t{0};    ///< bit (word id % 64) for each known word
  uint64_t sentence_bloom2 = ~uint64_t{0};   ///< bloom_bit2(word id) for each known word
  uint64_t sentence_classes = ~uint64_t{0};  ///< union of the classes of the sentence's words
  /// Bit i set if the sentence holds the rule word with id i (i < CheckerData::rule_words);
  /// nullptr if not known.
  const uint64_t* sentence_words = nullptr;
  /// Quick test: could `p` match somewhere in this sentence at all?
  bool may_match(const Pattern& p) const;

  const std::vector<Token>& tokens() const { return sentence.tokens; }
  /// Does token `t` match one pattern element (ignoring optional/gap)?
  bool element_matches(const PatternElement& e, const Token& t) const;
  /// Match `p` starting at token `i`. Returns one past the last token, or -1.
  int match(const Pattern& p, size_t i) const;
  /// Is any "unless" condition of `r` true for a match over tokens [first, last]?
  bool excused(const Rule& r, size_t first, size_t last) const;
  /// Index of the first token of the clause holding token `i`.
  size_t clause_start(size_t i) const;
  /// Next word token at or after `i`, skipping adverbs; tokens().size() if none.
  size_t skip_adverbs(size_t i) const;
  bool is_negation(size_t i) const;
  /// Does the clause starting at token `clause_first` follow "that/which/who/whether"
  /// with a negation just before it ("we cannot promise that ...")?
  bool hangs_off_negation(size_t clause_first) const;

 private:
  bool has_flag(uint8_t flag) const;
  bool has_class_word(int cls) const;
  bool has_condition() const;
  // Facts about the whole sentence, computed on first use so a huge sentence with many
  // matches is still scanned only once for each (-1: not computed yet).
  mutable int fixed_term_ = -1, money_ = -1, warning_ = -1, condition_ = -1;
  mutable long long last_comma_so_ = -2;  ///< token index of the last ", so"; -1 if none
};

/// Run the phrase, pattern and substitution entries indexed at token `i`.
void run_patterns_at(SentenceContext& ctx, size_t i);
/// Run the context rules triggered by token `i`.
void run_context_at(SentenceContext& ctx, size_t i);
/// Run the whole-sentence rules (length, acronym, passive, number words).
void run_sentence_rules(SentenceContext& ctx, std::string_view whole_text);

}  // namespace plainly
