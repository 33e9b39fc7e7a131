// Pictures chosen in the definitions file (`pictures:`): loading, validation, precedence,
// alt text, and the credits they change (issue 6, item 3).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "definitions/load.hpp"
#include "definitions/validate.hpp"
#include "pictures/pictures.hpp"
#include "../temp_paths.hpp"

using namespace plainly;
namespace fs = std::filesystem;

namespace {

fs::path temp_folder(const std::string& name) {
  return test::fresh_temp_dir("definition-pictures-" + name);
}

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "rest-of-a-png";
const std::string kJpeg = "\xFF\xD8\xFF\xE0rest-of-a-jpeg";

// Just the pictures group; the rest of a definitions file is not needed to load it.
Definitions load_pictures_yaml(const fs::path& dir, const std::string& pictures) {
  return load_definitions_from_string("version: 1\npictures:\n" + pictures, (dir / "plainly.yaml").string());
}

// The problems validate() finds with the pictures group only.
std::vector<Diagnostic> picture_problems(const Definitions& d) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& p : validate(d, ValidateOptions{}))
    if (p.key_path.rfind("pictures", 0) == 0) out.push_back(p);
  return out;
}

Node row(const std::string& url, const std::string& alt = {}) {
  Node r = make_node(NodeKind::EasyReadRow);
  Node img = make_node(NodeKind::Image);
  img.url = url;
  img.alt = alt;
  r.append(std::move(img));
  Node p = make_node(NodeKind::Paragraph);
  p.append(make_node(NodeKind::Text, "Some words."));
  r.append(std::move(p));
  return r;
}

Node paragraph(const std::string& text) {
  Node p = make_node(NodeKind::Paragraph);
  p.append(make_node(NodeKind::Text, text));
  return p;
}

// Rows for `urls`, then the credits section as templates/partials/picture-credits makes it.
Node doc_with_credits(const std::vector<std::string>& urls) {
  Node doc = make_node(NodeKind::Document, "Title");
  Node h1 = make_node(NodeKind::Heading);
  h1.level = 1;
  h1.append(make_node(NodeKind::Text, "Title"));
  doc.append(std::move(h1));
  for (const auto& url : urls) doc.append(row(url));
  Node h2 = make_node(NodeKind::Heading);
  h2.level = 2;
  h2.append(make_node(NodeKind::Text, "About the pictures"));
  doc.append(std::move(h2));
  Node credit = paragraph("We use pictures from OpenMoji: ");
  Node link = make_node(NodeKind::Link);
  link.url = "https://openmoji.org";
  link.append(make_node(NodeKind::Text, "https://openmoji.org"));
  credit.append(std::move(link));
  doc.append(std::move(credit));
  return doc;
}

}  // namespace

TEST_CASE("definitions: pictures in the short and the long form") {
  fs::path dir = temp_folder("forms");
  Definitions d = load_pictures_yaml(dir,
                                     "  money: pictures/our-cash.jpg\n"
                                     "  meeting: {file: /abs/room.png, alt: \"Our meeting room at Oak House\"}\n");
  REQUIRE(d.pictures.size() == 2);
  CHECK(d.pictures[0].key_path == "pictures[money]");
  CHECK(d.pictures[0].id.value == "money");
  CHECK(d.pictures[0].pos.line == 3);
  CHECK(d.pictures[0].file.value == "pictures/our-cash.jpg");
  CHECK(d.pictures[0].file.pos.column == 10);
  CHECK(!d.pictures[0].alt.present);
  CHECK(d.pictures[1].file.value == "/abs/room.png");
  CHECK(d.pictures[1].alt.value == "Our meeting room at Oak House");
  // Relative to the definitions file's folder; absolute paths stay.
  CHECK(definition_picture_path(d, d.pictures[0]) == (dir / "pictures" / "our-cash.jpg").string());
  CHECK(definition_picture_path(d, d.pictures[1]) == "/abs/room.png");
}

TEST_CASE("definitions: a wrong shape in pictures is a load error with its position") {
  fs::path dir = temp_folder("shape");
  try {
    load_pictures_yaml(dir, "  money: {file: a.png, alt_text: Cash}\n  email: [a.png]\n  money: b.png\n");
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    REQUIRE(e.diagnostics().size() == 3);
    CHECK(e.diagnostics()[0].key_path == "pictures[money].alt_text");
    CHECK(e.diagnostics()[0].pos.line == 3);
    CHECK(e.diagnostics()[1].key_path == "pictures[email]");
    CHECK(e.diagnostics()[1].message.find("expected a piece of text, found a list") != std::string::npos);
    CHECK(e.diagnostics()[2].message == "the picture 'money' is chosen twice; the first is on line 3.");
  }
  CHECK_THROWS_AS(load_pictures_yaml(dir, "  - a.png\n"), PlainlyError);
}

TEST_CASE("validate: an unknown concept names the closest one; bad files are found where they are written") {
  fs::path dir = temp_folder("validate");
  write(dir / "cash.jpg", kJpeg);
  write(dir / "notes.png", "not a picture");
  write(dir / "empty.png", "");
  Definitions d = load_pictures_yaml(dir,
                                     "  mony: cash.jpg\n"
                                     "  money: cash.jpg\n"
                                     "  bus: gone.png\n"
                                     "  train: {file: notes.png}\n"
                                     "  car: empty.png\n"
                                     "  taxi: TBC\n"
                                     "  phone: {alt: Our phone}\n");
  auto problems = picture_problems(d);
  REQUIRE(problems.size() == 6);
  CHECK(problems[0].message == "there is no easy-read picture called 'mony'.");
  CHECK(problems[0].example == "Did you mean 'money'?");
  CHECK(problems[0].pos.line == 3);
  CHECK(problems[0].pos.column == 3);
  CHECK(problems[1].key_path == "pictures[bus]");
  CHECK(problems[1].message == "the picture file 'gone.png': we cannot find this file (we looked for " +
                                    (dir / "gone.png").string() + ").");
  CHECK(problems[1].pos.column == 8);
  CHECK(problems[2].key_path == "pictures[train].file");
  CHECK(problems[2].message.find("is not a PNG or JPEG picture") != std::string::npos);
  CHECK(problems[3].message.find("this file is empty") != std::string::npos);
  CHECK(problems[4].message.find("\"TBC\" is a placeholder") != std::string::npos);
  CHECK(problems[5].key_path == "pictures[phone].file");
  CHECK(problems[5].message == "this is missing.");
}

TEST_CASE("validate: a picture's alt text goes through the language checker like other text") {
  fs::path dir = temp_folder("alt-text");
  write(dir / "room.png", kPng);
  Definitions d = load_pictures_yaml(dir, "  meeting: {file: room.png, alt: Our room}\n");
  bool seen = false;
  for (const TextField& f : free_text_fields(d)) seen = seen || f.key_path == "pictures[meeting].alt";
  CHECK(seen);
}

TEST_CASE("a definition's picture wins over the built-in one and over a picture folder; its alt over a template's") {
  fs::path dir = temp_folder("precedence"), folder = temp_folder("precedence-folder");
  write(dir / "room.png", kPng);
  write(folder / "meeting.png", kPng);
  write(folder / "bus.png", kPng);
  Definitions d = load_pictures_yaml(dir, "  meeting: {file: room.png, alt: Our meeting room}\n  money: room.png\n");
  PictureLibrary lib = load_picture_library("en-GB", {folder.string()});
  use_definition_pictures(lib, d);
  CHECK(lib.find("meeting")->file == (dir / "room.png").string());
  CHECK(lib.find("bus")->file == (folder / "bus.png").string());
  Node doc = make_node(NodeKind::Document, "Title");
  doc.append(row("picture:meeting", "A meeting"));  // the template's alt text is for the built-in picture
  doc.append(row("picture:money", "Your pay"));     // no alt given in the definition: the template's stays
  resolve_pictures(doc, lib);
  CHECK(doc.children[0].children[0].url == (dir / "room.png").string());
  CHECK(doc.children[0].children[0].alt == "Our meeting room");
  CHECK(doc.children[0].children[0].text == "meeting");
  CHECK(doc.children[1].children[0].alt == "Your pay");
}

TEST_CASE("credits: kept when every picture is built in") {
  PictureLibrary lib = load_picture_library("en-GB");
  Node doc = doc_with_credits({"picture:money", "picture:bus"});
  size_t before = doc.children.size();
  resolve_pictures(doc, lib);
  CHECK(doc.children.size() == before);
}

TEST_CASE("credits: taken out when no picture comes from OpenMoji") {
  fs::path folder = temp_folder("credits-none");
  write(folder / "money.png", kPng);
  write(folder / "bus.png", kPng);
  PictureLibrary lib = load_picture_library("en-GB", {folder.string()});
  Node doc = doc_with_credits({"picture:money", "picture:bus"});
  resolve_pictures(doc, lib);
  REQUIRE(doc.children.size() == 3);  // the title and the two rows
  CHECK(doc.children.back().kind == NodeKind::EasyReadRow);
  CHECK(dump(doc).find("OpenMoji") == std::string::npos);
}

TEST_CASE("credits: an organisation's own credit in the same section stays") {
  fs::path folder = temp_folder("credits-own-line");
  write(folder / "money.png", kPng);
  PictureLibrary lib = load_picture_library("en-GB", {folder.string()});
  Node doc = doc_with_credits({"picture:money"});
  doc.append(paragraph("Our pictures are from our own library."));
  resolve_pictures(doc, lib);
  REQUIRE(doc.children.size() == 4);  // title, row, heading, our credit
  CHECK(doc.children[2].kind == NodeKind::Heading);
  CHECK(plain_text(doc.children[3]) == "Our pictures are from our own library.");
}

TEST_CASE("credits: with some own pictures, name the shorter list") {
  fs::path folder = temp_folder("credits-some");
  write(folder / "money.png", kPng);
  PictureLibrary lib = load_picture_library("en-GB", {folder.string()});
  SUBCASE("one own picture, two built in: the own one is named") {
    Node doc = doc_with_credits({"picture:money", "picture:bus", "picture:train"});
    resolve_pictures(doc, lib);
    const auto& b = doc.children;
    REQUIRE(b.size() == 8);
    CHECK(plain_text(b[6]) == "These pictures do not come from OpenMoji:");
    REQUIRE(b[7].kind == NodeKind::List);
    REQUIRE(b[7].children.size() == 1);
    CHECK(plain_text(b[7].children[0].children[0]) == "Money");
  }
  SUBCASE("two own pictures, one built in: the built-in one is named") {
    write(folder / "bus.png", kPng);
    PictureLibrary lib2 = load_picture_library("en-GB", {folder.string()});
    Node doc = doc_with_credits({"picture:money", "picture:bus", "picture:train", "picture:money"});
    resolve_pictures(doc, lib2);
    const auto& b = doc.children;
    REQUIRE(b.size() == 9);
    CHECK(plain_text(b[7]) == "These pictures come from OpenMoji:");
    REQUIRE(b[8].children.size() == 1);
    CHECK(plain_text(b[8].children[0].children[0]) == "Train");
  }
}
