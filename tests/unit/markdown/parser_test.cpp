#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "core/error.hpp"
#include "markdown/parser.hpp"

using namespace plainly;

namespace {

std::string dump_md(const std::string& md) { return dump(parse_markdown(md, "t.md")); }

// The message of the PlainlyError that parsing `md` throws, or "" if it does not throw.
std::string error_of(const std::string& md) {
  try {
    parse_markdown(md, "t.md");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("markdown: title, language and heading levels") {
  Node doc = parse_markdown("# Your offer\n\n## Pay\n\n### How\n\n## Time\n", "t.md", "cy-GB");
  CHECK(doc.text == "Your offer");
  CHECK(doc.alt == "cy-GB");
  REQUIRE(doc.children.size() == 4);
  CHECK(doc.children[0].kind == NodeKind::Heading);
  CHECK(doc.children[0].level == 1);
  CHECK(doc.children[2].level == 3);
  CHECK(doc.children[3].pos.line == 7);
}

TEST_CASE("markdown: paragraphs, soft and hard breaks") {
  CHECK(dump_md("one\ntwo\n\nthree  \nfour\n") ==
        "document alt=\"en-GB\"\n"
        "  paragraph\n"
        "    text \"one two\"\n"
        "  paragraph\n"
        "    text \"three\"\n"
        "    line_break\n"
        "    text \"four\"\n");
}

TEST_CASE("markdown: emphasis, strong, links and code spans") {
  CHECK(dump_md("a *b* **c** [d](https://x.org) `e*` <https://y.org>\n") ==
        "document alt=\"en-GB\"\n"
        "  paragraph\n"
        "    text \"a \"\n"
        "    emphasis\n"
        "      text \"b\"\n"
        "    text \" \"\n"
        "    strong\n"
        "      text \"c\"\n"
        "    text \" \"\n"
        "    link url=\"https://x.org\"\n"
        "      text \"d\"\n"
        "    text \" e* \"\n"
        "    link url=\"https://y.org\"\n"
        "      text \"https://y.org\"\n");
}

TEST_CASE("markdown: lists, ordered and nested") {
  CHECK(dump_md("1. one\n2. two\n   - inner\n") ==
        "document alt=\"en-GB\"\n"
        "  list ordered\n"
        "    item\n"
        "      paragraph\n"
        "        text \"one\"\n"
        "    item\n"
        "      paragraph\n"
        "        text \"two\"\n"
        "      list bullet\n"
        "        item\n"
        "          paragraph\n"
        "            text \"inner\"\n");
}

TEST_CASE("markdown: consent choices") {
  CHECK(dump_md("- [ ] Can we *record* it?\n- [ ] Can we quote you?\n") ==
        "document alt=\"en-GB\"\n"
        "  consent_choice\n"
        "    text \"Can we \"\n"
        "    emphasis\n"
        "      text \"record\"\n"
        "    text \" it?\"\n"
        "  consent_choice\n"
        "    text \"Can we quote you?\"\n");
  CHECK(error_of("- [ ] a\n- [x] b\n").find("t.md:2:1: error: This consent box is already ticked") == 0);
  CHECK(error_of("- [ ] a\n- b\n").find("mixes consent choices") != std::string::npos);
  CHECK(error_of("- [ ] a\n\n  more\n").find("one question") != std::string::npos);
}

TEST_CASE("markdown: signature and date lines") {
  CHECK(dump_md("Your signature: _____\n\nDate:________\n") ==
        "document alt=\"en-GB\"\n"
        "  signature_line \"Your signature\"\n"
        "  signature_line \"Date\"\n");
  // Escaped underscores are user text, not a line to sign on.
  CHECK(dump_md("Name: \\_\\_\\_\\_\\_\n").find("signature_line") == std::string::npos);
  CHECK(dump_md("Name: ____\n").find("signature_line") == std::string::npos);
}

TEST_CASE("markdown: easy-read rows") {
  CHECK(dump_md("![Money](picture:money)\nWe pay you £25 for each hour.\nWe pay into your bank.\n") ==
        "document alt=\"en-GB\"\n"
        "  easy_read_row\n"
        "    image url=\"picture:money\" alt=\"Money\"\n"
        "    paragraph\n"
        "      text \"We pay you £25 for each hour.\"\n"
        "    paragraph\n"
        "      text \"We pay into your bank.\"\n");
  // An empty alt is fine for a picture: concept (the concept's own alt text is used later).
  CHECK(dump_md("![](picture:auto) One **hard** word.\n") ==
        "document alt=\"en-GB\"\n"
        "  easy_read_row\n"
        "    image url=\"picture:auto\"\n"
        "    paragraph\n"
        "      text \"One \"\n"
        "      strong\n"
        "        text \"hard\"\n"
        "      text \" word.\"\n");
  // A resolved picture (a file path) alone on the first line still makes a row.
  CHECK(dump_md("![Money](/p/money.png)\nWe pay you.\n").find("easy_read_row") != std::string::npos);
  CHECK(error_of("![Money](picture:money)\n").find("no sentence") != std::string::npos);
}

TEST_CASE("markdown: positions are in characters") {
  Node doc = parse_markdown("# Tïtlé\n\nhé **x**\n", "t.md");
  const Node& para = doc.children[1];
  CHECK(para.pos.line == 3);
  CHECK(para.pos.column == 1);
  CHECK(para.children[1].kind == NodeKind::Strong);
  CHECK(para.children[1].pos.column == 4);
  CHECK(doc.children[0].children[0].pos.column == 3);
}

TEST_CASE("markdown: errors name file, line and column") {
  CHECK(error_of("# A\n\n### C\n").find("t.md:3:1: error: This heading skips a level") == 0);
  CHECK(error_of("## A\n").find("skips a level") != std::string::npos);
  CHECK(error_of("# A\n\n# B\n").find("t.md:3:1: error: This is a second level-1 heading") == 0);
  CHECK(error_of("# A\n\n## B\n\n### C\n\n#### D\n").find("level 3 only") != std::string::npos);
  CHECK(error_of("Hello <b>there</b>\n").find("t.md:1:7: error: Raw HTML") == 0);
  CHECK(error_of("<div>\nx\n</div>\n").find("Raw HTML") != std::string::npos);
  CHECK(error_of("See ![](cat.png) here\n").find("t.md:1:5: error: This picture has no alternative text") == 0);
  CHECK(error_of("> quoted\n").find("Quotes") != std::string::npos);
  CHECK(error_of("    code\n").find("Code blocks") != std::string::npos);
  CHECK(error_of("a\n\n---\n").find("line of dashes") != std::string::npos);
  try {
    parse_markdown("# A\n\n# B\n", "t.md");
  } catch (const PlainlyError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].pos.line == 3);
    CHECK(e.diagnostics()[0].source_line == "# B");
  }
}

TEST_CASE("markdown: user text is literal") {
  CHECK(dump_md("Sam \\*Taylor\\* \\{\\{x\\}\\} \\<b\\>\n") ==
        "document alt=\"en-GB\"\n"
        "  paragraph\n"
        "    text \"Sam *Taylor* {{x}} <b>\"\n");
  CHECK(dump_md("\\# not a heading\n") ==
        "document alt=\"en-GB\"\n"
        "  paragraph\n"
        "    text \"# not a heading\"\n");
}

TEST_CASE("markdown: Windows line endings and a byte-order mark") {
  CHECK(dump_md("\xEF\xBB\xBF# Title\r\n\r\nOne\r\ntwo\r\n") ==
        "document alt=\"en-GB\" \"Title\"\n"
        "  heading level=1\n"
        "    text \"Title\"\n"
        "  paragraph\n"
        "    text \"One two\"\n");
  CHECK(error_of("# T\r\n\r\nHi <b>\r\n").find("t.md:3:4: error: Raw HTML") == 0);
}

TEST_CASE("markdown: invalid UTF-8 becomes U+FFFD") {
  CHECK(dump_md("bad \xFF byte\n").find("bad \xEF\xBF\xBD byte") != std::string::npos);
}
