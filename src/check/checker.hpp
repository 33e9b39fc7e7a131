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
};

/// Findings and readability for one text.
struct CheckResult {
  std::vector<Finding> findings;  ///< in text order
  Readability readability;        ///< the whole text
  std::vector<SentenceReadability> sentences;
};

/// Check `text` (valid UTF-8). Findings are in text order.
CheckResult check_text_full(const Checker&, std::string_view text, const std::string& file,
                            const CheckOptions&);

/// Check `text` and return only the findings.
std::vector<Finding> check_text(const Checker&, std::string_view text, const std::string& file,
                                const CheckOptions&);

}  // namespace plainly
