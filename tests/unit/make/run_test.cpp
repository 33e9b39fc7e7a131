#include <doctest/doctest.h>

#include <map>
#include <mutex>

#include "core/error.hpp"
#include "definitions/load.hpp"
#include "make/run.hpp"

using namespace plainly;

namespace {

std::string example(const std::string& name) {
  return std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/" + name + ".yaml";
}

MakeOptions tcd_options() {
  MakeOptions o;
  o.out_dir = "out";
  o.formats = {"txt", "md", "pdf"};
  o.today = Date{2026, 6, 1};
  return o;
}

struct Collected {
  std::mutex mutex;
  std::map<std::string, std::string> files;
};

RunSummary run_with(const Definitions& d, const MakeOptions& o, int jobs, Collected& out,
                    const std::string& fail_path = {}) {
  RunOptions run;
  run.jobs = jobs;
  run.write = [&out, fail_path](const MadeFile& f) {
    if (!fail_path.empty() && f.path.find(fail_path) != std::string::npos)
      throw PlainlyError(ExitCode::BadInput, f.path + ": cannot write: the disk is full.");
    std::lock_guard<std::mutex> lock(out.mutex);
    out.files[f.path] = f.content;
  };
  return run_make(d, o, run);
}

}  // namespace

TEST_CASE("run_make: two threads make the same bytes, in the same order, as one") {
  Definitions d = load_definitions(example("training-co-design"));
  MakeOptions o = tcd_options();
  Collected one, two;
  RunSummary a = run_with(d, o, 1, one);
  RunSummary b = run_with(d, o, 2, two);
  CHECK(a.problems.empty());
  CHECK(a.files == b.files);
  CHECK(a.pages == b.pages);
  CHECK(a.pages > 0);
  REQUIRE(one.files.size() == two.files.size());
  CHECK(one.files.size() == a.files.size());
  for (const auto& entry : one.files) {
    const std::string& path = entry.first;  // not a structured binding: clang 14 cannot capture one in INFO
    INFO(path);
    CHECK(two.files[path] == entry.second);
  }
}

TEST_CASE("run_make: one person's failure names them and the others are still written") {
  Definitions d = load_definitions(example("training-co-design"));
  MakeOptions o = tcd_options();
  Collected good, bad;
  RunSummary all = run_with(d, o, 2, good);
  RunSummary some = run_with(d, o, 2, bad, "/daniel-price/offer.");
  REQUIRE(some.problems.size() == 1);
  CHECK(some.problems[0].find("Daniel Price's offer (easy-read) could not be made") != std::string::npos);
  CHECK(some.problems[0].find("the disk is full") != std::string::npos);
  CHECK(bad.files.count("out/peer-trainer/joan-mitchell/offer.large-print.pdf") == 1);
  CHECK(bad.files.count("out/peer-trainer/daniel-price/consent.easy-read.txt") == 1);
  auto documents = [](const Collected& c) {  // not the pictures copied beside the .md files
    std::size_t n = 0;
    for (const auto& entry : c.files) n += entry.first.find("/pictures/") == std::string::npos;
    return n;
  };
  CHECK(documents(bad) == documents(good) - 3);  // Daniel's offer in txt, md and pdf
}

TEST_CASE("run_make: a template problem throws before anything is written") {
  Definitions d = load_definitions(example("focus-group"));
  MakeOptions o = tcd_options();
  o.template_dirs = {std::string(PLAINLY_TEST_DATA_DIR) + "/../tests/cli/fixtures/make/broken-templates"};
  Collected out;
  CHECK_THROWS_AS(run_with(d, o, 2, out), PlainlyError);
  CHECK(out.files.empty());
}

TEST_CASE("count_pdf_pages counts Page objects, not the Pages tree") {
  CHECK(count_pdf_pages("<< /Type /Pages /Kids [] >> << /Type /Page /Parent 1 0 R >> << /Type /Page >>") == 2);
  CHECK(count_pdf_pages("") == 0);
}
