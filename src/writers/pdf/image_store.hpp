#pragma once
// Picture files read, checked and prepared for PDFs once per run (not once per document),
// shared read-only by every thread. Each PDF still gets its own libharu image object (libharu
// objects belong to one document), but a PNG is decoded and deflated only once: later
// documents get the same dictionary and the already-compressed bytes, so the PDF is byte for
// byte what libharu would have written.

#include <hpdf.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "writers/pdf/hpdf_doc.hpp"

namespace plainly::pdf {

/// A picture file, read and checked, ready to be added to any number of PDFs.
struct PreparedImage {
  enum class Kind { Png, Jpeg };
  /// One entry of the image dictionary libharu made (after /Length): a name or a number.
  struct Entry {
    std::string key;
    bool is_name = false;
    std::string name;
    std::int32_t number = 0;
  };
  Kind kind = Kind::Png;
  std::string path;   ///< the file, for messages
  std::string bytes;  ///< the file's bytes (used when the image cannot be replayed)
  /// True when the image dictionary is only names and numbers and its data is deflated:
  /// then `entries` and `deflated` rebuild it exactly without decoding the PNG again.
  bool replay = false;
  std::vector<Entry> entries;
  std::string deflated;  ///< the image data as libharu compresses it (FlateDecode)
};

/// The prepared picture at `path` (an existing file), read and checked at most once while the
/// file is unchanged (same size and time). Safe to call from many threads. Throws
/// PlainlyError (exit 2) naming the file if it is not a sound PNG or JPEG.
std::shared_ptr<const PreparedImage> prepared_image(const std::string& path);

/// Add `image` to `doc` as an image XObject, as libharu's own loader would have.
/// Throws PlainlyError (exit 2) naming the file if libharu cannot read it.
HPDF_Image add_image(HpdfDoc& doc, const PreparedImage& image);

}  // namespace plainly::pdf
