// Issue 9, item 4: pathological inputs finish or fail cleanly within a bound
// (hostile_util.hpp: kBoundSeconds). Real figures are in docs/reliability.md.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "check/checker.hpp"
#include "core/diagnostic.hpp"
#include "core/error.hpp"
#include "definitions/load.hpp"
#include "definitions/validate.hpp"
#include "hostile_util.hpp"
#include "markdown/parser.hpp"

using namespace plainly;
using namespace plainly::hostile;

namespace {

// The first message of the PlainlyError thrown by `f` ("" if none). Other exceptions escape
// and fail the test. Checks the time bound.
template <class F>
std::string error_of(F&& f) {
  auto start = std::chrono::steady_clock::now();
  std::string message;
  try {
    f();
  } catch (const PlainlyError& e) {
    message = e.diagnostics().empty() ? e.what() : format_diagnostic(e.diagnostics()[0]);
  }
  double took = seconds_since(start);
  CHECK(took < kBoundSeconds);
  MESSAGE("took " << took << " s");
  return message;
}

const Checker& en_gb() {
  static const Checker c = load_checker("en-GB", {});
  return c;
}

std::string definitions_error(const std::string& text) {
  return error_of([&] {
    Definitions d = load_definitions_from_string(text, "big.yaml");
    ValidateOptions o;
    (void)validate(d, o);
  });
}

// A minimal role; `i` makes the id unique.
std::string role(size_t i) {
  return "  - id: r" + std::to_string(i) + "\n    title: Role " + std::to_string(i) + "\n";
}

}  // namespace

TEST_CASE("hostile: 100,000 nested YAML sequences in a definitions file") {
  std::string flow = "version: 1\nproject: " + repeat("[", 100000) + repeat("]", 100000) + "\n";
  CHECK(definitions_error(flow).find("nested too deeply") != std::string::npos);
  std::string block = "version: 1\nproject:\n  goals:\n    " + repeat("- ", 100000) + "x\n";
  CHECK(definitions_error(block).find("nested too deeply") != std::string::npos);
  std::string lines = "version: 1\nproject:\n  goals:\n";
  for (int i = 0; i < 2000; ++i) lines += std::string(4 + i, ' ') + "-\n";
  std::string e = definitions_error(lines);
  CHECK_MESSAGE(!e.empty(), e);
}

TEST_CASE("hostile: 100,000 nested YAML sequences in a rule file") {
  TempFile flow("flow-rules.yaml", "rules: " + repeat("[", 100000) + repeat("]", 100000) + "\n");
  std::string e = error_of([&] { load_checker_from_files({flow.path()}); });
  CHECK(e.find(flow.path() + ":") == 0);
  TempFile block("block-rules.yaml", "rules:\n  " + repeat("- ", 100000) + "x\n");
  e = error_of([&] { load_checker_from_files({block.path()}); });
  CHECK(e.find(block.path() + ":") == 0);
}

TEST_CASE("hostile: a 50,000-level nested Markdown list") {
  std::string md = repeat("- ", 50000) + "x\n";
  CHECK(error_of([&] { parse_markdown(md, "big.md"); }).find("nested more than 8 deep") != std::string::npos);
  std::string lines;
  for (int i = 0; i < 50000; ++i) lines += std::string(static_cast<size_t>(i % 200) * 2, ' ') + "- x\n";
  CHECK(!error_of([&] { parse_markdown(lines, "big.md"); }).empty());
  CheckOptions opts;
  opts.markdown = true;
  CHECK(error_of([&] { check_text(en_gb(), md, "big.md", opts); }).empty());
}

TEST_CASE("hostile: a 10 MB single sentence through the checker") {
  std::string sentence = repeat("we may be able to offer you some paid work and ", 220000);
  REQUIRE(sentence.size() > 10u * 1000 * 1000);
  std::vector<Finding> findings;
  CHECK(error_of([&] { findings = check_text(en_gb(), sentence, "big.txt", {}); }).empty());
  CHECK(!findings.empty());
  CheckOptions easy;
  easy.easy_read = true;
  easy.markdown = true;
  CHECK(error_of([&] { check_text(en_gb(), sentence, "big.md", easy); }).empty());
  std::string one_word(10u * 1000 * 1000, 'a');
  CHECK(error_of([&] { check_text(en_gb(), one_word, "word.txt", {}); }).empty());
}

TEST_CASE("hostile: a definition with 1 million roles is refused as too large") {
  std::string text = "version: 1\nroles:\n";
  text.reserve(30u * 1000 * 1000);
  for (size_t i = 0; i < 1000000; ++i) text += role(i);
  std::string e = definitions_error(text);
  CHECK(e.find("big.yaml:1:1: error: this file is") == 0);
  CHECK(e.find("too large") != std::string::npos);
}

// As many roles as fit in the 1 MB limit take minutes to validate: that case is measured by
// bench/many_roles.sh instead (docs/reliability.md).
