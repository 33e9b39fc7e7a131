// Hostile input must finish quickly, with a clear error or a flattened tree, never a crash.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "core/error.hpp"
#include "markdown/parser.hpp"
#include "writers/writer.hpp"

using namespace plainly;

namespace {

// A guard against a hang or a quadratic blow-up, not a speed target (speed is measured in
// bench/, and a loaded machine or the sanitizer build can be many times slower than usual).
// A quadratic pass over these inputs would take hours, so a generous bound cannot hide one.
// The sanitizer build (scripts/asan-tests.sh sets PLAINLY_SANITIZED) runs several times slower.
const double kHangGuard = std::getenv("PLAINLY_SANITIZED") ? 120.0 : 30.0;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Parse `md`; returns the error message, or "" when it parses. Checks it did not hang.
std::string parse_timed(const std::string& md, Node* out = nullptr) {
  auto start = std::chrono::steady_clock::now();
  std::string error;
  try {
    Node doc = parse_markdown(md, "big.md");
    if (out) *out = std::move(doc);
  } catch (const PlainlyError& e) {
    error = e.what();
  }
  CHECK(seconds_since(start) < kHangGuard);
  return error;
}

int depth_of(const Node& n) {  // the test's own trees are shallow: recursion is fine here
  int deepest = 0;
  for (const Node& c : n.children) deepest = std::max(deepest, depth_of(c));
  return deepest + 1;
}

}  // namespace

TEST_CASE("adversarial: a 50,000-level nested list is a clear error") {
  std::string error = parse_timed(repeat("- ", 50000) + "x\n");
  CHECK(error.find("big.md:1:") == 0);
  CHECK(error.find("nested more than 8 deep") != std::string::npos);
  // Indented on separate lines too.
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += std::string(static_cast<size_t>(i) * 2, ' ') + "- x\n";
  CHECK(parse_timed(lines).find("nested more than 8 deep") != std::string::npos);
}

TEST_CASE("adversarial: lists nested 8 deep are fine") {
  Node doc;
  CHECK(parse_timed(repeat("- ", 8) + "x\n", &doc) == "");
  CHECK(depth_of(doc) == 1 + 8 * 2 + 2);
  CHECK(parse_timed(repeat("- ", 9) + "x\n") != "");
}

TEST_CASE("adversarial: a 50,000-level blockquote is a clear error") {
  std::string error = parse_timed(repeat(">", 50000) + " x\n");
  CHECK(error.find("big.md:1:1: error: Quotes") == 0);
}

TEST_CASE("adversarial: deeply nested emphasis is flattened, text kept") {
  Node doc;
  std::string md = repeat("*", 50000) + "x" + repeat("*", 50000) + "\n";
  CHECK(parse_timed(md, &doc) == "");
  CHECK(depth_of(doc) <= 2 + kMaxInlineNesting + 1);
  CHECK(plain_text(doc).find('x') != std::string::npos);
  std::string alternating;
  for (int i = 0; i < 5000; ++i) alternating += i % 2 ? "_a " : "*a ";
  alternating += "x";
  for (int i = 0; i < 5000; ++i) alternating += i % 2 ? " a_" : " a*";
  CHECK(parse_timed(alternating + "\n", &doc) == "");
  CHECK(depth_of(doc) <= 2 + kMaxInlineNesting + 1);
  auto start = std::chrono::steady_clock::now();
  CHECK(!write_text(doc, WriterOptions{}).empty());
  CHECK(!write_markdown(doc, WriterOptions{}).empty());
  CHECK(seconds_since(start) < kHangGuard);
}

TEST_CASE("adversarial: unclosed brackets and links") {
  CHECK(parse_timed(repeat("[", 50000) + "x" + repeat("](u)", 100) + "\n") == "");
  CHECK(parse_timed(repeat("[a](", 20000) + "\n") == "");
  CHECK(parse_timed(repeat("![a](", 20000) + "\n") == "");
}

TEST_CASE("adversarial: a 10 MB paragraph") {
  Node doc;
  std::string words = repeat("word ", 2 * 1024 * 1024);  // 10 MiB
  CHECK(parse_timed(words + "\n", &doc) == "");
  REQUIRE(doc.children.size() == 1);
  // Many inline nodes on one long line: positions must not cost O(n^2).
  std::string marked = repeat("*a* é ", 256 * 1024);  // ~1.8 MiB, 256k emphasis nodes
  CHECK(parse_timed(marked + "\n", &doc) == "");
  const Node& para = doc.children.at(0);
  CHECK(para.children.back().pos.column > 1000000);
  auto start = std::chrono::steady_clock::now();
  std::string txt = write_text(doc, WriterOptions{});
  std::string md = write_markdown(doc, WriterOptions{});
  CHECK(seconds_since(start) < kHangGuard);
  CHECK(txt.size() > 1000000);
  CHECK(md.size() > 1000000);
}

TEST_CASE("adversarial: an autolink inside a link's text keeps its words and does not nest links") {
  plainly::Node doc = plainly::parse_markdown("# T\n\n[<s@e.org> and more](https://example.org)\n", "link.md");
  const plainly::Node& para = doc.children.at(1);
  REQUIRE(para.children.size() == 1);
  const plainly::Node& link = para.children[0];
  CHECK(link.kind == plainly::NodeKind::Link);
  for (const auto& c : link.children) CHECK(c.kind != plainly::NodeKind::Link);
  CHECK(plainly::plain_text(link) == "s@e.org and more");
}

TEST_CASE("adversarial: a heading inside a consent choice is a clear error, not a crash") {
  try {
    parse_markdown("# T\n\n- [ ] Can we record you?\n  ## A heading\n", "consent.md");
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].message == "A heading cannot go inside a consent_choice here.");
    CHECK(e.diagnostics()[0].pos.line == 4);
  }
}
