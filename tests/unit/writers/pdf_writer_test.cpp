// Whole-document tests of the PDF writer over model trees built by hand. Each PDF is
// written to a temporary file and checked by tests/scripts/pdf_check.py (qpdf, pdfinfo,
// pdffonts, pdftotext), for each style.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "model/node.hpp"
#include "writers/writer.hpp"

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
  auto path = std::filesystem::temp_directory_path() / ("plainly_" + name + ".pdf");
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
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
