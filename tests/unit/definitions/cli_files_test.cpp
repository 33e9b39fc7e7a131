// Runs the plainly binary on files made at run time (too big or too odd to commit).
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/fs.hpp"

namespace fs = std::filesystem;

namespace {

// Exit code of `plainly ARGS`, with its stderr kept in `err`.
int run_plainly(const std::string& args, std::string* err = nullptr) {
  fs::path err_file = fs::temp_directory_path() / ("plainly-defs-cli-err-" + std::to_string(::getpid()) + ".txt");
  std::string cmd = std::string(PLAINLY_BINARY) + " " + args + " >/dev/null 2>" + err_file.string();
  int status = std::system(cmd.c_str());
  if (err) *err = plainly::read_file(err_file.string());
  fs::remove(err_file);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("plainly-defs-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("init writes the starter once, then refuses to overwrite it") {
  fs::path dir = fresh_dir("init");
  CHECK(run_plainly("init " + dir.string()) == 0);
  fs::path written = dir / "plainly.yaml";
  REQUIRE(fs::exists(written));
  std::string starter = plainly::read_file(std::string(PLAINLY_TEST_DATA_DIR) + "/../templates/init/starter.yaml");
  CHECK(plainly::read_file(written.string()) == starter);
  std::string err;
  CHECK(run_plainly("init " + dir.string(), &err) == 2);
  CHECK(err.find("already exists") != std::string::npos);
  CHECK(plainly::read_file(written.string()) == starter);
  CHECK(run_plainly("validate " + written.string() + " --today 2026-11-25", &err) == 2);
  CHECK(err.find("66 problems to fix") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("validate: a 10 MB file and a deeply nested file exit 2 with a position") {
  fs::path dir = fresh_dir("big");
  fs::path big = dir / "big.yaml";
  {
    std::ofstream out(big);
    out << "version: 1\nroles:\n  - tasks:\n";
    for (int i = 0; i < 420000; ++i) out << "      - a task that is fine\n";
  }
  REQUIRE(fs::file_size(big) > 10u * 1024 * 1024);
  std::string err;
  CHECK(run_plainly("validate " + big.string(), &err) == 2);
  CHECK(err.rfind(big.string() + ":1:1: error: this file is 11.2 MB, too large", 0) == 0);
  fs::path deep = dir / "deep.yaml";
  {
    std::ofstream out(deep);
    out << "roles: " << std::string(200000, '[') << "\n";
  }
  CHECK(run_plainly("validate " + deep.string(), &err) == 2);
  CHECK(err.find(":1:48: error: the lists and groups here are nested too deeply") != std::string::npos);
  fs::remove_all(dir);
}
