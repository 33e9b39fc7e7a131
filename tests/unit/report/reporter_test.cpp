#include <doctest/doctest.h>

#include <sstream>

#include "check/checker.hpp"
#include "report/reporter.hpp"

using namespace plainly;

static std::string run(const std::string& format, const std::string& text) {
  static Checker c = load_checker("en-GB", {});
  std::ostringstream out;
  auto r = make_reporter(format, out);
  CheckResult res = check_text_full(c, text, "draft.txt", {});
  r->begin();
  r->file_begin("draft.txt");
  r->chunk(text, res.findings, res.sentences);
  r->file_end(res.readability);
  r->end();
  return out.str();
}

TEST_CASE("text reporter: file:line:col, the line underlined, a summary") {
  std::string s = run("text", "Dates TBC.\n");
  CHECK(s.find("draft.txt:1:7: error [placeholder]") == 0);
  CHECK(s.find("  Dates TBC.\n        ^~~\n") != std::string::npos);
  CHECK(s.find("Flesch Reading Ease") != std::string::npos);
}

TEST_CASE("json reporter follows the documented schema") {
  std::string s = run("json", "Dates \"TBC\".\n");
  CHECK(s.find("{\"files\": [") == 0);
  CHECK(s.find("\"path\": \"draft.txt\"") != std::string::npos);
  CHECK(s.find("\"line\": 1, \"column\": 8, \"end_line\": 1, \"end_column\": 11, \"text\": \"TBC\"") != std::string::npos);
  CHECK(s.find("\"category\": \"vague\", \"severity\": \"error\"") != std::string::npos);
  CHECK(s.find("\"readability\": {\"words\": 2") != std::string::npos);
}

TEST_CASE("html reporter makes one page with the findings highlighted and escaped") {
  std::string s = run("html", "<b>Dates TBC</b> & more.\n");
  CHECK(s.find("<!DOCTYPE html>") == 0);
  CHECK(s.find("&lt;b&gt;") != std::string::npos);
  CHECK(s.find("<mark class=\"error\"") != std::string::npos);
  CHECK(s.find("</html>") != std::string::npos);
}

TEST_CASE("unknown format is bad usage") { CHECK_THROWS(run("pdf", "x")); }
