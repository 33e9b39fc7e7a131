#include <doctest/doctest.h>

#include "core/fs.hpp"
#include "definitions/load.hpp"
#include "make/make.hpp"

using namespace plainly;

// User text is data, never markup: a name full of Markdown and Mustache characters and a
// task that starts with '#' come out literally in the text and Markdown files.
TEST_CASE("make: user text comes out literally in txt and md") {
  std::string path = std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/training-co-design.yaml";
  std::string yaml = read_file(path);
  auto replace = [&](const std::string& from, const std::string& to) {
    size_t at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, from.size(), to);
  };
  replace("- name: Joan Mitchell", "- name: \"Sam *Taylor* {{x}} <b>\"");
  replace("- Come to 4 design workshops", "- \"# Come to 4 design workshops [see](http://x) _now_\"");
  Definitions d = load_definitions_from_string(yaml, "literal.yaml");
  MakeOptions o;
  o.person = "Sam *Taylor* {{x}} <b>";
  o.docs = {"offer"};
  o.formats = {"txt", "md"};
  o.out_dir = "out";
  MakeResult r = make_documents(d, o);
  REQUIRE(r.files.size() == 2);
  const std::string& txt = r.files[0].content;
  CHECK(r.files[0].path == "out/peer-trainer/sam-taylor-x-b/offer.large-print.txt");
  CHECK(txt.find("Dear Sam *Taylor* {{x}} <b>,") != std::string::npos);
  CHECK(txt.find("- # Come to 4 design workshops [see](http://x) _now_") != std::string::npos);
  // The Markdown keeps the characters escaped, so it reads back the same.
  const std::string& md = r.files[1].content;
  CHECK(md.find("Sam \\*Taylor\\*") != std::string::npos);
}
