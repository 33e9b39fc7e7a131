// Easy read: one sentence a line, even when one line of a row holds several (a value from
// the definitions file, such as a cancellation rule, arrives as one line).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "markdown/parser.hpp"

using namespace plainly;

namespace {

// The sentences of the first easy-read row in `md`, as plain text, one per paragraph.
std::vector<std::string> row_lines(const std::string& md) {
  Node doc = parse_markdown(md, "t.md");
  std::vector<std::string> lines;
  for (const Node& block : doc.children) {
    if (block.kind != NodeKind::EasyReadRow) continue;
    for (const Node& child : block.children)
      if (child.kind == NodeKind::Paragraph) lines.push_back(plain_text(child));
    break;
  }
  return lines;
}

}  // namespace

TEST_CASE("easy-read rows: a line with two sentences becomes two lines") {
  CHECK(row_lines("![Calendar](picture:calendar)\nWhat happens if plans change:\n"
                  "If we cancel less than 3 days before, we still pay you. If you cannot come, "
                  "tell Tom. Nothing else changes.\n") ==
        std::vector<std::string>{"What happens if plans change:",
                                 "If we cancel less than 3 days before, we still pay you.",
                                 "If you cannot come, tell Tom.", "Nothing else changes."});
  CHECK(row_lines("![Help](picture:help)\nCan you come? Tell us by Friday!\n") ==
        std::vector<std::string>{"Can you come?", "Tell us by Friday!"});
}

TEST_CASE("easy-read rows: abbreviations, amounts and one sentence stay whole") {
  CHECK(row_lines("![Money](picture:money)\nWe pay £12.50 for each hour.\n") ==
        std::vector<std::string>{"We pay £12.50 for each hour."});
  CHECK(row_lines("![Person](picture:person)\nMr. Khan will meet you at the door.\n") ==
        std::vector<std::string>{"Mr. Khan will meet you at the door."});
  CHECK(row_lines("![Help](picture:help)\nBring something to drink, e.g. water or tea.\n") ==
        std::vector<std::string>{"Bring something to drink, e.g. water or tea."});
}

TEST_CASE("easy-read rows: a split keeps bold words and links whole") {
  Node doc = parse_markdown(
      "![Tax](picture:tax)\nWe pay you. **Tax** is money for the government. See [our page](https://example.org/a.b).\n",
      "t.md");
  const Node& row = doc.children.at(0);
  REQUIRE(row.kind == NodeKind::EasyReadRow);
  REQUIRE(row.children.size() == 4);  // picture + 3 sentences
  CHECK(plain_text(row.children[1]) == "We pay you.");
  const Node& second = row.children[2];
  REQUIRE(second.children.size() == 2);
  CHECK(second.children[0].kind == NodeKind::Strong);
  CHECK(plain_text(second) == "Tax is money for the government.");
  CHECK(plain_text(row.children[3]) == "See our page.");
  CHECK(row.children[3].children.at(1).kind == NodeKind::Link);
}

TEST_CASE("easy-read rows: ordinary paragraphs are not split") {
  Node doc = parse_markdown("We pay you. Tax is money for the government.\n", "t.md");
  REQUIRE(doc.children.size() == 1);
  CHECK(doc.children[0].kind == NodeKind::Paragraph);
  CHECK(plain_text(doc.children[0]) == "We pay you. Tax is money for the government.");
}
