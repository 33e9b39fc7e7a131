// Every input the fuzzers found a problem with (tests/unit/hostile/inputs/<target>/), run
// exactly as its libFuzzer target runs it (fuzz/fuzz_inputs.hpp). A crash or a sanitizer
// report fails the test binary; any exception other than PlainlyError fails this test.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "../../../fuzz/fuzz_inputs.hpp"
#include "core/fs.hpp"
#include "hostile_util.hpp"

using namespace plainly;

namespace {

std::vector<std::string> inputs_of(const std::string& target) {
  std::filesystem::path dir = std::filesystem::path(PLAINLY_TEST_DATA_DIR) / "unit/hostile/inputs" / target;
  std::vector<std::string> out;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

template <class F>
void run_all(const std::string& target, F&& run) {
  for (const std::string& path : inputs_of(target)) {
    INFO(path);
    auto start = std::chrono::steady_clock::now();
    CHECK_NOTHROW(run(read_file(path)));
    CHECK(hostile::seconds_since(start) < 10.0);  // the fuzzers allow 1 s; slack for sanitizers
  }
}

}  // namespace

TEST_CASE("fuzz regressions: definitions") { run_all("definitions", fuzz::definitions_input); }
TEST_CASE("fuzz regressions: markdown") { run_all("markdown", fuzz::markdown_input); }
TEST_CASE("fuzz regressions: rules") { run_all("rules", fuzz::rules_input); }
TEST_CASE("fuzz regressions: checker") { run_all("checker", fuzz::checker_input); }
