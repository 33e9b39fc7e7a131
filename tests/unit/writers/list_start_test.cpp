// An ordered list keeps its first number ("3. Bring your receipts") in the model and in
// every writer: txt, md, PDF and the Pandoc formats.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "core/process.hpp"
#include "markdown/parser.hpp"
#include "writers/writer.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

const char* const kSteps =
    "# Claiming expenses\n\nKeep going from step 2:\n\n3. Bring your receipts.\n4. Fill in the form.\n";

Node steps() { return parse_markdown(kSteps, "t.md"); }

WriterOptions options() {
  WriterOptions o;
  o.title = "Claiming expenses";
  return o;
}

// The text of a PDF, as pdftotext reads it ("" when pdftotext is not installed).
std::string pdf_text(const std::string& pdf) {
  if (find_program("pdftotext").empty()) return "";
  std::string path = test::temp_path("list-start").string() + ".pdf";
  std::ofstream(path, std::ios::binary) << pdf;
  std::string out;
  if (FILE* p = popen(("pdftotext -layout " + path + " - 2>/dev/null").c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  std::remove(path.c_str());
  return out;
}

}  // namespace

TEST_CASE("list start: the model keeps the first number of an ordered list") {
  Node doc = steps();
  REQUIRE(doc.children.size() == 3);
  const Node& list = doc.children[2];
  CHECK(list.kind == NodeKind::List);
  CHECK(list.ordered);
  CHECK(list.start == 3);
  CHECK(dump(doc).find("list ordered start=3\n") != std::string::npos);
  // A list from 1, and a bulleted list, dump as before.
  CHECK(dump(parse_markdown("1. one\n2. two\n", "t.md")).find("list ordered\n") != std::string::npos);
  CHECK(parse_markdown("- one\n", "t.md").children[0].start == 1);
  CHECK(parse_markdown("0. zero\n1. one\n", "t.md").children[0].start == 0);
}

TEST_CASE("list start: plain text numbers from the first number") {
  CHECK(write_text(steps(), options()).find("3. Bring your receipts.\n4. Fill in the form.\n") !=
        std::string::npos);
}

TEST_CASE("list start: Markdown writes the first number and reads back the same") {
  std::string md = write_markdown(steps(), options());
  CHECK(md.find("3. Bring your receipts.\n4. Fill in the form.") != std::string::npos);
  CHECK(dump(parse_markdown(md, "again.md")) == dump(steps()));
  // Inside a list item, a list that does not start at 1 cannot follow the item's first
  // line directly (CommonMark would read it as text): it gets a blank line first.
  Node nested = parse_markdown("- Steps:\n\n  3. Bring your receipts.\n  4. Fill in the form.\n", "t.md");
  std::string again = write_markdown(nested, options());
  CHECK(dump(parse_markdown(again, "again.md")) == dump(nested));
  CHECK(dump(nested).find("list ordered start=3") != std::string::npos);
}

TEST_CASE("list start: the PDF shows the first number") {
  std::string text = pdf_text(write_pdf(steps(), options()));
  if (text.empty()) return;  // no pdftotext on this machine
  CHECK(text.find("3.") != std::string::npos);
  CHECK(text.find("4.") != std::string::npos);
  CHECK(text.find("1. ") == std::string::npos);
}

TEST_CASE("list start: Pandoc formats get the first number (HTML: <ol start=\"3\">)") {
  if (find_program("pandoc").empty()) return;
  const WriterFn* html = find_writer("html");
  REQUIRE(html);
  std::string out = (*html)(steps(), options());
  CHECK(out.find("<ol start=\"3\"") != std::string::npos);
}
