// The Pandoc writers: arguments, errors (missing: exit 3; failing: exit 2), and real runs
// on hand-written Markdown (write_markdown's output has the same conventions).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "core/process.hpp"
#include "markdown/parser.hpp"
#include "pictures/pictures.hpp"
#include "writers/pandoc/pandoc.hpp"

using namespace plainly;
namespace fs = std::filesystem;

namespace {

/// Sets an environment variable for one test and puts the old value back.
struct EnvGuard {
  std::string name;
  bool had = false;
  std::string old;
  EnvGuard(const char* n, const char* value) : name(n) {
    if (const char* v = std::getenv(n)) { had = true; old = v; }
    if (value) setenv(n, value, 1); else unsetenv(n);
  }
  ~EnvGuard() {
    if (had) setenv(name.c_str(), old.c_str(), 1); else unsetenv(name.c_str());
  }
};

/// Records the request and answers as told (like ninja's FakeCommandRunner).
struct FakeRunner : ProcessRunner {
  ProcessRequest last;
  ProcessResult answer;
  ProcessResult run(const ProcessRequest& r) override {
    last = r;
    return answer;
  }
};

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool has_prefix(const std::vector<std::string>& v, const std::string& prefix) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& a) { return a.rfind(prefix, 0) == 0; });
}

int count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

const char* kMarkdown =
    "# Your offer of work\n\nHello *Sam*.\n\n## Money\n\nWe pay you \\£25 an hour.\n\n"
    "- [ ] Can we record the session?\n\nYour signature: _____\n";

PandocJob job_for(const std::string& to, const std::string& style = "standard") {
  PandocJob job;
  job.to = to;
  job.markdown = kMarkdown;
  job.style = style;
  job.title = "Your offer of work";
  return job;
}

bool pandoc_installed() { return !find_program("pandoc").empty(); }

}  // namespace

TEST_CASE("pandoc: arguments set the language, title, filter and per-style files") {
  for (std::string style : {"standard", "large-print", "easy-read"}) {
    auto docx = pandoc_arguments(job_for("docx", style), "/tmp/out.docx");
    CHECK(has(docx, "--to=docx"));
    CHECK(has(docx, "--metadata=lang:en-GB"));
    CHECK(has(docx, "--metadata=title:Your offer of work"));
    CHECK(has(docx, "--output=/tmp/out.docx"));
    CHECK(has_prefix(docx, "--reference-doc="));
    CHECK(std::any_of(docx.begin(), docx.end(), [&](const std::string& a) {
      return a.find(style + "/reference.docx") != std::string::npos;
    }));
    CHECK(has_prefix(docx, "--lua-filter="));
    auto html = pandoc_arguments(job_for("html", style), "/tmp/out.html");
    CHECK(has(html, "--metadata=pagetitle:Your offer of work"));
    CHECK(has_prefix(html, "--template="));
    CHECK(has(html, "--self-contained"));
    CHECK_FALSE(has_prefix(html, "--reference-doc="));
  }
}

TEST_CASE("pandoc: an unknown style is bad input") {
  auto job = job_for("docx", "tiny-print");
  CHECK_THROWS_AS(pandoc_arguments(job, "/tmp/x.docx"), PlainlyError);
}

TEST_CASE("pandoc: a failing Pandoc is exit 2 with what it said") {
  FakeRunner fake;
  fake.answer.started = true;
  fake.answer.exit_code = 99;
  fake.answer.stderr_data = "Could not find image `missing.png'\n";
  ScopedProcessRunner use(fake);
  EnvGuard env("PLAINLY_PANDOC", "/bin/sh");  // any program that exists; the fake answers
  try {
    run_pandoc(job_for("docx"));
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    std::string msg = e.what();
    CHECK(msg.find("missing.png") != std::string::npos);
    CHECK(msg.find("exit code 99") != std::string::npos);
    CHECK(msg.find("picture") != std::string::npos);
  }
  CHECK(fake.last.argv.at(0) == "/bin/sh");
  CHECK(fake.last.stdin_data == kMarkdown);
  CHECK(fake.last.timeout_ms > 0);
}

TEST_CASE("pandoc: a missing Pandoc is exit 3, naming it and how to install it") {
  EnvGuard env("PLAINLY_PANDOC", "/nonexistent/pandoc");
  try {
    run_pandoc(job_for("html"));
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::MissingTool);
    std::string msg = e.what();
    CHECK(msg.find("Pandoc") != std::string::npos);
    CHECK(msg.find("sudo apt-get install pandoc") != std::string::npos);
  }
  CHECK_THROWS_AS(pandoc_to_plain_text("tests/unit/main.cpp.docx"), PlainlyError);
}

TEST_CASE("pandoc: a Pandoc that cannot start is exit 3") {
  FakeRunner fake;
  fake.answer.started = false;
  fake.answer.start_errno = ENOENT;
  ScopedProcessRunner use(fake);
  EnvGuard env("PLAINLY_PANDOC", "/bin/sh");
  try {
    run_pandoc(job_for("odt"));
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::MissingTool);
  }
}

TEST_CASE("pandoc: HTML has one h1, a main landmark, lang and our stylesheet") {
  if (!pandoc_installed()) return;
  EnvGuard env("PLAINLY_PANDOC", nullptr);
  std::string html = run_pandoc(job_for("html"));
  CHECK(count(html, "<h1") == 1);
  CHECK(count(html, "<main>") == 1);
  CHECK(html.find("lang=\"en-GB\"") != std::string::npos);
  CHECK(html.find("<title>Your offer of work</title>") != std::string::npos);
  CHECK(html.find("Atkinson Hyperlegible Next") != std::string::npos);
  CHECK(html.find("max-width: 46ch") != std::string::npos);
  CHECK(html.find("hyphens: auto") == std::string::npos);
  CHECK(html.find("type=\"checkbox\"") == std::string::npos);  // consent: question then Yes / No
  CHECK(html.find("Yes") != std::string::npos);
}

TEST_CASE("pandoc: large print turns emphasis into bold") {
  if (!pandoc_installed()) return;
  EnvGuard env("PLAINLY_PANDOC", nullptr);
  std::string html = run_pandoc(job_for("html", "large-print"));
  CHECK(html.find("<em>") == std::string::npos);
  CHECK(html.find("<strong>Sam</strong>") != std::string::npos);
  CHECK(html.find("font-size: 18pt") != std::string::npos);
}

TEST_CASE("pandoc: DOCX, ODT and EPUB are zip files, and DOCX reads back as plain text") {
  if (!pandoc_installed()) return;
  EnvGuard env("PLAINLY_PANDOC", nullptr);
  for (std::string to : {"docx", "odt", "epub"}) {
    std::string bytes = run_pandoc(job_for(to));
    REQUIRE(bytes.size() > 1000);
    CHECK(bytes.substr(0, 2) == "PK");
  }
  fs::path dir = fs::temp_directory_path() / "plainly-pandoc-unit";
  fs::create_directories(dir);
  fs::path docx = dir / "offer.docx";
  std::ofstream(docx, std::ios::binary) << run_pandoc(job_for("docx"));
  std::string text = pandoc_to_plain_text(docx.string());
  CHECK(text.find("We pay you") != std::string::npos);
  CHECK(text.find("Your offer of work") != std::string::npos);
  fs::remove_all(dir);
  CHECK(pandoc_reads_extension(".DOCX"));
  CHECK_FALSE(pandoc_reads_extension(".pdf"));
}

// Not a check by itself: when PLAINLY_PANDOC_FIXTURES_OUT is set, writes HTML, DOCX, ODT
// and EPUB for the hand-written Markdown in tests/scripts/pandoc_fixtures/ the way `make`
// does (Markdown reader -> pictures -> model -> registry writer -> write_markdown ->
// Pandoc), for the script tests (pandoc_html_test.sh, pandoc_docx_test.sh) to inspect.
TEST_CASE("pandoc: write fixture documents for the script tests") {
  const char* out = std::getenv("PLAINLY_PANDOC_FIXTURES_OUT");
  if (!out || !*out) return;
  fs::create_directories(out);
  PictureLibrary pictures = load_picture_library("en-GB", {});
  for (std::string style : {"standard", "large-print", "easy-read"}) {
    std::string source = "tests/scripts/pandoc_fixtures/" + style + ".md";
    std::ifstream in(source, std::ios::binary);
    REQUIRE(in.good());
    std::string md((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Node doc = parse_markdown(md, source, "en-GB");
    resolve_pictures(doc, pictures, source);
    WriterOptions options;
    options.style = style;
    options.language = "en-GB";
    options.title = doc.text;
    for (std::string to : {"html", "docx", "odt", "epub"}) {
      const WriterFn* writer = find_writer(to);
      REQUIRE(writer != nullptr);
      std::ofstream(fs::path(out) / ("fixture-" + style + "." + to), std::ios::binary) << (*writer)(doc, options);
    }
  }
}
