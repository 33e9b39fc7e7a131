// Rule tests on wording the rules were generalised for: each sentence with the rule id that
// must flag it, or none when it is fine. Our own sentences; never the dev or held-out sets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/checker.hpp"

using namespace plainly;

namespace {

const Checker& rule_checker() {
  static Checker c = load_checker("en-GB", {});
  return c;
}

/// Rule ids of the non-clarity findings for `text`.
std::vector<std::string> rules_for(const std::string& text) {
  std::vector<std::string> ids;
  for (auto& f : check_text(rule_checker(), text, "t.txt", {}))
    if (f.category != "clarity") ids.push_back(f.rule);
  return ids;
}

bool flags(const std::string& text, const std::string& rule) {
  for (const auto& id : rules_for(text))
    if (id == rule) return true;
  return false;
}

struct Case {
  const char* text;
  const char* rule;  ///< expected rule id; nullptr: no finding at all
};

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(std::string(c.text));
    if (c.rule) {
      CHECK(flags(c.text, c.rule));
    } else {
      CHECK(rules_for(c.text).empty());
    }
  }
}

}  // namespace

TEST_CASE("a negation before 'that', 'which' or 'whether' covers the clause after it") {
  check_cases({
      {"We do not promise that the panel will change anything.", nullptr},
      {"We will never share anything which might show who you are.", nullptr},
      {"Nobody can say whether the panel will transform the service.", nullptr},
      {"We hope that the panel will transform the service.", "hope-expect"},
      {"The panel will transform the service.", "will-outcome"},
  });
}
