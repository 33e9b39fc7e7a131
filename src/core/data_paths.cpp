#include "core/data_paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace plainly {

static std::string exe_dir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.parent_path().string();
}

std::string data_dir() {
  if (const char* env = std::getenv("PLAINLY_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  std::string exe = exe_dir();
  if (!exe.empty()) {
    fs::path installed = fs::path(exe) / ".." / "share" / "plainly";
    if (fs::is_directory(installed / "templates", ec)) return fs::weakly_canonical(installed).string();
  }
  return PLAINLY_SOURCE_DATA_DIR;
}

std::string find_data_file(const std::string& relative, const std::vector<std::string>& user_dirs) {
  std::error_code ec;
  fs::path rel(relative);
  // "templates/offer/x.mustache" inside a user's --templates DIR is "DIR/offer/x.mustache".
  fs::path tail;
  for (auto it = std::next(rel.begin()); it != rel.end(); ++it) tail /= *it;
  for (const auto& dir : user_dirs) {
    if (dir.empty()) continue;
    if (!tail.empty() && fs::is_regular_file(fs::path(dir) / tail, ec)) return (fs::path(dir) / tail).string();
    if (fs::is_regular_file(fs::path(dir) / rel, ec)) return (fs::path(dir) / rel).string();
  }
  fs::path builtin = fs::path(data_dir()) / rel;
  if (fs::is_regular_file(builtin, ec)) return builtin.string();
  return "";
}

}  // namespace plainly
