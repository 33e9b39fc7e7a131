#include <doctest/doctest.h>

#include "check/definition_text.hpp"
#include "definitions/load.hpp"

using namespace plainly;

TEST_CASE("find_words matches across folded YAML lines and indentation") {
  std::string src = "summary: >-\n  This work may\n    lead to paid work.\n";
  size_t end = 0;
  size_t at = find_words(src, "may lead to", 0, &end);
  REQUIRE(at != std::string::npos);
  CHECK(src.substr(at, end - at) == "may\n    lead to");
  CHECK(find_words(src, "will shape", 0, &end) == std::string::npos);
}

TEST_CASE("find_words looks no further than its limit, so a field far from the words is cheap") {
  std::string src = "a: x\n" + std::string(1000, ' ') + "may lead to\n";
  size_t end = 0;
  CHECK(find_words(src, "may lead to", 0, &end, 100) == std::string::npos);
  CHECK(find_words(src, "may lead to", 0, &end, 2000) == 1005);
  CHECK(find_words(src, "may lead to", 2000, &end, 100) == std::string::npos);  // past the end
}

TEST_CASE("findings in many fields of one definitions file each get their own line") {
  Definitions d;
  d.path = "big.yaml";
  auto hook = definitions_text_checker(load_checker("en-GB", {}));
  std::vector<Text> fields(50);
  for (int i = 0; i < 50; ++i) d.source += "  - summary: This may lead to paid work.\n";
  for (int i = 0; i < 50; ++i) {
    fields[i].value = "This may lead to paid work.";
    fields[i].pos = {i + 1, 14};
    fields[i].present = true;
    auto diags = hook(d, TextField{"roles.summary", &fields[i]});
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].pos.line == i + 1);
    CHECK(diags[0].pos.column == 19);
    CHECK(diags[0].source_line == "  - summary: This may lead to paid work.");
  }
}

TEST_CASE("a speculative phrase in a definition is an error at its place in the YAML") {
  Definitions d;
  d.path = "project.yaml";
  d.source = "project:\n  summary: >-\n    We meet once.\n    This may lead to paid work.\n";
  Text summary;
  summary.value = "We meet once. This may lead to paid work.";
  summary.pos = {2, 12};
  summary.present = true;
  auto hook = definitions_text_checker(load_checker("en-GB", {}));
  auto diags = hook(d, TextField{"project.summary", &summary});
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].pos.line == 4);
  CHECK(diags[0].pos.column == 10);
  CHECK(diags[0].key_path == "project.summary");
  CHECK(diags[0].source_line == "    This may lead to paid work.");
}

TEST_CASE("a fixed term in a definition is not an error") {
  Definitions d;
  d.path = "project.yaml";
  d.source = "how: We will pay you £25 within 14 days.\n";
  Text how;
  how.value = "We will pay you £25 within 14 days.";
  how.pos = {1, 6};
  how.present = true;
  auto hook = definitions_text_checker(load_checker("en-GB", {}));
  CHECK(hook(d, TextField{"roles[x].pay.how", &how}).empty());
}
