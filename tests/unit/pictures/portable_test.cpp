// The .md file refers to its pictures beside it (pictures/NAME), so a folder of documents
// still works when moved or zipped; Pandoc still gets full paths (issue 6).
#include <doctest/doctest.h>

#include "core/error.hpp"
#include "pictures/pictures.hpp"
#include "writers/writer.hpp"

using namespace plainly;

namespace {

Node image(const std::string& url, const std::string& concept_id, const std::string& alt) {
  Node img = make_node(NodeKind::Image, concept_id);
  img.url = url;
  img.alt = alt;
  return img;
}

Node doc_with(std::vector<Node> images) {
  Node doc = make_node(NodeKind::Document, "Title");
  Node h1 = make_node(NodeKind::Heading);
  h1.level = 1;
  h1.append(make_node(NodeKind::Text, "Title"));
  doc.append(std::move(h1));
  for (auto& img : images) {
    Node row = make_node(NodeKind::EasyReadRow);
    row.append(std::move(img));
    Node p = make_node(NodeKind::Paragraph);
    p.append(make_node(NodeKind::Text, "Words."));
    row.append(std::move(p));
    doc.append(std::move(row));
  }
  return doc;
}

}  // namespace

TEST_CASE("portable picture paths are named after the concept, with the file's extension") {
  CHECK(portable_picture_path(image("/data/templates/pictures/money.png", "money", "Money")) == "pictures/money.png");
  CHECK(portable_picture_path(image("/org/our-room.JPEG", "meeting", "Our room")) == "pictures/meeting.jpeg");
  CHECK(portable_picture_path(image("/org/Our Logo.png", "", "Our logo")) == "pictures/our-logo.png");
  CHECK(portable_picture_path(image("/org/x.png", "Odd id!", "x")) == "pictures/odd-id-.png");
  CHECK(portable_picture_path(image("https://example.org/logo.png", "", "Logo")) == "https://example.org/logo.png");
}

TEST_CASE("the .md file refers to pictures beside it; Pandoc's Markdown keeps full paths") {
  Node doc = doc_with({image("/data/templates/pictures/money.png", "money", "Money"),
                       image("/org/room.jpg", "meeting", "Our room")});
  std::string file = write_markdown_file(doc, WriterOptions{});
  CHECK(file.find("![Money](pictures/money.png)\nWords.") != std::string::npos);
  CHECK(file.find("![Our room](pictures/meeting.jpg)") != std::string::npos);
  CHECK(file.find("/data/") == std::string::npos);
  std::string for_pandoc = write_markdown(doc, WriterOptions{});
  CHECK(for_pandoc.find("/data/templates/pictures/money.png") != std::string::npos);
  CHECK((*find_writer("md"))(doc, WriterOptions{}) == file);
}

TEST_CASE("each picture is copied once, beside the .md file") {
  Node doc = doc_with({image("/data/templates/pictures/money.png", "money", "Money"),
                       image("/org/room.jpg", "meeting", "Our room"),
                       image("/data/templates/pictures/money.png", "money", "Money"),
                       image("https://example.org/logo.png", "", "Logo")});  // a web address is not copied
  auto copies = markdown_picture_copies(doc, "out/peer-trainer/offer.easy-read.md");
  REQUIRE(copies.size() == 2);
  CHECK(copies[0].source == "/data/templates/pictures/money.png");
  CHECK(copies[0].destination == "out/peer-trainer/pictures/money.png");
  CHECK(copies[1].source == "/org/room.jpg");
  CHECK(copies[1].destination == "out/peer-trainer/pictures/meeting.jpg");
}

TEST_CASE("two different files that would get the same name are an error naming both") {
  Node doc = doc_with({image("/a/logo.png", "", "Logo"), image("/b/logo.png", "", "Logo")});
  try {
    markdown_picture_copies(doc, "out/x.md");
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    CHECK(std::string(e.what()).find("/a/logo.png and /b/logo.png") != std::string::npos);
  }
}
