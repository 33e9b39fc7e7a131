#pragma once
// Pictures for easy read rows: found, added once per document (read and decoded once per
// run, see image_store.hpp), errors naming the file.

#include <hpdf.h>

#include <map>
#include <string>
#include <vector>

#include "writers/pdf/hpdf_doc.hpp"

namespace plainly::pdf {

class ImageCache {
 public:
  /// `dirs`: folders to look in for relative paths (the user's picture folders first, then
  /// plainly's templates/pictures).
  ImageCache(HpdfDoc& doc, std::vector<std::string> dirs);

  /// The loaded PNG or JPEG for an Image node's url. Throws PlainlyError (exit 2) naming
  /// the file if it cannot be found or read.
  HPDF_Image load(const std::string& url);

 private:
  std::string find(const std::string& url) const;
  HpdfDoc& doc_;
  std::vector<std::string> dirs_;
  std::map<std::string, HPDF_Image> loaded_;
};

}  // namespace plainly::pdf
