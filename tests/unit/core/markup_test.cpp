#include <doctest/doctest.h>

#include "core/markup.hpp"

using plainly::escape_markup;
using plainly::EscapeQuotes;

TEST_CASE("escape_markup turns markup characters in a person's words into entities") {
  CHECK(escape_markup("Sam & Jo <b>\"hi\"</b>") == "Sam &amp; Jo &lt;b&gt;&quot;hi&quot;&lt;/b&gt;");
  CHECK(escape_markup("council's") == "council's");
  CHECK(escape_markup("council's", EscapeQuotes::Both) == "council&apos;s");
  CHECK(escape_markup("£25 – café") == "£25 – café");
  CHECK(escape_markup("") == "");
}
