#pragma once
// Rules as data: a few kinds implemented in code, all words loaded from YAML.

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace plainly {

/// One element of a token pattern. Written in rule files as:
///   word        a literal (lowercase)          a|b|c     any of these words
///   <class>     any word of a class             <num>, <money>, <date>, <any> are built in
///   x?          the element is optional         *  or *N  a gap of 0..3 (0..N) words
///   !x          any word that does not match x
struct PatternElement {
  std::vector<std::string> words;    ///< literal alternatives
  std::vector<std::string> classes;  ///< class names (without < >)
  bool optional = false;
  bool negate = false;
  int gap = 0;  ///< > 0: a gap of up to `gap` words (words/classes unused)
  // Resolved when the checker is built: user classes as a bit mask, built-in classes as flags.
  uint64_t class_mask = 0;
  std::vector<const struct WordInfo*> word_ptrs;  ///< `words`, as entries of the word table
  uint64_t word_bloom = 0;  ///< one bit per word (id % 64), for the quick sentence test
  uint8_t builtin = 0;  ///< kAnyWord | kNumClass | kMoneyClass | kDateClass | kCapitalClass
};

enum BuiltinClass : uint8_t { kAnyWord = 1, kNumClass = 2, kMoneyClass = 4, kDateClass = 8, kCapitalClass = 16 };

/// A parsed pattern: a sequence of elements, with its source for messages.
struct Pattern {
  std::vector<PatternElement> elements;
  std::string source;
  /// Elements (after the first) that must match some word of the sentence: a quick test
  /// before the full match. Filled when the checker is built.
  std::vector<int> required;
  /// For each required element: its class mask and word bloom (a compact copy for speed).
  std::vector<std::pair<uint64_t, uint64_t>> required_masks;
};

/// Context conditions that, when true, mean the match is NOT a problem.
enum class Unless {
  Question,   ///< the sentence is a question
  Negated,    ///< not / never / cannot right before or after the match
  FixedTerm,  ///< the sentence holds an amount of money, a number or a date
  Money,      ///< the sentence holds an amount of money
  Warning,    ///< the sentence is an honest warning ("could be upsetting")
  Condition,  ///< the sentence makes it depend on the reader's choice ("if you agree")
  Permission, ///< the word after the match is a permission verb ("may stop")
  Relative,   ///< the match follows a noun, inside a relative clause ("the questions we plan to ask")
  Request,    ///< we ask the reader, not offer ("let us know as soon as possible")
};

enum class RuleKind { Phrase, Pattern, Context, Length, Substitution, Acronym, Passive, NumberWords };

/// One loaded rule. Which fields matter depends on `kind`.
struct Rule {
  std::string id;
  RuleKind kind = RuleKind::Phrase;
  std::string category;
  Severity severity = Severity::Error;
  std::string message;     ///< may use {text}
  std::string suggestion;  ///< may use {text} and {plain}
  std::vector<Pattern> patterns;          ///< phrase / pattern kinds
  std::vector<Unless> unless;
  bool easy_read_only = false;
  // context kind: trigger words, conditions on the clause subject and the verb after.
  std::set<std::string> triggers;
  std::vector<std::string> subject_in, subject_not_in;  ///< words or <class>
  std::vector<std::string> verb_in, verb_not_in;        ///< words or <class>
  std::vector<std::string> then_in;  ///< if set, the word after the verb must match
  /// The lists above as pattern elements, resolved when the checker is built.
  PatternElement subject_e, subject_not_e, verb_e, verb_not_e, then_e;
  // length kind
  int max_words = 25, easy_read_max_words = 15;
  // substitution kind: hard word (phrase) -> plainer words
  std::vector<std::pair<Pattern, std::string>> substitutions;
  // acronym kind: acronyms everyone knows; passive kind: words that are not participles
  std::set<std::string> allow;
  std::string file;  ///< where it was loaded from
  int line = 0;
};

/// Named word classes, e.g. "permission" -> {stop, leave, ...}.
using WordClasses = std::map<std::string, std::set<std::string>>;

/// Everything loaded from rule files.
struct RuleSet {
  std::vector<Rule> rules;
  WordClasses classes;
};

/// Parse one pattern string. Throws std::invalid_argument with a plain message if malformed.
Pattern parse_pattern(const std::string& text);

/// The -s form of each plain word of 4 or more letters (level -> levels, ensure -> ensures,
/// policy -> policies, approach -> approaches), appended to `words` when not there already,
/// so a rule written with one form also matches the other: "reasonable level" finds
/// "reasonable levels", "help shape" finds "helps shape".
void add_s_forms(std::vector<std::string>& words);

/// Load one YAML rule file into `into` (a rule with the id of an earlier one replaces it;
/// `enabled: false` removes it). Throws PlainlyError (exit 2) with file:line:col.
void load_rule_file(const std::string& path, RuleSet& into);

/// Check that every class a rule names exists. Throws PlainlyError (exit 2).
void validate_rule_set(const RuleSet& set);

}  // namespace plainly
