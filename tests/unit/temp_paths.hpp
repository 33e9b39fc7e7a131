#pragma once
// Temporary files and folders for unit tests. Names carry the process id, so two test runs
// at once (two build folders sharing /tmp) cannot clash.

#include <filesystem>
#include <string>

#include <unistd.h>

namespace plainly::test {

/// /tmp/plainly-NAME-PID (not created).
inline std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("plainly-" + name + "-" + std::to_string(::getpid()));
}

/// A fresh, empty folder at temp_path(name).
inline std::filesystem::path fresh_temp_dir(const std::string& name) {
  std::filesystem::path dir = temp_path(name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace plainly::test
