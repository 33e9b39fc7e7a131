// Pictures prepared once per run (writers/pdf/image_store): a PDF made with a prepared
// picture is byte for byte the PDF libharu makes when it loads the file itself.
#include <doctest/doctest.h>

#include <string>

#include "core/error.hpp"
#include "writers/pdf/hpdf_doc.hpp"
#include "writers/pdf/image_store.hpp"

using namespace plainly;
using namespace plainly::pdf;

namespace {

std::string source(const std::string& rel) { return std::string(PLAINLY_SOURCE_DATA_DIR) + "/" + rel; }

// A one-page PDF showing the picture, loaded by `load`.
template <typename Load>
std::string pdf_with(Load load) {
  HpdfDoc doc;
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_Page page = HPDF_AddPage(doc.get());
  HPDF_Image img = load(doc);
  REQUIRE(img != nullptr);
  HPDF_Page_DrawImage(page, img, 10, 10, 50, 50);
  doc.check("draw");
  return save_to_string(doc);
}

void same_as_libharu(const std::string& path) {
  std::string direct = pdf_with([&](HpdfDoc& d) { return HPDF_LoadPngImageFromFile(d.get(), path.c_str()); });
  for (int run = 0; run < 2; ++run) {  // the second time comes from the store
    std::string prepared = pdf_with([&](HpdfDoc& d) { return add_image(d, *prepared_image(path)); });
    CHECK(prepared == direct);
  }
}

}  // namespace

TEST_CASE("image store: an RGB picture is decoded and compressed once, same bytes as libharu") {
  std::string path = source("templates/pictures/agree.png");
  same_as_libharu(path);
  auto a = prepared_image(path);
  CHECK(a->replay);
  CHECK(prepared_image(path) == a);  // read once, shared
}

TEST_CASE("image store: a picture with transparency is loaded by libharu each time, same bytes") {
  std::string path = source("tests/unit/writers/pdf_test_picture.png");
  same_as_libharu(path);
  CHECK_FALSE(prepared_image(path)->replay);
}

TEST_CASE("image store: a file that is not a picture is named in the message") {
  std::string path = source("tests/unit/make/image_store_test.cpp");
  try {
    prepared_image(path);
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(std::string(e.what()).find("is not a PNG or JPEG file") != std::string::npos);
    CHECK(e.code() == ExitCode::BadInput);
  }
}
