#pragma once
// Helpers for the hostile-input tests: timing, repeated text, temporary files.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "../temp_paths.hpp"

namespace plainly::hostile {

/// Every pathological input must finish (or fail cleanly) within this many seconds, even in
/// the sanitizer build on a busy machine. docs/reliability.md records the real figures.
constexpr double kBoundSeconds = 30.0;

/// Seconds since `start`.
inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// `s` repeated `n` times.
inline std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

/// A file in the temporary folder holding `text`; removed when the object goes.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& text)
      : path_(test::temp_path("hostile-" + name).string()) {
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace plainly::hostile
