// Whole-document tests of the PDF writer over model trees built by hand. Each PDF is
// written to a temporary file and checked by tests/scripts/pdf_check.py (qpdf, pdfinfo,
// pdffonts, pdftotext), for each style.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "model/node.hpp"
#include "writers/writer.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

Node text(const std::string& s) { return make_node(NodeKind::Text, s); }

Node para(const std::string& s) {
  Node p = make_node(NodeKind::Paragraph);
  p.append(text(s));
  return p;
}

Node heading(int level, const std::string& s) {
  Node h = make_node(NodeKind::Heading);
  h.level = level;
  h.append(text(s));
  return h;
}

std::string picture() { return std::string(PLAINLY_SOURCE_DATA_DIR) + "/tests/unit/writers/pdf_test_picture.png"; }

// A consent form with every kind of block.
Node sample_document() {
  Node doc = make_node(NodeKind::Document, "Consent form: Patient Voice panel");
  doc.alt = "en-GB";
  doc.append(heading(1, "Consent form: Patient Voice panel"));
  Node p = para("We meet on Tuesday 3 March 2027 at 10am. We pay you \xC2\xA3" "25 for each hour. ");
  Node strong = make_node(NodeKind::Strong);
  strong.append(text("Saying no changes nothing."));
  p.append(strong);
  doc.append(p);
  doc.append(heading(2, "What we ask"));
  Node list = make_node(NodeKind::List);
  for (const char* s : {"Read the papers.", "Come to the meetings."}) {
    Node item = make_node(NodeKind::ListItem);
    item.append(para(s));
    list.append(item);
  }
  doc.append(list);
  Node with_link = para("Read more on ");
  Node link = make_node(NodeKind::Link);
  link.url = "https://example.org/panel";
  link.append(text("our website"));
  with_link.append(link);
  with_link.append(text("."));
  doc.append(with_link);
  Node row = make_node(NodeKind::EasyReadRow);
  Node img = make_node(NodeKind::Image);
  img.url = picture();
  img.alt = "Money";
  row.append(img);
  row.append(para("We pay you \xC2\xA3" "25 for each hour."));
  row.append(para("We pay into your bank."));
  doc.append(row);
  Node choice = make_node(NodeKind::ConsentChoice);
  choice.append(text("Can we record the session?"));
  doc.append(choice);
  doc.append(make_node(NodeKind::SignatureLine, "Your signature"));
  for (int i = 0; i < 30; ++i)
    doc.append(para("Paragraph " + std::to_string(i) + ". We will send you the papers a week before each meeting."));
  return doc;
}

std::string write_temp(const std::string& bytes, const std::string& name) {
  auto path = test::temp_path(name).string() + ".pdf";
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

int run_check(const std::string& file, const std::string& style) {
  std::string cmd = "python3 " + std::string(PLAINLY_SOURCE_DATA_DIR) + "/tests/scripts/pdf_check.py " + file +
                    " --style " + style +
                    " --expect 'Consent form: Patient Voice panel' --expect 'Tuesday 3 March 2027'"
                    " --expect 'Read the papers.' --expect 'our website' --expect 'We pay into your bank.'"
                    " --expect 'Can we record the session?' --expect Yes --expect No --expect 'Your signature'"
                    " --footer 'Page {page} of {pages}'"
                    " --tree Document --tree '  H1' --tree '  P' --tree '  H2' --tree '  L' --tree '    LI'"
                    " --tree '      Lbl' --tree '      LBody' --tree '  P' --tree '    Link' --tree '  Figure'"
                    " --tree '  P'";
  return std::system(cmd.c_str());
}

}  // namespace

TEST_CASE("write_pdf: every style passes the PDF checks") {
  Node doc = sample_document();
  for (const char* style : {"standard", "large-print", "easy-read"}) {
    CAPTURE(style);
    WriterOptions options;
    options.style = style;
    options.data_dir = PLAINLY_SOURCE_DATA_DIR;
    std::string bytes = write_pdf(doc, options);
    REQUIRE(bytes.rfind("%PDF-1.7", 0) == 0);
    CHECK(run_check(write_temp(bytes, style), style) == 0);
  }
}

TEST_CASE("write_pdf: the same model gives the same bytes") {
  WriterOptions options;
  options.data_dir = PLAINLY_SOURCE_DATA_DIR;
  CHECK(write_pdf(sample_document(), options) == write_pdf(sample_document(), options));
}

TEST_CASE("write_pdf: a picture that will not load is a PlainlyError naming the file") {
  WriterOptions options;
  options.style = "easy-read";
  options.data_dir = PLAINLY_SOURCE_DATA_DIR;
  Node doc = make_node(NodeKind::Document, "T");
  Node row = make_node(NodeKind::EasyReadRow);
  Node img = make_node(NodeKind::Image);
  img.url = "/nonexistent/money.png";
  img.alt = "Money";
  row.append(img);
  row.append(para("We pay you."));
  doc.append(row);
  try {
    write_pdf(doc, options);
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    CHECK(std::string(e.what()).find("/nonexistent/money.png") != std::string::npos);
  }
  // A file that is not a picture at all.
  auto bad = std::filesystem::temp_directory_path() / "plainly_not_a_picture.png";
  std::ofstream(bad) << "not a picture";
  doc.children[0].children[0].url = bad.string();
  try {
    write_pdf(doc, options);
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(std::string(e.what()).find(bad.string()) != std::string::npos);
  }
  // A truncated PNG: libharu's error comes back as a PlainlyError, not a crash.
  std::ifstream in(picture(), std::ios::binary);
  std::string png((std::istreambuf_iterator<char>(in)), {});
  std::ofstream(bad, std::ios::binary) << png.substr(0, png.size() / 2);
  CHECK_THROWS_AS(write_pdf(doc, options), PlainlyError);
}

TEST_CASE("write_pdf: font size option, clamped to the style's minimum") {
  WriterOptions options;
  options.data_dir = PLAINLY_SOURCE_DATA_DIR;
  options.style = "large-print";
  options.font_size_pt = 24;
  CHECK_NOTHROW(write_pdf(sample_document(), options));
  options.font_size_pt = 10;  // below 16: large print is still 16 pt
  std::string file = write_temp(write_pdf(sample_document(), options), "clamped");
  CHECK(run_check(file, "large-print") == 0);
}

namespace {

using PageTexts = std::vector<std::string>;

// The text of each page of a PDF, from pdftotext.
PageTexts page_texts(const std::string& pdf) {
  std::string txt = pdf + ".txt";
  std::string cmd = "pdftotext -layout " + pdf + " " + txt;
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::ifstream in(txt, std::ios::binary);
  std::string all((std::istreambuf_iterator<char>(in)), {});
  PageTexts pages;
  size_t at = 0;
  for (size_t ff = all.find('\f'); ff != std::string::npos; at = ff + 1, ff = all.find('\f', at))
    pages.push_back(all.substr(at, ff - at));
  return pages;
}

int page_of(const PageTexts& pages, const std::string& words) {
  for (size_t i = 0; i < pages.size(); ++i)
    if (pages[i].find(words) != std::string::npos) return static_cast<int>(i);
  return -1;
}

// The keep tests' loop: build the document with `from`, `from` + 1, ... filler blocks, so
// the page break moves down through the parts under test one step at a time. `check` runs
// its CHECKs on each document's pages and returns true once the parts have reached the
// next page; the sweep then stops, and fails if that never happened.
void sweep_page_break(const WriterOptions& options, int from, int to, const std::function<Node(int)>& build,
                      const std::function<bool(const PageTexts&)>& check) {
  bool crossed = false;
  for (int fillers = from; fillers < to && !crossed; ++fillers) {
    CAPTURE(fillers);
    crossed = check(page_texts(write_temp(write_pdf(build(fillers), options), "sweep")));
  }
  CHECK(crossed);  // the page break did reach the parts under test
}

// A document: a heading, then `fillers` one-line paragraphs "Line 0.", "Line 1.", ...
Node filler_document(const std::string& title, int fillers) {
  Node doc = make_node(NodeKind::Document, title);
  doc.append(heading(1, title));
  for (int i = 0; i < fillers; ++i) doc.append(para("Line " + std::to_string(i) + "."));
  return doc;
}

WriterOptions options_for(const std::string& style) {
  WriterOptions options;
  options.style = style;
  options.data_dir = PLAINLY_SOURCE_DATA_DIR;
  return options;
}

// An easy-read row: the test picture and one paragraph per sentence.
Node easy_row(const std::vector<std::string>& sentences) {
  Node r = make_node(NodeKind::EasyReadRow);
  Node img = make_node(NodeKind::Image);
  img.url = picture();
  img.alt = "A picture";
  r.append(img);
  for (const auto& s : sentences) r.append(para(s));
  return r;
}

}  // namespace

TEST_CASE("write_pdf: a signature line stays on the page of the line that asks for it") {
  // Push "Please sign below." down one line at a time until it has been the last line of
  // page 1: the signature lines must follow it onto page 2 every time, never sit alone.
  int checked = 0;
  sweep_page_break(options_for("standard"), 10, 45, [](int fillers) {
    Node doc = filler_document("Signing", fillers);
    doc.append(para("Please sign below."));
    doc.append(make_node(NodeKind::SignatureLine, "Your signature"));
    doc.append(make_node(NodeKind::SignatureLine, "Date"));
    return doc;
  }, [&checked](const PageTexts& pages) {
    int ask = page_of(pages, "Please sign below."), sign = page_of(pages, "Your signature"),
        date = page_of(pages, "Date");
    REQUIRE(ask >= 0);
    CHECK(sign == ask);
    CHECK(date == ask);
    if (checked++ == 0) CHECK(ask == 0);  // it starts on page 1
    return ask == 1;
  });
}

TEST_CASE("write_pdf: a picture in a paragraph is drawn, in the line or on its own, as a Figure with /Alt") {
  Node doc = make_node(NodeKind::Document, "Pictures");
  doc.append(heading(1, "Pictures"));
  Node p = para("Call us on the phone ");
  Node icon = make_node(NodeKind::Image);
  icon.url = picture();
  icon.alt = "A phone";
  p.append(icon);
  p.append(text(" any weekday. We will call you back the same day if you leave a message for us."));
  doc.append(p);
  Node alone = make_node(NodeKind::Paragraph);
  Node big = make_node(NodeKind::Image);
  big.url = picture();
  big.alt = "A map of the building";
  alone.append(big);
  doc.append(alone);
  doc.append(para("The room is on the ground floor."));
  for (const char* style : {"standard", "large-print", "easy-read"}) {
    CAPTURE(style);
    WriterOptions options;
    options.style = style;
    options.data_dir = PLAINLY_SOURCE_DATA_DIR;
    std::string bytes = write_pdf(doc, options);
    std::string file = write_temp(bytes, std::string("pictures_") + style);
    std::string cmd = "python3 " + std::string(PLAINLY_SOURCE_DATA_DIR) + "/tests/scripts/pdf_check.py " + file +
                      " --style " + style +
                      " --expect 'Call us on the phone' --expect 'any weekday.' --expect 'ground floor.'"
                      " --tree Document --tree '  H1' --tree '  P' --tree '    Figure' --tree '  Figure'"
                      " --tree '  P'";
    CHECK(std::system(cmd.c_str()) == 0);
    // Both pictures are drawn (two image XObjects are used: one per Do), with their words.
    CHECK(bytes.find("/Alt (A phone)") != std::string::npos);
    CHECK(bytes.find("/Alt (A map of the building)") != std::string::npos);
    // The alternative text is not also printed as text.
    auto pages = page_texts(file);
    REQUIRE(!pages.empty());
    CHECK(pages[0].find("A phone") == std::string::npos);
  }
}

TEST_CASE("write_pdf: a long list never leaves its first or last line alone on a page") {
  // Seven one-line items may break, but not after the first or before the last; five stay
  // whole unless that leaves a big gap (they never do here: five lines are under a fifth
  // of a page).
  const std::vector<std::string> words = {"clear print", "large print", "easy read", "plain text",
                                          "audio", "braille", "sign language video"};
  for (size_t items : {size_t{3}, size_t{5}, size_t{7}}) {
    CAPTURE(items);
    sweep_page_break(options_for("standard"), 14, 40, [&](int fillers) {
      Node doc = filler_document("Lists", fillers);
      Node list = make_node(NodeKind::List);
      for (size_t k = 0; k < items; ++k) {
        Node item = make_node(NodeKind::ListItem);
        item.append(para(words[k]));
        list.append(item);
      }
      doc.append(list);
      for (int i = 0; i < 30; ++i) doc.append(para("After " + std::to_string(i) + "."));
      return doc;
    }, [&](const PageTexts& pages) {
      int first = page_of(pages, words[0]), second = page_of(pages, words[1]),
          before_last = page_of(pages, words[items - 2]), last = page_of(pages, words[items - 1]);
      CHECK(first == second);
      CHECK(before_last == last);
      if (items <= 5) CHECK(first == last);
      return page_of(pages, "Line 0.") < last;
    });
  }
}

TEST_CASE("write_pdf: contact details (one-line 'Label: value' paragraphs in a row) stay on one page with their introduction") {
  sweep_page_break(options_for("standard"), 14, 40, [](int fillers) {
    Node doc = filler_document("Contact", fillers);
    doc.append(para("If you have a question, contact Priya Shah."));
    doc.append(para("Phone: 0113 496 0123"));
    doc.append(para("Email: priya.shah@example.org"));
    doc.append(para("When to contact: Monday to Friday, 9am to 5pm"));
    return doc;
  }, [](const PageTexts& pages) {
    int intro = page_of(pages, "If you have a question"), phone = page_of(pages, "Phone:"),
        email = page_of(pages, "Email:"), when = page_of(pages, "When to contact:");
    CHECK(intro == phone);
    CHECK(phone == email);
    CHECK(email == when);
    return phone > 0;
  });
}

TEST_CASE("write_pdf: easy-read contact rows ('Phone: ...', 'Email: ...') stay on one page") {
  sweep_page_break(options_for("easy-read"), 4, 20, [](int fillers) {
    Node doc = make_node(NodeKind::Document, "Contact");
    doc.append(heading(1, "Contact"));
    for (int i = 0; i < fillers; ++i) doc.append(easy_row({"Row " + std::to_string(i) + "."}));
    doc.append(easy_row({"Phone: 0113 496 0123"}));
    doc.append(easy_row({"Email: priya.shah@example.org"}));
    return doc;
  }, [](const PageTexts& pages) {
    int phone = page_of(pages, "Phone:"), email = page_of(pages, "Email:");
    CHECK(phone == email);
    return phone > 0;
  });
}

TEST_CASE("write_pdf: a section's last one-line paragraph never starts a page alone") {
  // The filler grows one line at a time (less than a paragraph and its gap), so one of the
  // documents puts the page break right before the last paragraph.
  sweep_page_break(options_for("large-print"), 10, 40, [](int lines) {
    Node doc = make_node(NodeKind::Document, "Sections");
    doc.append(heading(1, "Sections"));
    Node filler = make_node(NodeKind::Paragraph);
    for (int i = 0; i < lines; ++i) {
      filler.append(text("Line " + std::to_string(i) + "."));
      filler.append(make_node(NodeKind::LineBreak));
    }
    doc.append(filler);
    doc.append(para("The line before the last."));
    doc.append(para("If you have a question, ask before you sign."));
    doc.append(heading(2, "Next section"));
    doc.append(para("More words here."));
    return doc;
  }, [](const PageTexts& pages) {
    int before = page_of(pages, "The line before the last."), last = page_of(pages, "If you have a question");
    CHECK(before == last);
    return last > 0;
  });
}

TEST_CASE("write_pdf: a long easy-read row splits between sentences rather than leave a big gap") {
  // Eight one-line sentences beside one picture, then more rows. As the page break moves
  // down through the row, the picture's first lines stay together, so do the last two, and
  // at some point the row does split (moving it whole would leave over a fifth of a page).
  std::vector<std::string> sentences;
  for (int k = 0; k < 8; ++k) sentences.push_back("Sentence " + std::to_string(k) + " here.");
  sweep_page_break(options_for("easy-read"), 2, 20, [&](int fillers) {
    Node doc = make_node(NodeKind::Document, "Rows");
    doc.append(heading(1, "Rows"));
    for (int i = 0; i < fillers; ++i) doc.append(easy_row({"Row " + std::to_string(i) + "."}));
    doc.append(easy_row(sentences));
    for (int i = 0; i < 12; ++i) doc.append(easy_row({"After " + std::to_string(i) + "."}));
    return doc;
  }, [&](const PageTexts& pages) {
    std::vector<int> at;
    for (const auto& s : sentences) at.push_back(page_of(pages, s));
    CHECK(at[0] == at[1]);
    CHECK(at[1] == at[2]);  // 3 lines at 16 pt are the picture's height
    CHECK(at[6] == at[7]);
    return at[0] < at[7];
  });
}

TEST_CASE("write_pdf: easy-read sentences and consent questions never split across pages") {
  const std::string long_sentence =
      "This sentence is long on purpose, so that it takes three or four lines in the text column "
      "beside the pictures, and it must never start on one page and end on the next one.";
  sweep_page_break(options_for("easy-read"), 2, 20, [&](int fillers) {
    Node doc = make_node(NodeKind::Document, "Rows");
    doc.append(heading(1, "Rows"));
    for (int i = 0; i < fillers; ++i) doc.append(easy_row({"Row " + std::to_string(i) + "."}));
    Node row = easy_row({"First sentence.", "Second sentence.", "Third sentence.", long_sentence});
    Node choice = make_node(NodeKind::ConsentChoice);
    choice.append(text("Do you agree that we keep your notes until the end of the project?"));
    row.append(choice);
    doc.append(row);
    for (int i = 0; i < 12; ++i) doc.append(easy_row({"After " + std::to_string(i) + "."}));
    return doc;
  }, [&](const PageTexts& pages) {
    int starts = page_of(pages, "This sentence is long"), ends = page_of(pages, "the next one.");
    int question = page_of(pages, "Do you agree"), yes = page_of(pages, "Yes"), no = page_of(pages, "No");
    CHECK(starts == ends);
    CHECK(question == yes);
    CHECK(yes == no);
    return page_of(pages, "First sentence.") < no;
  });
}
