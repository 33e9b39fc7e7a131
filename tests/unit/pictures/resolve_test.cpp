#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "pictures/pictures.hpp"
#include "../temp_paths.hpp"

using namespace plainly;
namespace fs = std::filesystem;

namespace {

// A fresh, empty folder for one test.
fs::path temp_folder(const std::string& name) {
  return test::fresh_temp_dir("pictures-test-" + name);
}

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

const std::string kJpegStart = "\xFF\xD8\xFF\xE0rest-of-a-jpeg";
const std::string kPngStart = std::string("\x89PNG\r\n\x1A\n", 8) + "rest-of-a-png";

Node image(const std::string& url, const std::string& alt = {}) {
  Node img = make_node(NodeKind::Image);
  img.url = url;
  img.alt = alt;
  return img;
}

// # Title, then one easy-read row per url, each with the sentence `words`.
Node doc_with_rows(const std::vector<std::string>& urls, const std::string& words = "Some words.") {
  Node doc = make_node(NodeKind::Document, "Title");
  for (const auto& url : urls) {
    Node row = make_node(NodeKind::EasyReadRow);
    row.append(image(url));
    Node para = make_node(NodeKind::Paragraph);
    para.append(make_node(NodeKind::Text, words));
    row.append(std::move(para));
    doc.append(std::move(row));
  }
  return doc;
}

const Node& row_image(const Node& doc, size_t i) { return doc.children.at(i).children.at(0); }

std::string all_messages(const PlainlyError& e) {
  std::string out = e.what();
  for (const auto& d : e.diagnostics()) out += "\n" + format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("picture:CONCEPT becomes the built-in file, with the concept's alt text") {
  PictureLibrary lib = load_picture_library("en-GB");
  Node doc = doc_with_rows({"picture:money", "picture:bus"});
  doc.children[1].children[0].alt = "The number 12 bus";
  resolve_pictures(doc, lib);
  CHECK(row_image(doc, 0).url == lib.find("money")->file);
  CHECK(fs::path(row_image(doc, 0).url).is_absolute());
  CHECK(row_image(doc, 0).alt == "Money");
  CHECK(row_image(doc, 1).alt == "The number 12 bus");  // the template's alt wins
}

TEST_CASE("picture:auto chooses from the row's sentences") {
  PictureLibrary lib = load_picture_library("en-GB");
  Node doc = doc_with_rows({"picture:auto"}, "We pay for your taxi.");
  resolve_pictures(doc, lib);
  CHECK(row_image(doc, 0).url == lib.find("pay")->file);
  Node other = doc_with_rows({"picture:auto"}, "Nothing here matches.");
  resolve_pictures(other, lib);
  CHECK(row_image(other, 0).url == lib.find(lib.default_concept())->file);
  CHECK(!row_image(other, 0).alt.empty());
}

TEST_CASE("images that name a file are left alone, but need alt text") {
  PictureLibrary lib = load_picture_library("en-GB");
  Node doc = doc_with_rows({"/some/where/logo.png"});
  doc.children[0].children[0].alt = "Our logo";
  resolve_pictures(doc, lib);
  CHECK(row_image(doc, 0).url == "/some/where/logo.png");
  Node without = doc_with_rows({"/some/where/logo.png"});
  CHECK_THROWS_AS(resolve_pictures(without, lib), PlainlyError);
}

TEST_CASE("with the Markdown's name, an unknown concept is reported where it is used") {
  PictureLibrary lib = load_picture_library("en-GB");
  Node doc = doc_with_rows({"picture:money", "picture:bsu"});
  doc.children[1].children[0].pos = {7, 1};
  try {
    resolve_pictures(doc, lib, "advert.md");
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(format_diagnostic(e.diagnostics()[0]).rfind(
              "advert.md:7:1: error: picture 'bsu': this picture is not in the list. Did you mean 'bus'?", 0) == 0);
    CHECK(e.diagnostics()[0].example.find("pictures.yaml") != std::string::npos);
  }
}

TEST_CASE("an unknown concept is exit 2, naming it and suggesting a close one") {
  PictureLibrary lib = load_picture_library("en-GB");
  Node doc = doc_with_rows({"picture:mony"});
  try {
    resolve_pictures(doc, lib);
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    std::string all = all_messages(e);
    CHECK(all.find("picture 'mony'") != std::string::npos);
    CHECK(all.find("Did you mean 'money'?") != std::string::npos);
    CHECK(all.find("pictures.yaml") != std::string::npos);
  }
}

TEST_CASE("a user's folder overrides built-in pictures, PNG or JPEG, first folder first") {
  fs::path first = temp_folder("first"), second = temp_folder("second");
  write(first / "bus.jpg", kJpegStart);
  write(second / "bus.png", kPngStart);
  write(second / "Money.PNG", kPngStart);
  write(second / "notes.txt", "not a picture");
  PictureLibrary lib = load_picture_library("en-GB", {first.string(), second.string()});
  CHECK(lib.find("bus")->file == (first / "bus.jpg").string());
  CHECK(lib.find("bus")->from_user);
  CHECK(lib.find("money")->file == (second / "Money.PNG").string());
  CHECK(lib.find("bus")->alt == "Bus");  // the list's alt text stays
  CHECK(lib.find("notes") == nullptr);
  Node doc = doc_with_rows({"picture:bus"});
  resolve_pictures(doc, lib);
  CHECK(row_image(doc, 0).url == (first / "bus.jpg").string());
  CHECK(row_image(doc, 0).alt == "Bus");
}

TEST_CASE("a user's own extra picture needs alt text from the template") {
  fs::path dir = temp_folder("extra");
  write(dir / "our-logo.png", kPngStart);
  PictureLibrary lib = load_picture_library("en-GB", {dir.string()});
  Node without = doc_with_rows({"picture:our-logo"});
  CHECK_THROWS_AS(resolve_pictures(without, lib), PlainlyError);
  Node with = doc_with_rows({"picture:our-logo"});
  with.children[0].children[0].alt = "Our logo";
  resolve_pictures(with, lib);
  CHECK(row_image(with, 0).url == (dir / "our-logo.png").string());
}

TEST_CASE("a missing user folder is exit 2, naming it") {
  try {
    load_picture_library("en-GB", {"/no/such/picture/folder"});
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    CHECK(std::string(e.what()).find("/no/such/picture/folder") != std::string::npos);
  }
}

TEST_CASE("missing, empty and non-picture files are exit 2 naming the concept and file") {
  fs::path dir = temp_folder("broken");
  write(dir / "bus.png", "this is text, not a PNG");
  write(dir / "car.jpg", "");
  fs::create_directories(dir / "taxi.png");
  PictureLibrary lib = load_picture_library("en-GB", {dir.string()});
  lib.set_picture("money", (dir / "gone.png").string());
  Node doc = doc_with_rows({"picture:bus", "picture:car", "picture:taxi", "picture:money", "picture:train"});
  try {
    resolve_pictures(doc, lib);
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    REQUIRE(e.diagnostics().size() == 4);  // every problem at once; train is fine
    std::string all = all_messages(e);
    CHECK(all.find((dir / "bus.png").string() + ": error: picture 'bus': this file is not a PNG or JPEG") !=
          std::string::npos);
    CHECK(all.find((dir / "car.jpg").string() + ": error: picture 'car': this file is empty") != std::string::npos);
    CHECK(all.find("picture 'taxi': this is a folder") != std::string::npos);
    CHECK(all.find((dir / "gone.png").string() + ": error: picture 'money': we cannot find this file") !=
          std::string::npos);
  }
}

TEST_CASE("a per-item override replaces one picture and can give its own alt") {
  fs::path dir = temp_folder("override");
  write(dir / "our-money.jpeg", kJpegStart);
  PictureLibrary lib = load_picture_library("en-GB");
  lib.set_picture("money", (dir / "our-money.jpeg").string(), "Your pay");
  Node doc = doc_with_rows({"picture:money"});
  resolve_pictures(doc, lib);
  CHECK(row_image(doc, 0).url == (dir / "our-money.jpeg").string());
  CHECK(row_image(doc, 0).alt == "Your pay");
}

TEST_CASE("picture:auto counts bold words twice, as easy read puts key words in bold") {
  PictureLibrary lib = load_picture_library("en-GB");
  Node doc = make_node(NodeKind::Document, "Title");
  Node row = make_node(NodeKind::EasyReadRow);
  row.append(image("picture:auto"));
  Node para = make_node(NodeKind::Paragraph);
  para.append(make_node(NodeKind::Text, "Some people pay "));
  Node bold = make_node(NodeKind::Strong);
  bold.append(make_node(NodeKind::Text, "tax"));
  para.append(std::move(bold));
  para.append(make_node(NodeKind::Text, " on money like this."));
  row.append(std::move(para));
  doc.append(std::move(row));
  resolve_pictures(doc, lib);
  CHECK(row_image(doc, 0).url == lib.find("tax")->file);
  CHECK(row_image(doc, 0).alt == "Tax");
}
