// Unit tests for the PDF writer's text cleaning and line breaking.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/error.hpp"

#include "writers/pdf/clean_text.hpp"
#include "writers/pdf/fonts.hpp"
#include "writers/pdf/hpdf_doc.hpp"
#include "writers/pdf/keep_together.hpp"
#include "writers/pdf/line_breaker.hpp"

using namespace plainly::pdf;

namespace {

std::string utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

std::string line_text(const Line& line) {
  icu::UnicodeString u;
  for (const auto& p : line.pieces) u += p.text;
  return utf8(u);
}

std::vector<std::string> kept(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  std::vector<std::string> out;
  for (auto [s, e] : keep_together_spans(u, "en-GB")) out.push_back(utf8(u.tempSubString(s, e - s)));
  return out;
}

}  // namespace

TEST_CASE("clean_text drops emoji, keeps the BMP and collapses spaces") {
  CHECK(utf8(clean_text("Hello \xF0\x9F\x98\x80 there")) == "Hello there");
  // Mathematical bold letters become plain letters.
  CHECK(utf8(clean_text("\xF0\x9D\x90\x81old")) == "Bold");
  CHECK(utf8(clean_text("a\tb\n c")) == "a b c");
  CHECK(utf8(clean_text("caf\x65\xCC\x81")) == "caf\xC3\xA9");  // NFC
  icu::UnicodeString u = clean_text("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD ok \xE2\x9D\xA4\xEF\xB8\x8F");
  for (int32_t i = 0; i < u.length(); ++i) CHECK_FALSE(U16_IS_SURROGATE(u.charAt(i)));
}

TEST_CASE("dates, times, money, phone numbers and postcodes are kept together") {
  auto spans = kept("Come on Tuesday 3 March 2027 at 10am to 12:30pm. We pay £1,250.50. "
                    "Call 0121 496 0000 or +44 20 7946 0000. Write to B1 1AA.");
  auto has = [&](const std::string& s) {
    for (const auto& k : spans)
      if (k == s) return true;
    return false;
  };
  CHECK(has("Tuesday 3 March 2027"));
  CHECK(has("10am"));
  CHECK(has("12:30pm"));
  CHECK(has("£1,250.50"));
  CHECK(has("0121 496 0000"));
  CHECK(has("+44 20 7946 0000"));
  CHECK(has("B1 1AA"));
  // A web address's scheme and host: no line ends in "https://".
  auto web = kept("Read the licence at https://creativecommons.org/licenses/by-sa/4.0/ today.");
  REQUIRE(!web.empty());
  CHECK(web.front() == "https://creativecommons.org");
}

TEST_CASE("line breaking: left aligned, within width and 70 characters, never inside a date") {
  HpdfDoc doc;
  HPDF_UseUTFEncodings(doc.get());
  FontSet fonts(doc, std::string(PLAINLY_SOURCE_DATA_DIR) + "/fonts");
  std::string text;
  for (int i = 0; i < 8; ++i) text += "The meeting is on Tuesday 3 March 2027 at 10am, call 0121 496 0000. ";
  for (double width : {220.0, 333.0, 450.0}) {
    LineSpec spec;
    spec.max_width = width;
    spec.size = 18;
    auto lines = break_lines({{clean_text(text), Face::Regular, -1}}, spec, fonts);
    REQUIRE(lines.size() > 1);
    std::string joined;
    for (const auto& l : lines) {
      CHECK(l.width <= width + 0.01);
      CHECK(l.chars <= 70);
      std::string t = line_text(l);
      if (t.find("Tuesday") != std::string::npos) CHECK(t.find("Tuesday 3 March 2027") != std::string::npos);
      if (t.find("0121") != std::string::npos) CHECK(t.find("0121 496 0000") != std::string::npos);
      joined += t;
    }
    // Every line ends with the space it broke at, so joining lines gives the text back.
    CHECK(joined + " " == text);
    CHECK(joined.find("Tuesday 3 March 2027") != std::string::npos);
  }
}

TEST_CASE("line breaking: a date wider than the line breaks between its words, not letters") {
  HpdfDoc doc;
  HPDF_UseUTFEncodings(doc.get());
  FontSet fonts(doc, std::string(PLAINLY_SOURCE_DATA_DIR) + "/fonts");
  LineSpec spec;
  spec.max_width = 120;
  spec.size = 18;
  auto lines = break_lines({{u"On Wednesday 30 September 2027 we meet.", Face::Regular, -1}}, spec, fonts);
  std::string joined;
  for (const auto& l : lines) {
    CHECK(l.width <= 120.01);
    joined += line_text(l);
  }
  CHECK(joined == "On Wednesday 30 September 2027 we meet.");
}

TEST_CASE("line breaking: hard breaks, bold runs and words wider than a line") {
  HpdfDoc doc;
  HPDF_UseUTFEncodings(doc.get());
  FontSet fonts(doc, std::string(PLAINLY_SOURCE_DATA_DIR) + "/fonts");
  LineSpec spec;
  spec.max_width = 100;
  spec.size = 14;
  auto lines = break_lines({{u"First", Face::Regular, -1}, {u"\n", Face::Regular, -1}, {u"second ", Face::Regular, -1},
                            {u"bold", Face::Bold, -1}},
                           spec, fonts);
  REQUIRE(lines.size() == 2);
  CHECK(line_text(lines[0]) == "First");
  REQUIRE(lines[1].pieces.size() == 2);
  CHECK(lines[1].pieces[1].face == Face::Bold);

  auto long_word = break_lines({{u"https://example.org/a/very/long/address/that/never/fits", Face::Regular, -1}},
                               spec, fonts);
  CHECK(long_word.size() > 1);
  for (const auto& l : long_word) CHECK(l.width <= 100.01);
}

TEST_CASE("a missing font file is a PlainlyError naming the file") {
  HpdfDoc doc;
  HPDF_UseUTFEncodings(doc.get());
  FontSet fonts(doc, "/nonexistent/fonts");
  try {
    fonts.load_main();
    FAIL("expected an error");
  } catch (const plainly::PlainlyError& e) {
    CHECK(e.code() == plainly::ExitCode::BadInput);
    CHECK(std::string(e.what()).find("/nonexistent/fonts/AtkinsonHyperlegibleNext-Regular.ttf") != std::string::npos);
  }
}

TEST_CASE("line breaking: apostrophes and ampersands count as pdftotext -bbox writes them") {
  CHECK(extracted_length(u'a') == 1);
  CHECK(extracted_length(u'\'') == 6);  // &apos;
  CHECK(extracted_length(u'&') == 5);   // &amp;
  CHECK(extracted_length(u'"') == 6);   // &quot;
  CHECK(extracted_length(u'<') == 4);
  CHECK(extracted_length(u'>') == 4);
  HpdfDoc doc;
  HPDF_UseUTFEncodings(doc.get());
  FontSet fonts(doc, std::string(PLAINLY_SOURCE_DATA_DIR) + "/fonts");
  LineSpec spec;
  spec.max_width = 2000;  // only the character limit counts
  spec.size = 12;
  std::string text;
  for (int i = 0; i < 12; ++i) text += "The council's team & you don't pay. ";
  auto lines = break_lines({{clean_text(text), Face::Regular, -1}}, spec, fonts);
  REQUIRE(lines.size() > 1);
  for (const auto& l : lines) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(line_text(l));
    int counted = 0;
    for (int32_t i = 0; i < u.length(); ++i) counted += extracted_length(u.charAt(i));
    if (u.endsWith(u" ")) --counted;  // the space the line broke at is not shown
    CHECK(counted <= 70);
  }
}

TEST_CASE("line breaking: no two lines in a row end at the same place (that looks justified)") {
  HpdfDoc doc;
  HPDF_UseUTFEncodings(doc.get());
  FontSet fonts(doc, std::string(PLAINLY_SOURCE_DATA_DIR) + "/fonts");
  LineSpec spec;
  spec.max_width = 200;
  spec.size = 14;
  std::string text;
  for (int i = 0; i < 60; ++i) text += "word ";  // greedy filling gives lines of equal width
  auto lines = break_lines({{clean_text(text), Face::Regular, -1}}, spec, fonts);
  REQUIRE(lines.size() > 4);
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    CAPTURE(i);
    CHECK(std::abs(lines[i].width - lines[i - 1].width) >= 1.0);
    CHECK(lines[i].width <= 200.01);
  }
}
