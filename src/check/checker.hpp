#pragma once
// The language checker: load rules once, check any number of texts (thread-safe reads).
//
//   Checker c = load_checker("en-GB", {});
//   for (const Finding& f : check_text(c, "This may lead to paid work.", "draft.txt", {}))
//     ...
// To check one field of a larger file, pass its position in CheckOptions (base_line,
// base_column) so findings point into that file, or use Finding::offset / length.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.hpp"
#include "check/readability.hpp"
#include "check/rule.hpp"
#include "check/sv_map.hpp"

namespace plainly {

struct CheckerData;  // the rules and their lookup index (check/checker_data.hpp)

/// Loaded rules. Cheap to copy (shared), immutable after loading, safe to use from threads.
class Checker {
 public:
  explicit Checker(std::shared_ptr<const CheckerData> data) : data_(std::move(data)) {}
  const CheckerData& data() const { return *data_; }
  /// The rules in priority order (earlier rules win when two findings overlap).
  const std::vector<Rule>& rules() const;

 private:
  std::shared_ptr<const CheckerData> data_;
};

/// Load the locale's built-in rules plus extra rule files (--rules). A rule in an extra file
/// with the id of a built-in rule replaces it; `replace_builtin` drops all built-in rules.
/// Throws PlainlyError (exit 2) with file:line:col for a bad rule file.
Checker load_checker(const std::string& locale, const std::vector<std::string>& extra_rules,
                     bool replace_builtin = false);

/// Build a checker from rule files only (for tests and tools).
Checker load_checker_from_files(const std::vector<std::string>& files);

struct CheckOptions {
  bool easy_read = false;  ///< stricter limits (15 words a sentence, numbers as digits)
  bool markdown = false;   ///< check the text but not the Markdown markup
  int base_line = 1;       ///< line of the text's first character in the caller's file
  int base_column = 1;     ///< column of the text's first character (first line only)
  /// Keep figures (and find the line and column) for at most this many sentences; the
  /// text's totals still count every sentence. A reporter that shows no sentences wants 0.
  size_t max_sentences = static_cast<size_t>(-1);
  /// Acronyms already looked at in earlier parts of the same file, when a large file is
  /// checked in chunks: each acronym is judged once a file (at its first use), as when the
  /// file is checked whole. Filled by the check. nullptr: the text is the whole file.
  SvSet* seen_acronyms = nullptr;
};

/// Findings and readability for one text.
struct CheckResult {
  std::vector<Finding> findings;  ///< in text order
  Readability readability;        ///< the whole text
  std::vector<SentenceReadability> sentences;
};

/// A finding before its strings are made: the rule, where, and the values its message
/// needs. Cheap to collect in bulk; make_finding() or append_finding_text() give the words.
struct FindingRef {
  int rule = 0;                 ///< index into Checker::rules()
  size_t offset = 0;            ///< byte offset in the checked text (as Finding::offset)
  size_t length = 0;            ///< length in bytes
  int line = 0, column = 0, end_line = 0, end_column = 0;  ///< as in Finding
  int words = 0;                ///< {words}: the sentence's words, for length findings
  int limit = 0;                ///< {limit}: the word limit that applied
  const std::string* plain = nullptr;  ///< {plain}: a substitution's plainer words
};

/// Findings as FindingRefs, readability as in CheckResult.
struct CheckRefs {
  std::vector<FindingRef> findings;  ///< in text order
  Readability readability;
  std::vector<SentenceReadability> sentences;
};

/// Check `text` like check_text_full, but leave the findings' strings unmade (faster when a
/// reporter writes them straight out). make_finding(ref) gives exactly check_text_full's.
CheckRefs check_text_refs(const Checker&, std::string_view text, const CheckOptions&);

/// The complete finding for `ref`; `text` is the text that was checked.
Finding make_finding(const Checker&, const FindingRef& ref, std::string_view text, const std::string& file);

/// Which of a finding's texts append_finding_text() writes.
enum class FindingText { Message, Suggestion };

/// Append the finding's message or suggestion to `out` (the same words as make_finding).
void append_finding_text(const Checker&, const FindingRef& ref, std::string_view text, FindingText which,
                         std::string& out);

/// Check `text` (valid UTF-8). Findings are in text order.
CheckResult check_text_full(const Checker&, std::string_view text, const std::string& file,
                            const CheckOptions&);

/// Check `text` and return only the findings.
std::vector<Finding> check_text(const Checker&, std::string_view text, const std::string& file,
                                const CheckOptions&);

}  // namespace plainly
