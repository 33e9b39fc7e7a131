// Sentence segmentation choices (easy read: a line is a sentence) and the fast helpers the
// checker uses on its hot path (word table, character counting, the UTF-16 copy for ICU).
#include <doctest/doctest.h>

#include <string>

#include "check/checker.hpp"
#include "check/markdown_text.hpp"
#include "check/segmenter.hpp"
#include "check/text_count.hpp"
#include "check/word_table.hpp"

using namespace plainly;

namespace {

const Checker& checker() {
  static Checker c = load_checker("en-GB", {});
  return c;
}

int count_rule(const std::vector<Finding>& fs, const std::string& rule) {
  int n = 0;
  for (const auto& f : fs) n += f.rule == rule;
  return n;
}

// Three lines of an easy-read list, each long enough that plain prose would join them.
const char* kLines =
    "Talk with carers, one to one or in small groups\n"
    "Note, with no names, the questions carers ask in the group\n"
    "Meet the council support worker for 30 minutes after each group\n";

}  // namespace

TEST_CASE("easy read: each line is a sentence, with or without a full stop") {
  CheckOptions standard;
  auto joined = check_text_full(checker(), kLines, "t.txt", standard);
  CHECK(joined.readability.sentences == 1);  // hard-wrapped prose: one sentence
  CheckOptions easy;
  easy.easy_read = true;
  auto lines = check_text_full(checker(), kLines, "t.txt", easy);
  CHECK(lines.readability.sentences == 3);
  CHECK(lines.readability.words == joined.readability.words);
  CHECK(count_rule(lines.findings, "long-sentence") == 0);  // 10, 11 and 11 words, each under 15
  REQUIRE(lines.sentences.size() == 3);
  CHECK(lines.sentences[1].line == 2);
  CHECK(lines.sentences[1].column == 1);
  CHECK(lines.sentences[2].line == 3);
  // One line that really is too long is still reported, on its own line.
  std::string text = std::string(kLines) +
                     "Bring your receipts for the bus, the train or the taxi and we pay you back on the same day\n";
  auto more = check_text_full(checker(), text, "t.txt", easy);
  REQUIRE(count_rule(more.findings, "long-sentence") == 1);
  for (const auto& f : more.findings)
    if (f.rule == "long-sentence") CHECK(f.line == 4);
}

TEST_CASE("Markdown: in an easy-read row each line is a sentence, in any style") {
  std::string md = "# Work\n\n![Work](picture:work)\n" + std::string(kLines) +
                   "\nThis paragraph of prose is hard wrapped at a width of about sixty\n"
                   "characters, so its two lines are one sentence.\n";
  CheckOptions o;
  o.markdown = true;
  auto r = check_text_full(checker(), md, "t.md", o);
  // "Work" (heading), "Work" (the picture's alternative text), three row lines, one sentence of prose.
  CHECK(r.readability.sentences == 6);
  // A paragraph whose first line is only a picture (any address) followed by lines is a row too.
  std::string saved = "![Work](pictures/work.png)\n" + std::string(kLines);
  CHECK(check_text_full(checker(), saved, "t.md", o).readability.sentences == 4);
  // An image inside prose does not make a row.
  std::string prose = "See the map ![Map](map.png) of the building, which shows the quiet room and\n"
                      "the lift to every floor of the building.\n";
  CHECK(check_text_full(checker(), prose, "t.md", o).readability.sentences == 1);
}

TEST_CASE("blank_markdown lists easy-read rows as byte ranges") {
  std::vector<std::pair<size_t, size_t>> rows;
  std::string md = "Intro line.\n\n![Money](picture:money)\nWe pay you.\nWe pay in 14 days.\n\nEnd.\n";
  std::string blanked = blank_markdown(md, &rows);
  CHECK(blanked.size() == md.size());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].first == md.find("!["));
  CHECK(rows[0].second == md.find("days.") + 5);
}

TEST_CASE("segmenter: sentence offsets are bytes, also after non-ASCII characters") {
  Segmenter seg;
  std::string text = "Café “open” — £25 each. Zoë’s 😀 group meets today. Done?";
  auto s = seg.segment(text);
  REQUIRE(s.size() == 3);
  CHECK(text.substr(s[0].begin, s[0].end - s[0].begin) == "Café “open” — £25 each.");
  CHECK(text.substr(s[1].begin, s[1].end - s[1].begin) == "Zoë’s 😀 group meets today.");
  CHECK(text.substr(s[2].begin, s[2].end - s[2].begin) == "Done?");
  CHECK(s[2].is_question);
}

TEST_CASE("word table finds every word it holds and nothing else") {
  WordTable t;
  std::vector<std::string> words = {"a", "we", "you", "will", "shall", "reasonable", "appropriate", "co-design",
                                    "we'll", "endeavour", "compensated", "exactly8", "sixteen-letters!"};
  std::vector<int> ids(words.size());
  for (size_t i = 0; i < words.size(); ++i) t.add(words[i], reinterpret_cast<const WordInfo*>(&ids[i]));
  t.finish();
  for (size_t i = 0; i < words.size(); ++i) CHECK(t.find(words[i]) == reinterpret_cast<const WordInfo*>(&ids[i]));
  for (const char* w : {"", "b", "wee", "wil", "willl", "reasonabl", "exactly9", "sixteen-letters?", "W"})
    CHECK(t.find(w) == nullptr);
  CHECK(WordTable().find("we") == nullptr);
}

TEST_CASE("character and line counting") {
  CHECK(count_chars("") == 0);
  CHECK(count_chars("plain ascii text, longer than eight") == 35);
  CHECK(count_chars("£25 café naïve 😀 “quoted” words here") == 36);
  int line = 1, col = 1;
  advance_position("one\ntwo ünï\nthré", line, col);
  CHECK(line == 3);
  CHECK(col == 5);
  advance_position("ab", line, col);
  CHECK(col == 7);
}
