// The checker on our own example sentences (tests/rules/examples.tsv), plus positions and
// context decisions. The dev set in ../shared is a measurement, never used here.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "check/checker.hpp"

using namespace plainly;

namespace {

const Checker& checker() {
  static Checker c = load_checker("en-GB", {});
  return c;
}

std::vector<Finding> problems(const std::string& text, CheckOptions o = {}) {
  std::vector<Finding> out;
  for (auto& f : check_text(checker(), text, "t.txt", o))
    if (f.category != "clarity") out.push_back(f);
  return out;
}

}  // namespace

TEST_CASE("every example sentence in tests/rules/examples.tsv is judged as labelled") {
  std::ifstream in(std::string(PLAINLY_TEST_DATA_DIR) + "/rules/examples.tsv");
  REQUIRE(in);
  std::string line;
  std::getline(in, line);  // header
  int n = 0;
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string id, label, text;
    std::getline(ss, id, '\t');
    std::getline(ss, label, '\t');
    std::getline(ss, text);
    auto found = problems(text);
    INFO(id << ": " << text);
    if (label == "clear") {
      CHECK(found.empty());
    } else {
      CHECK(!found.empty());
    }
    ++n;
  }
  CHECK(n > 50);
}

TEST_CASE("permissions, warnings, fixed terms, negations and questions are clear") {
  CHECK(problems("You may stop at any time.").empty());
  CHECK(problems("Anyone may apply.").empty());
  CHECK(problems("This could be distressing, so you can leave the room whenever you like.").empty());
  CHECK(problems("We will pay you £40 within 7 days.").empty());
  CHECK(problems("We do not promise any further work.").empty());
  CHECK(problems("Might you be free on Tuesday 4 May?").empty());
  CHECK(problems("Your words may be quoted in the report if you agree on this form.").empty());
}

TEST_CASE("the same modal is flagged when it holds out a maybe") {
  auto f = problems("This course might lead to a job.");
  REQUIRE(!f.empty());
  CHECK(f[0].category == "speculative");
  CHECK(!problems("Your ideas could change everything.").empty());
  CHECK(!problems("You might be offered a permanent place on the panel.").empty());
}

TEST_CASE("findings carry positions in characters, byte offsets and a message") {
  std::string text = "Pay is £20.\nIt is hoped that people come.";
  auto f = problems(text);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 2);
  CHECK(f[0].column == 1);
  CHECK(f[0].text == "It is hoped");
  CHECK(f[0].end_line == 2);
  CHECK(f[0].end_column == 12);
  CHECK(text.substr(f[0].offset, f[0].length) == "It is hoped");
  CHECK(f[0].rule == "hope-expect");
  CHECK(f[0].severity == Severity::Error);
  CHECK(!f[0].message.empty());
  CHECK(!f[0].suggestion.empty());
  // Columns count characters: the £ sign is two bytes but one column.
  auto g = problems("£5 and TBC");
  REQUIRE(g.size() == 1);
  CHECK(g[0].column == 8);
  CHECK(g[0].offset == 8);
}

TEST_CASE("a caller can place a short text inside its own file") {
  CheckOptions o;
  o.base_line = 10;
  o.base_column = 12;
  auto f = problems("Dates TBC.", o);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 10);
  CHECK(f[0].column == 18);
}

TEST_CASE("hard-wrapped sentences stay one sentence; Markdown markup is not checked") {
  auto f = problems("Taking part in this long-running project may\nlead to other work for you.");
  REQUIRE(!f.empty());
  CheckOptions md;
  md.markdown = true;
  auto g = problems("# Dates\n\n- The **start** date is [TBC](http://example.com/tbc).\n", md);
  REQUIRE(g.size() == 1);
  CHECK(g[0].text == "TBC");
  CHECK(g[0].line == 3);
  CHECK(g[0].column == 26);
}

TEST_CASE("clarity: long sentences, acronyms, hard words and easy read numbers") {
  std::string long_sentence;
  for (int i = 0; i < 30; ++i) long_sentence += "word ";
  long_sentence += "end.";
  auto all = check_text(checker(), long_sentence, "t", {});
  REQUIRE(!all.empty());
  CHECK(all[0].rule == "long-sentence");
  auto acr = check_text(checker(), "Talk to the PALS team. The NHS (National Health Service) pays.", "t", {});
  int acronyms = 0;
  for (auto& f : acr) acronyms += f.rule == "acronym";
  CHECK(acronyms == 1);
  auto hard = check_text(checker(), "We will reimburse you.", "t", {});
  bool found = false;
  for (auto& f : hard) found = found || (f.rule == "hard-word" && f.suggestion.find("pay back") != std::string::npos);
  CHECK(found);
  CheckOptions easy;
  easy.easy_read = true;
  auto num = check_text(checker(), "There are three meetings.", "t", easy);
  found = false;
  for (auto& f : num) found = found || f.rule == "number-as-word";
  CHECK(found);
}

TEST_CASE("readability figures") {
  auto r = check_text_full(checker(), "The cat sat. The dog ran away.", "t", {});
  CHECK(r.readability.sentences == 2);
  CHECK(r.readability.words == 7);
  CHECK(r.sentences.size() == 2);
  CHECK(r.sentences[1].column == 14);
  CHECK(r.readability.flesch_reading_ease() > 90);
}

TEST_CASE("empty and odd text does not crash") {
  CHECK(check_text(checker(), "", "t", {}).empty());
  CHECK(check_text(checker(), "\n\n   \n", "t", {}).empty());
  CHECK_NOTHROW(check_text(checker(), "ﬁ ǅ café naïve 日本語の文。Ελληνικά!", "t", {}));
}
