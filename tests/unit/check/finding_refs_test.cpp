// check_text_refs + the reporters' chunk_refs (the fast path `plainly check` uses) give the
// same findings and the same report, byte for byte, as check_text_full + chunk.
#include <doctest/doctest.h>

#include <sstream>

#include "check/checker.hpp"
#include "report/reporter.hpp"

using namespace plainly;

namespace {

const Checker& checker() {
  static Checker c = load_checker("en-GB", {});
  return c;
}

/// Varied text: placeholders ({text}, {plain}, {words}, {limit}), a '{' in the matched
/// words, tabs, curly quotes, non-ASCII letters, an acronym, several lines.
const char* kTexts[] = {
    "Dates TBC.\n",
    "This role may lead to paid work. We will endeavour to pay you.\n\tReasonable expenses will be "
    "reimbursed where appropriate.\n",
    "We will try to utilise your views, and you are expected to attend.\nThe CQC will visit.\n",
    "The panel reviewed the applications and chose two people from those who applied, after a long "
    "discussion about the skills and experience that the role needs and the support that we offer.\n",
    "Café meeting TBC \xE2\x80\x94 we hope it \xE2\x80\x98may lead to\xE2\x80\x99 more work {soon}.\n",
    "You will make a difference.\r\nIt is hoped that the project will continue. Three or four sessions.\n",
    "",
};

std::string report_full(const std::string& format, const std::string& text, const CheckOptions& o) {
  std::ostringstream out;
  auto r = make_reporter(format, out);
  CheckResult res = check_text_full(checker(), text, "draft.txt", o);
  r->begin();
  r->file_begin("draft.txt");
  r->chunk(text, res.findings, res.sentences);
  r->file_end(res.readability);
  r->end();
  return out.str();
}

std::string report_refs(const std::string& format, const std::string& text, const CheckOptions& o) {
  std::ostringstream out;
  auto r = make_reporter(format, out);
  CheckRefs res = check_text_refs(checker(), text, o);
  r->begin();
  r->file_begin("draft.txt");
  r->chunk_refs(text, checker(), "draft.txt", res.findings, res.sentences);
  r->file_end(res.readability);
  r->end();
  return out.str();
}

}  // namespace

TEST_CASE("finding refs: make_finding gives exactly check_text_full's findings") {
  for (bool easy : {false, true}) {
    CheckOptions o;
    o.easy_read = easy;
    for (const char* t : kTexts) {
      std::string text = t;
      CheckResult full = check_text_full(checker(), text, "draft.txt", o);
      CheckRefs refs = check_text_refs(checker(), text, o);
      REQUIRE(full.findings.size() == refs.findings.size());
      for (size_t i = 0; i < refs.findings.size(); ++i) {
        Finding a = full.findings[i], b = make_finding(checker(), refs.findings[i], text, "draft.txt");
        CHECK(a.line == b.line);
        CHECK(a.column == b.column);
        CHECK(a.end_line == b.end_line);
        CHECK(a.end_column == b.end_column);
        CHECK(a.offset == b.offset);
        CHECK(a.text == b.text);
        CHECK(a.rule == b.rule);
        CHECK(a.message == b.message);
        CHECK(a.suggestion == b.suggestion);
      }
    }
  }
}

TEST_CASE("finding refs: the text, json and html reports are the same bytes either way") {
  int with_placeholders = 0;
  for (bool easy : {false, true}) {
    CheckOptions o;
    o.easy_read = easy;
    for (const char* t : kTexts) {
      for (const char* format : {"text", "json", "html"}) {
        std::string full = report_full(format, t, o);
        CHECK(full == report_refs(format, t, o));
        with_placeholders += full.find("words; sentences over") != std::string::npos;
      }
    }
  }
  CHECK(with_placeholders > 0);  // the {words} and {limit} placeholders were exercised
}
