#include <doctest/doctest.h>

#include <string>

#include "markdown/parser.hpp"
#include "writers/writer.hpp"

using namespace plainly;

namespace {

std::string md(const std::string& source) {
  return write_markdown(parse_markdown(source, "t.md"), WriterOptions{});
}

// Markdown -> model -> Markdown -> model gives the same dump; returns the written Markdown.
std::string round_trip(const std::string& source) {
  Node first = parse_markdown(source, "in.md");
  std::string written = write_markdown(first, WriterOptions{});
  Node second = parse_markdown(written, "out.md");
  CHECK_MESSAGE(dump(second) == dump(first), "written Markdown:\n" << written);
  CHECK(write_markdown(second, WriterOptions{}) == written);  // stable after one pass
  return written;
}

}  // namespace

TEST_CASE("md: headings, paragraphs, emphasis, links") {
  CHECK(md("# Title\n\nSome **strong**, *emphasis* and [a link](https://example.org).\n") ==
        "# Title\n\nSome **strong**, *emphasis* and [a link](https://example.org).\n");
  CHECK(md("a  \nb\n") == "a\\\nb\n");
}

TEST_CASE("md: lists, nested and ordered") {
  std::string out = md("- one\n- two\n  1. inner\n  2. more\n");
  CHECK(out == "- one\n- two\n  1. inner\n  2. more\n");
  CHECK(md("- one\n\n  more\n- two\n") == "- one\n\n  more\n- two\n");
}

TEST_CASE("md: conventions are written back the same way") {
  CHECK(md("- [ ] Can we record it?\n- [ ] Can we quote you?\n\nYour signature: _____\n") ==
        "- [ ] Can we record it?\n- [ ] Can we quote you?\n\nYour signature: __________\n");
  CHECK(md("![Money](picture:money)\nWe pay you £25.\nWithin 14 days.\n") ==
        "![Money](picture:money)\nWe pay you £25.\nWithin 14 days.\n");
}

TEST_CASE("md: resolved picture paths are written and read back as easy-read rows") {
  Node doc = parse_markdown("![](picture:money)\nWe pay you.\n", "t.md");
  Node& image = doc.children[0].children[0];
  image.url = "/usr/share/plainly/templates/pictures/money (1).png";
  image.alt = "Money";
  std::string written = write_markdown(doc, WriterOptions{});
  CHECK(written == "![Money](</usr/share/plainly/templates/pictures/money (1).png>)\nWe pay you.\n");
  CHECK(dump(parse_markdown(written, "t.md")) == dump(doc));
}

TEST_CASE("md: user text is data") {
  CHECK(md("Sam \\*Taylor\\* \\{\\{x\\}\\} \\<b\\>\n") == "Sam \\*Taylor\\* \\{\\{x\\}\\} \\<b\\>\n");
  round_trip("Sam \\*Taylor\\* \\{\\{x\\}\\} \\<b\\>\n");
  for (const char* text : {"\\# one", "1\\. two", "1\\) two", "\\- three", "\\+ three", "\\> four",
                           "\\= five", "a \\_b\\_ c\\\\", "\\`code\\`", "\\[x\\](y)", "\\!\\[x\\](y)",
                           "\\&amp; \\&#65;", "\\$x\\$ \\^y\\^ \\~z\\~ \\:smile\\:", "\\@cite a\\@b.org",
                           "a \\| b", "10:30am: ok", "\\ \\ \\ \\ indented?"}) {
    CAPTURE(text);
    round_trip(std::string(text) + "\n");
    round_trip(std::string("- ") + text + "\n");
    round_trip(std::string("First\\\n") + text + "\n");
    round_trip(std::string("![Pic](picture:x)\nFirst.\n") + text + "\n");
    round_trip(std::string("- [ ] ") + text + "\n");
    round_trip(std::string("# ") + text + "\n");
  }
}

TEST_CASE("md: adjacent lists stay separate lists") {
  Node doc = make_node(NodeKind::Document);
  doc.alt = "en-GB";
  for (int i = 0; i < 3; ++i) {
    Node list = make_node(NodeKind::List);
    Node item = make_node(NodeKind::ListItem);
    Node para = make_node(NodeKind::Paragraph);
    para.append(make_node(NodeKind::Text, "item " + std::to_string(i)));
    item.append(std::move(para));
    list.append(std::move(item));
    doc.append(std::move(list));
    Node choice = make_node(NodeKind::ConsentChoice);
    choice.append(make_node(NodeKind::Text, "choice " + std::to_string(i)));
    doc.append(std::move(choice));
  }
  std::string written = write_markdown(doc, WriterOptions{});
  CHECK(dump(parse_markdown(written, "t.md")) == dump(doc));
}

TEST_CASE("md: round trip of a whole document") {
  round_trip(
      "# Your offer of work\n\n"
      "## What you will do\n\n"
      "You will *read* **three** papers and tell us what you think.\n\n"
      "- Read the papers\n- Come to [the meeting](https://example.org/a_b?x=1&y=2)\n"
      "  1. at 10am\n  2. at 1:30pm\n\n"
      "* another list\n\n"
      "### Money\n\n"
      "We pay ***£25*** an hour, **_really_** and *__truly__*. Email <sam@example.org>.\\\n"
      "Next line.\n\n"
      "![Money](picture:money)\nWe pay you £25.\nWe pay *within* 14 days.\n\n"
      "- [ ] Can we record it?\n- [ ] Can we quote you?\n\n"
      "Your signature: _____\n\nDate: _____\n");
}

TEST_CASE("md: output is NFC") {
  CHECK(md("Cafe\xCC\x81\n") == "Caf\xC3\xA9\n");
}

TEST_CASE("md: leading spaces in text do not make a code block") {
  Node doc = make_node(NodeKind::Document);
  doc.alt = "en-GB";
  Node para = make_node(NodeKind::Paragraph);
  para.append(make_node(NodeKind::Text, "    four spaces"));
  doc.append(std::move(para));
  std::string written = write_markdown(doc, WriterOptions{});
  CHECK(written == "&#32;   four spaces\n");
  CHECK(dump(parse_markdown(written, "t.md")) == dump(doc));
}
