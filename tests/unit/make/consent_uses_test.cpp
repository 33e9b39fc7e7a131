#include <doctest/doctest.h>

#include "core/fs.hpp"
#include "definitions/load.hpp"
#include "make/make.hpp"

using namespace plainly;

namespace {

// The focus-group example with a second use for the quotes: the board papers, not public.
Definitions two_uses() {
  std::string yaml = read_file(std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/focus-group.yaml");
  std::string anchor = "        kept_until: 2032-03-31, when we take the report off the website\n";
  size_t at = yaml.find(anchor);
  REQUIRE(at != std::string::npos);
  yaml.insert(at + anchor.size(),
              "      - who_sees: the Trust board, in its meeting papers\n"
              "        public: no\n"
              "        sold: no\n"
              "        kept_until: 2030-03-31\n");
  return load_definitions_from_string(yaml, "two-uses.yaml");
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string model_of(const Definitions& d, const std::string& kind, const std::string& style) {
  MakeOptions o;
  o.docs = {kind};
  o.styles = {style};
  o.formats = {"model"};
  MakeResult r = make_documents(d, o);
  REQUIRE(r.files.size() == 1);
  return r.files[0].content;
}

}  // namespace

TEST_CASE("consent: each use is its own yes-or-no choice, never ticked") {
  Definitions d = two_uses();
  for (const char* kind : {"consent", "consent-review"})
    for (const char* style : {"standard", "large-print", "easy-read"}) {
      CAPTURE(kind);
      CAPTURE(style);
      std::string model = model_of(d, kind, style);
      // notes: 1 use, 1 choice; quotes: 2 uses, 2 choices.
      CHECK(count(model, "consent_choice") == 3);
      CHECK(count(model, "signature_line") == 3);
    }
  std::string review = model_of(d, "consent-review", "standard");
  CHECK(review.find("Do you still agree to this use: Short quotes from what you say, with no name, "
                    "in the report, seen by the Trust board, in its meeting papers?") != std::string::npos);
}
