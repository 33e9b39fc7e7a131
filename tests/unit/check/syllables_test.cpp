#include <doctest/doctest.h>

#include "check/markdown_text.hpp"
#include "check/syllables.hpp"

using namespace plainly;

TEST_CASE("rule-based syllable estimates for common words") {
  CHECK(estimate_syllables("cat") == 1);
  CHECK(estimate_syllables("table") == 2);
  CHECK(estimate_syllables("hoped") == 1);
  CHECK(estimate_syllables("wanted") == 2);
  CHECK(estimate_syllables("important") == 3);
  CHECK(estimate_syllables("payment") == 2);
  CHECK(estimate_syllables("media") == 3);
}

TEST_CASE("the CMU-derived exceptions are loaded") {
  const Syllables& s = default_syllables();
  CHECK(s.exceptions() > 1000);
  CHECK(s.count("every") == 3);  // CMU: EH1 V ER0 IY0
  CHECK(s.count("people") == 2);
}

TEST_CASE("Markdown blanking keeps every offset") {
  std::string md = "# Title\n\n* **Bold** and [a link](http://x.org) `code`\n";
  std::string b = blank_markdown(md);
  CHECK(b.size() == md.size());
  CHECK(b.find("Title") == md.find("Title"));
  CHECK(b.find("Bold") == md.find("Bold"));
  CHECK(b.find("http") == std::string::npos);
  CHECK(b.find("code") == std::string::npos);
  CHECK(b.find('#') == std::string::npos);
}
