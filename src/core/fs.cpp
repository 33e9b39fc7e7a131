#include "core/fs.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/error.hpp"

namespace fs = std::filesystem;

namespace plainly {

std::string read_file(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) fail_input(path + ": cannot open: the file does not exist.");
  if (fs::is_directory(st)) fail_input(path + ": cannot open: this is a folder, not a file.");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_input(path + ": cannot open: " + std::strerror(errno) + ".");
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      fail_input(path + ": the file is too large (over " + std::to_string(max_bytes / (1024 * 1024)) +
                 " MB).");
    }
  }
  return data;
}

void write_file_atomic(const std::string& path, const std::string& content) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) fail_input(path + ": cannot create the folder: " + ec.message() + ".");
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail_input(path + ": cannot write: " + std::strerror(errno) + ".");
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      out.close();
      fs::remove(tmp, ec);
      fail_input(path + ": cannot write: the disk may be full.");
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    std::error_code ignore;
    fs::remove(tmp, ignore);
    fail_input(path + ": cannot write: " + ec.message() + ".");
  }
}

bool file_exists(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

}  // namespace plainly
