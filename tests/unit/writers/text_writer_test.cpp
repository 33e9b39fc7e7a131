#include <doctest/doctest.h>

#include <string>

#include "markdown/parser.hpp"
#include "writers/writer.hpp"

using namespace plainly;

namespace {

std::string txt(const std::string& md) {
  WriterOptions options;
  return write_text(parse_markdown(md, "t.md"), options);
}

}  // namespace

TEST_CASE("txt: headings get two blank lines before them, paragraphs one") {
  CHECK(txt("# Title\n\nFirst.\n\nSecond.\n\n## Part\n\nThird.\n") ==
        "Title\n\nFirst.\n\nSecond.\n\n\nPart\n\nThird.\n");
}

TEST_CASE("txt: no markup characters") {
  CHECK(txt("Some **strong** and *emphasis* and `code`.\n") ==
        "Some strong and emphasis and code.\n");
}

TEST_CASE("txt: lists") {
  CHECK(txt("- one\n- two\n  - inner\n\n1. first\n2. second\n") ==
        "- one\n- two\n  - inner\n\n1. first\n2. second\n");
  CHECK(txt("1. one\n\n   more about one\n2. two\n") == "1. one\n   more about one\n2. two\n");
}

TEST_CASE("txt: links are written out, email addresses plain") {
  CHECK(txt("See [our page](https://example.org/x).\n") ==
        "See our page (https://example.org/x).\n");
  CHECK(txt("See <https://example.org>.\n") == "See https://example.org.\n");
  CHECK(txt("Email [sam@example.org](mailto:sam@example.org).\n") == "Email sam@example.org.\n");
  CHECK(txt("Email <sam@example.org>.\n") == "Email sam@example.org.\n");
  CHECK(txt("Email [Sam](mailto:sam@example.org).\n") == "Email Sam (sam@example.org).\n");
  CHECK(txt("Go to [example.org](https://example.org/).\n") == "Go to example.org.\n");
}

TEST_CASE("txt: consent choices in words, signature lines short") {
  CHECK(txt("- [ ] Can we record the session?\n- [ ] Can we quote you?\n\nYour signature: _____\n\nDate: _____\n") ==
        "Can we record the session?\nYes or no: __________\n\n"
        "Can we quote you?\nYes or no: __________\n\n"
        "Your signature: ____________________\n\n"
        "Date: ____________________\n");
}

TEST_CASE("txt: easy-read rows are their sentences, without the picture's alt text") {
  CHECK(txt("![Money](picture:money)\nWe pay you £25.\nWe pay into your bank.\n\n"
            "![Clock](picture:clock)\nIt takes 2 hours.\n") ==
        "We pay you £25.\nWe pay into your bank.\n\nIt takes 2 hours.\n");
}

TEST_CASE("txt: hard line breaks, no trailing spaces, one final newline") {
  CHECK(txt("12 High Street\\\nLeeds   \n\n\n") == "12 High Street\nLeeds\n");
  CHECK(txt("") == "");
}

TEST_CASE("txt: user text stays literal") {
  CHECK(txt("Sam \\*Taylor\\* \\{\\{x\\}\\} \\<b\\>\n") == "Sam *Taylor* {{x}} <b>\n");
  CHECK(txt("\\# one\n\n1\\. two\n\n\\- three\n\n\\> four\n") == "# one\n\n1. two\n\n- three\n\n> four\n");
}

TEST_CASE("txt: output is NFC") {
  // "Café" with a decomposed é (e + U+0301) comes out composed (U+00E9).
  CHECK(txt("Cafe\xCC\x81\n") == "Caf\xC3\xA9\n");
}

TEST_CASE("txt: pictures inside a sentence are their alt text; nested blocks in lists") {
  CHECK(txt("Look for the ![tick](t.png) sign.\n") == "Look for the tick sign.\n");
  CHECK(txt("1. Recording\n   - [ ] Can we record it?\n2. Signing\n\n   Date: _____\n") ==
        "1. Recording\n   Can we record it?\n   Yes or no: __________\n"
        "2. Signing\n   Date: ____________________\n");
}

TEST_CASE("txt: the consent answer words come from locales/<language>/text.yaml") {
  WriterOptions options;
  options.language = "xx-XX";  // unknown: falls back to en-GB
  CHECK(write_text(parse_markdown("- [ ] Can we?\n", "t.md"), options) ==
        "Can we?\nYes or no: __________\n");
  options.data_dir = "/nonexistent";
  CHECK_THROWS(write_text(parse_markdown("- [ ] Can we?\n", "t.md"), options));
}
