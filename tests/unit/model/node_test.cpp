#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "model/nfc.hpp"
#include "model/node.hpp"

using namespace plainly;

TEST_CASE("model: nesting rules") {
  CHECK(can_contain(NodeKind::Document, NodeKind::Heading));
  CHECK(can_contain(NodeKind::Document, NodeKind::EasyReadRow));
  CHECK_FALSE(can_contain(NodeKind::Document, NodeKind::Text));
  CHECK_FALSE(can_contain(NodeKind::Document, NodeKind::ListItem));
  CHECK(can_contain(NodeKind::List, NodeKind::ListItem));
  CHECK_FALSE(can_contain(NodeKind::List, NodeKind::Paragraph));
  CHECK(can_contain(NodeKind::ListItem, NodeKind::List));
  CHECK(can_contain(NodeKind::EasyReadRow, NodeKind::Image));
  CHECK_FALSE(can_contain(NodeKind::EasyReadRow, NodeKind::Heading));
  CHECK(can_contain(NodeKind::ConsentChoice, NodeKind::Emphasis));
  CHECK_FALSE(can_contain(NodeKind::Link, NodeKind::Link));
  CHECK_FALSE(can_contain(NodeKind::Paragraph, NodeKind::Paragraph));
  CHECK_FALSE(can_contain(NodeKind::Text, NodeKind::Text));
  CHECK_FALSE(can_contain(NodeKind::SignatureLine, NodeKind::Text));
  Node para = make_node(NodeKind::Paragraph);
  CHECK_THROWS_AS(para.append(make_node(NodeKind::Heading)), std::logic_error);
}

TEST_CASE("model: plain text and dump") {
  Node doc = make_node(NodeKind::Document, "Title");
  doc.alt = "en-GB";
  Node para = make_node(NodeKind::Paragraph);
  para.append(make_node(NodeKind::Text, "Say \"hi\""));
  para.append(make_node(NodeKind::LineBreak));
  Node strong = make_node(NodeKind::Strong);
  strong.append(make_node(NodeKind::Text, "now"));
  para.append(std::move(strong));
  Node image = make_node(NodeKind::Image);
  image.url = "a.png";
  image.alt = "A";
  para.append(std::move(image));
  doc.append(std::move(para));
  CHECK(plain_text(doc) == "Say \"hi\"\nnow");
  CHECK(dump(doc) ==
        "document alt=\"en-GB\" \"Title\"\n"
        "  paragraph\n"
        "    text \"Say \\\"hi\\\"\"\n"
        "    line_break\n"
        "    strong\n"
        "      text \"now\"\n"
        "    image url=\"a.png\" alt=\"A\"\n");
}

TEST_CASE("model: NFC normalisation") {
  CHECK(to_nfc("Cafe\xCC\x81") == "Caf\xC3\xA9");  // e + combining acute -> é
  CHECK(to_nfc("Caf\xC3\xA9") == "Caf\xC3\xA9");
  CHECK(to_nfc("") == "");
  CHECK(to_nfc("\xEF\xAC\x81") == "\xEF\xAC\x81");  // NFC keeps the ﬁ ligature (NFKC would not)
  CHECK(to_nfc("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
}
