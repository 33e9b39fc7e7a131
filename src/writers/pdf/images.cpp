#include "writers/pdf/images.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/error.hpp"

namespace plainly::pdf {

namespace fs = std::filesystem;

namespace {

enum class Kind { Png, Jpeg, Other };

// What the file's first bytes say it is (its name can lie).
Kind sniff(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char b[8] = {0};
  in.read(reinterpret_cast<char*>(b), sizeof b);
  if (b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return Kind::Png;
  if (b[0] == 0xFF && b[1] == 0xD8) return Kind::Jpeg;
  return Kind::Other;
}

std::uint32_t crc32(const unsigned char* data, size_t n) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < n; ++i) {
    c ^= data[i];
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return c ^ 0xFFFFFFFFu;
}

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// libharu hands PNGs to libpng without an error handler, and libpng aborts the process on
// a damaged file. So we check the file's structure first: every chunk complete with a
// correct checksum, IHDR first, IEND last. Returns "" when it is sound, else the problem.
std::string png_problem(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size(), at = 8;
  bool first = true;
  while (at + 12 <= n) {
    std::uint32_t len = be32(b + at);
    if (len > n - at - 12) return "it is cut short";
    std::string type(bytes, at + 4, 4);
    if (first && type != "IHDR") return "it does not start with a header";
    if (crc32(b + at + 4, len + 4) != be32(b + at + 8 + len)) return "it is damaged (a checksum is wrong)";
    if (type == "IHDR" && (len < 13 || b[at + 16] != 8 || b[at + 20] != 0))
      return "it uses a kind of PNG we cannot read (use 8 bits a channel, not interlaced)";
    if (type == "IEND") return "";
    at += 12 + len;
    first = false;
  }
  return "it is cut short";
}

}  // namespace

ImageCache::ImageCache(HpdfDoc& doc, std::vector<std::string> dirs) : doc_(doc), dirs_(std::move(dirs)) {}

std::string ImageCache::find(const std::string& url) const {
  std::error_code ec;
  if (url.rfind("picture:", 0) == 0) return "";
  fs::path p(url);
  if (p.is_absolute() || fs::is_regular_file(p, ec)) return url;
  for (const auto& dir : dirs_) {
    if (dir.empty()) continue;
    fs::path candidate = fs::path(dir) / p;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
  }
  return url;
}

HPDF_Image ImageCache::load(const std::string& url) {
  auto it = loaded_.find(url);
  if (it != loaded_.end()) return it->second;
  if (url.rfind("picture:", 0) == 0)
    throw PlainlyError(ExitCode::BadInput, "The picture \"" + url.substr(8) +
                                               "\" was not matched to a picture file. Check the picture name.");
  std::string path = find(url);
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw PlainlyError(ExitCode::BadInput, "We could not find the picture " + url + ".");
  HPDF_Image img = nullptr;
  switch (sniff(path)) {
    case Kind::Png: {
      std::string problem = png_problem(path);
      if (!problem.empty())
        throw PlainlyError(ExitCode::BadInput, "We could not read the picture " + path + ": " + problem + ".");
      img = HPDF_LoadPngImageFromFile(doc_.get(), path.c_str());
      break;
    }
    case Kind::Jpeg: img = HPDF_LoadJpegImageFromFile(doc_.get(), path.c_str()); break;
    case Kind::Other:
      throw PlainlyError(ExitCode::BadInput,
                         "The picture " + path + " is not a PNG or JPEG file. Use a PNG or JPEG picture.");
  }
  doc_.check("read the picture " + path + ". Use a PNG or JPEG picture");
  if (!img) throw PlainlyError(ExitCode::BadInput, "We could not read the picture " + path + ".");
  loaded_[url] = img;
  return img;
}

}  // namespace plainly::pdf
