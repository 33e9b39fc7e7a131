#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>

#include "check/checker.hpp"
#include "check/rule.hpp"
#include "core/error.hpp"

using namespace plainly;

namespace {
std::string write_temp(const std::string& name, const std::string& body) {
  std::string path = "/tmp/plainly-rule-test-" + name + ".yaml";
  std::ofstream(path) << body;
  return path;
}
}  // namespace

TEST_CASE("patterns parse words, choices, classes, optional words and gaps") {
  Pattern p = parse_pattern("we|i will? <effort-verb> * to");
  REQUIRE(p.elements.size() == 5);
  CHECK(p.elements[0].words.size() == 2);
  CHECK(p.elements[1].optional);
  CHECK(p.elements[2].classes[0] == "effort-verb");
  CHECK(p.elements[3].gap == 3);
  CHECK_THROWS(parse_pattern("* starts with a gap"));
  CHECK_THROWS(parse_pattern("ends with a gap *"));
  CHECK_THROWS(parse_pattern("<unclosed"));
}

TEST_CASE("a bad rule file is reported with file, line and column") {
  std::string path = write_temp("bad", "rules:\n  - id: x\n    kind: phrse\n    category: vague\n    message: m\n");
  try {
    load_checker("en-GB", {path});
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].pos.line == 3);
    CHECK(e.diagnostics()[0].pos.column == 11);
    CHECK(e.diagnostics()[0].message.find("phrase") != std::string::npos);
  }
  std::string unknown = write_temp("class", "rules:\n  - id: y\n    kind: pattern\n    category: vague\n    message: m\n    patterns: [\"<nope> x\"]\n");
  CHECK_THROWS_AS(load_checker("en-GB", {unknown}), PlainlyError);
  std::string yaml = write_temp("yaml", "rules: [\n");
  CHECK_THROWS_AS(load_checker("en-GB", {yaml}), PlainlyError);
}

TEST_CASE("--rules adds, replaces and disables rules") {
  std::string extra = write_temp("extra",
                                 "rules:\n"
                                 "  - id: no-synergy\n    kind: phrase\n    category: vague\n"
                                 "    message: Say what you mean.\n    phrases: [synergy]\n"
                                 "  - id: placeholder\n    enabled: false\n");
  Checker c = load_checker("en-GB", {extra});
  auto f = check_text(c, "We want synergy. Dates TBC.", "t", {});
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "no-synergy");
  Checker only = load_checker("en-GB", {extra}, true);
  CHECK(only.rules().size() == 1);
}
