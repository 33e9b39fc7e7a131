#include "writers/pdf/image_store.hpp"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>

#include "core/error.hpp"
#include "writers/pdf/prepacked_stream.hpp"

namespace plainly::pdf {

namespace fs = std::filesystem;

namespace {

// What the file's first bytes say it is (its name can lie).
enum class Sniffed { Png, Jpeg, Other };

Sniffed sniff(const std::string& bytes) {
  const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() >= 4 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return Sniffed::Png;
  if (bytes.size() >= 2 && b[0] == 0xFF && b[1] == 0xD8) return Sniffed::Jpeg;
  return Sniffed::Other;
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
std::string png_problem(const std::string& bytes) {
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

std::string read_message(const std::string& path) { return "read the picture " + path + ". Use a PNG or JPEG picture"; }

HPDF_Image load_with_libharu(HpdfDoc& doc, const PreparedImage& image) {
  const auto* data = reinterpret_cast<const HPDF_BYTE*>(image.bytes.data());
  const auto size = static_cast<HPDF_UINT>(image.bytes.size());
  HPDF_Image img = image.kind == PreparedImage::Kind::Png ? HPDF_LoadPngImageFromMem(doc.get(), data, size)
                                                          : HPDF_LoadJpegImageFromMem(doc.get(), data, size);
  doc.check(read_message(image.path));
  if (!img) throw PlainlyError(ExitCode::BadInput, "We could not read the picture " + image.path + ".");
  return img;
}

// Decode the PNG once in a scratch document, as every PDF would, and keep what it made if
// it can be rebuilt exactly: a stream dictionary of names and numbers (no mask, palette or
// hooks), two objects in all (the image and its length), compressed with FlateDecode.
void prepare_replay(PreparedImage& image) {
  HpdfDoc scratch;
  HPDF_SetCompressionMode(scratch.get(), HPDF_COMP_ALL);
  HPDF_List entries = scratch.get()->xref->entries;
  HPDF_UINT objects_before = entries->count;
  HPDF_Dict img = load_with_libharu(scratch, image);
  if (entries->count != objects_before + 2 || img->filter != HPDF_STREAM_FILTER_FLATE_DECODE ||
      img->before_write_fn || img->write_fn || img->after_write_fn || img->free_fn || !img->stream)
    return;
  std::vector<PreparedImage::Entry> kept;
  for (HPDF_UINT i = 0; i < img->list->count; ++i) {
    auto* element = static_cast<HPDF_DictElement>(HPDF_List_ItemAt(img->list, i));
    auto* header = static_cast<HPDF_Obj_Header*>(element->value);
    PreparedImage::Entry e;
    e.key = element->key;
    if (i == 0 && e.key == "Length" && header->obj_class == HPDF_OCLASS_PROXY) continue;
    if (header->obj_class == HPDF_OCLASS_NAME) {
      e.is_name = true;
      e.name = static_cast<HPDF_Name>(element->value)->value;
    } else if (header->obj_class == HPDF_OCLASS_NUMBER) {
      e.number = static_cast<HPDF_Number>(element->value)->value;
    } else {
      return;  // an array, a mask or anything else: load it with libharu each time
    }
    kept.push_back(std::move(e));
  }
  HPDF_Stream packed = HPDF_MemStream_New(scratch.get()->mmgr, HPDF_STREAM_BUF_SIZ);
  HPDF_Stream_WriteToStream(img->stream, packed, HPDF_STREAM_FILTER_FLATE_DECODE, nullptr);
  scratch.check("compress the picture " + image.path);
  image.deflated = stream_bytes(packed);
  scratch.check("read back a picture");
  HPDF_Stream_Free(packed);
  image.entries = std::move(kept);
  image.replay = true;
}

std::shared_ptr<PreparedImage> prepare(const std::string& path) {
  auto image = std::make_shared<PreparedImage>();
  image->path = path;
  std::ifstream in(path, std::ios::binary);
  image->bytes.assign(std::istreambuf_iterator<char>(in), {});
  switch (sniff(image->bytes)) {
    case Sniffed::Png: {
      std::string problem = png_problem(image->bytes);
      if (!problem.empty())
        throw PlainlyError(ExitCode::BadInput, "We could not read the picture " + path + ": " + problem + ".");
      image->kind = PreparedImage::Kind::Png;
      prepare_replay(*image);
      break;
    }
    case Sniffed::Jpeg: image->kind = PreparedImage::Kind::Jpeg; break;
    case Sniffed::Other:
      throw PlainlyError(ExitCode::BadInput,
                         "The picture " + path + " is not a PNG or JPEG file. Use a PNG or JPEG picture.");
  }
  return image;
}

// The file's size and time, so a picture changed during a long-lived process is read again.
struct Stamp {
  std::uintmax_t size = 0;
  fs::file_time_type time;
  bool operator==(const Stamp& o) const { return size == o.size && time == o.time; }
};

struct Store {
  std::mutex mutex;
  std::map<std::string, std::pair<Stamp, std::shared_ptr<const PreparedImage>>> images;
};

Store& store() {
  static Store s;
  return s;
}

}  // namespace

std::shared_ptr<const PreparedImage> prepared_image(const std::string& path) {
  std::error_code ec;
  Stamp stamp{fs::file_size(path, ec), fs::last_write_time(path, ec)};
  Store& s = store();
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    auto it = s.images.find(path);
    if (it != s.images.end() && it->second.first == stamp) return it->second.second;
  }
  std::shared_ptr<const PreparedImage> image = prepare(path);  // outside the lock: threads may race, same result
  std::lock_guard<std::mutex> lock(s.mutex);
  s.images[path] = {stamp, image};
  return image;
}

HPDF_Image add_image(HpdfDoc& doc, const PreparedImage& image) {
  HPDF_Doc pdf = doc.get();
  if (!image.replay || !(pdf->compression_mode & HPDF_COMP_IMAGE)) return load_with_libharu(doc, image);
  HPDF_Dict img = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  doc.check(read_message(image.path));
  img->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
  for (const auto& e : image.entries) {
    if (e.is_name)
      HPDF_Dict_AddName(img, e.key.c_str(), e.name.c_str());
    else
      HPDF_Dict_AddNumber(img, e.key.c_str(), e.number);
  }
  HPDF_Stream_Write(img->stream, reinterpret_cast<const HPDF_BYTE*>(image.deflated.data()),
                    static_cast<HPDF_UINT>(image.deflated.size()));
  img->filter = HPDF_STREAM_FILTER_NONE;
  img->write_fn = write_flate_filter;
  doc.check(read_message(image.path));
  return img;
}

}  // namespace plainly::pdf
