#pragma once
// Shared helpers for the rule tests: the built-in rules loaded once, and the checks each
// rule test file makes (a sentence flagged by a named rule, or by nothing at all).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/checker.hpp"

namespace plainly::test {

/// The built-in en-GB rules, loaded once for all rule tests.
inline const Checker& rule_checker() {
  static Checker c = load_checker("en-GB", {});
  return c;
}

/// Rule ids of the findings for `text` that are not clarity, in text order.
inline std::vector<std::string> rule_ids(const std::string& text) {
  std::vector<std::string> ids;
  for (auto& f : check_text(rule_checker(), text, "t.txt", {}))
    if (f.category != "clarity") ids.push_back(f.rule);
  return ids;
}

/// True when `text` has a finding that is not clarity.
inline bool flagged(const std::string& text) { return !rule_ids(text).empty(); }

/// True when rule `rule` flags `text`.
inline bool flags(const std::string& text, const std::string& rule) {
  for (const auto& id : rule_ids(text))
    if (id == rule) return true;
  return false;
}

/// A sentence and the rule that must flag it (nullptr: no finding that is not clarity).
struct RuleCase {
  const char* text;
  const char* rule;
};

/// Each case is flagged by its rule, or by nothing when it names none.
inline void check_rule_cases(const std::vector<RuleCase>& cases) {
  for (const RuleCase& c : cases) {
    INFO(std::string(c.text));
    if (c.rule) {
      CHECK(flags(c.text, c.rule));
    } else {
      CHECK(rule_ids(c.text).empty());
    }
  }
}

/// Every sentence in `problems` is flagged; none in `clear` is.
inline void check_family(const std::vector<const char*>& problems, const std::vector<const char*>& clear) {
  for (const char* p : problems) {
    INFO(std::string(p));
    CHECK(flagged(p));
  }
  for (const char* c : clear) {
    INFO(std::string(c));
    CHECK_FALSE(flagged(c));
  }
}

}  // namespace plainly::test
