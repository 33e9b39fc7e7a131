// Runs tests/markdown-spec/*.md: the Markdown subset we read, as examples in the style of
// cmark's spec.txt. Each example is Markdown, a line holding only ".", and the expected
// model dump (or the first line of the expected error). Every example that parses must
// also survive Markdown -> model -> Markdown -> model unchanged.
// PLAINLY_ACCEPT=1 rewrites the expected outputs (then review the diff before committing).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "markdown/parser.hpp"
#include "writers/writer.hpp"

using namespace plainly;

namespace {

const std::string kFence(32, '`');

struct Example {
  size_t begin_line = 0;  // line index of the opening fence
  size_t dot_line = 0;
  size_t end_line = 0;    // line index of the closing fence
  std::string markdown;
  std::string expected;
};

std::vector<std::string> read_lines(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// "→" stands for a tab, as in cmark's spec.
std::string untab(std::string s) {
  const std::string arrow = "\xE2\x86\x92";
  for (size_t at = s.find(arrow); at != std::string::npos; at = s.find(arrow, at)) {
    s.replace(at, arrow.size(), "\t");
  }
  return s;
}

std::vector<Example> find_examples(const std::vector<std::string>& lines) {
  std::vector<Example> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != kFence + " example") continue;
    Example ex;
    ex.begin_line = i;
    size_t j = i + 1;
    for (; j < lines.size() && lines[j] != "."; ++j) ex.markdown += untab(lines[j]) + "\n";
    ex.dot_line = j;
    for (++j; j < lines.size() && lines[j] != kFence; ++j) ex.expected += lines[j] + "\n";
    ex.end_line = j;
    out.push_back(ex);
    i = j;
  }
  return out;
}

std::string actual_output(const std::string& markdown) {
  try {
    return dump(parse_markdown(markdown, "example.md"));
  } catch (const PlainlyError& e) {
    std::string msg = e.what();
    return msg.substr(0, msg.find('\n') + 1);
  }
}

void check_round_trip(const std::string& markdown) {
  Node first;
  try {
    first = parse_markdown(markdown, "example.md");
  } catch (const PlainlyError&) {
    return;  // error examples have nothing to round-trip
  }
  std::string written = write_markdown(first, WriterOptions{});
  CAPTURE(written);
  CHECK(dump(parse_markdown(written, "written.md")) == dump(first));
}

}  // namespace

TEST_CASE("markdown spec examples") {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(PLAINLY_TEST_DATA_DIR) / "markdown-spec";
  bool accept = std::getenv("PLAINLY_ACCEPT") != nullptr;
  int count = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    std::vector<std::string> lines = read_lines(entry.path());
    std::vector<Example> examples = find_examples(lines);
    std::vector<std::string> rewritten;
    size_t copied = 0;
    for (const Example& ex : examples) {
      ++count;
      std::string actual = actual_output(ex.markdown);
      CAPTURE(entry.path().filename().string());
      CAPTURE(ex.begin_line + 1);
      CAPTURE(ex.markdown);
      if (!accept) CHECK(actual == ex.expected);
      check_round_trip(ex.markdown);
      for (; copied <= ex.dot_line; ++copied) rewritten.push_back(lines[copied]);
      std::istringstream actual_lines(actual);
      for (std::string l; std::getline(actual_lines, l);) rewritten.push_back(l);
      copied = ex.end_line;
    }
    for (; copied < lines.size(); ++copied) rewritten.push_back(lines[copied]);
    if (accept) {
      std::ofstream out(entry.path());
      for (const auto& l : rewritten) out << l << "\n";
    }
  }
  CHECK(count > 30);
}
