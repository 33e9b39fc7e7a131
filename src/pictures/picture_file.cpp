// Is a picture file there, readable, and really a PNG or JPEG?
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "pictures/pictures.hpp"

namespace plainly {

std::string picture_file_problem(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path.empty()) return "no file was given for this picture.";
  if (!fs::exists(path, ec)) return "we cannot find this file.";
  if (fs::is_directory(path, ec)) return "this is a folder, not a picture file.";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "we cannot open this file. Check that you are allowed to read it.";
  unsigned char head[8] = {};
  in.read(reinterpret_cast<char*>(head), sizeof head);
  const auto got = in.gcount();
  static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (got == 8 && std::equal(head, head + 8, kPng)) return "";
  if (got >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "";
  if (got == 0) return "this file is empty. Use a PNG or JPEG picture.";
  return "this file is not a PNG or JPEG picture. Save it as PNG or JPEG and try again.";
}

}  // namespace plainly
