// A rule written with one form of a word also matches its -s form, so rules generalise
// ("reasonable level" finds "reasonable levels", "help shape" finds "helps shape").
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/checker.hpp"
#include "check/rule.hpp"
#include "rule_cases.hpp"

using namespace plainly;

TEST_CASE("word forms: the -s form of each word of 4 or more letters") {
  std::vector<std::string> words{"level", "ensure", "policy", "approach", "process", "bonus", "expenses",
                                 "day", "us", "we'd"};
  add_s_forms(words);
  CHECK(words == std::vector<std::string>{"level", "ensure", "policy", "approach", "process", "bonus",
                                          "expenses", "day", "us", "we'd", "levels", "ensures",
                                          "policies", "approaches", "processes", "bonuses"});
  std::vector<std::string> other{"sometime", "mean"};  // "sometimes" and "means" are other words
  add_s_forms(other);
  CHECK(other.size() == 2);
  std::vector<std::string> both{"cost", "costs"};
  add_s_forms(both);
  CHECK(both == std::vector<std::string>{"cost", "costs"});
}

using namespace plainly::test;

TEST_CASE("word forms: rules find the plural of the word they name") {
  CHECK(rule_ids("This policy sets out reasonable levels of payment.") == std::vector<std::string>{"reasonable"});
  CHECK(rule_ids("This policy sets out reasonable level of payment.") == std::vector<std::string>{"reasonable"});
  CHECK(rule_ids("We pay £25 an hour at the levels set out above.").empty());
}
