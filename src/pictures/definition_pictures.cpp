// Pictures chosen in the definitions file (`pictures:`), applied to a picture library.
#include <filesystem>

#include "definitions/project.hpp"
#include "pictures/pictures.hpp"

namespace plainly {

std::string definition_picture_path(const Definitions& d, const PictureChoice& choice) {
  namespace fs = std::filesystem;
  fs::path file(choice.file.value);
  if (file.is_relative()) file = fs::path(d.path).parent_path() / file;
  return fs::absolute(file).lexically_normal().string();
}

void use_definition_pictures(PictureLibrary& lib, const Definitions& d) {
  for (const PictureChoice& choice : d.pictures) {
    if (!choice.id.ok() || !choice.file.ok()) continue;  // validate() has reported it
    lib.set_picture(choice.id.value, definition_picture_path(d, choice), choice.alt.ok() ? choice.alt.value : "");
  }
}

}  // namespace plainly
