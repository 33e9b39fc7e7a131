#include "writers/pdf/images.hpp"

#include <filesystem>

#include "core/error.hpp"
#include "writers/pdf/image_store.hpp"

namespace plainly::pdf {

namespace fs = std::filesystem;


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
  HPDF_Image img = add_image(doc_, *prepared_image(path));
  loaded_[url] = img;
  return img;
}

}  // namespace plainly::pdf
