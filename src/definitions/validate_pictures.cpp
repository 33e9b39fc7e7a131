// Checks for the `pictures:` group: each concept is one the locale's picture list knows,
// and each file is there, readable, and a PNG or JPEG picture.
#include <algorithm>
#include <filesystem>

#include "core/error.hpp"
#include "core/spellcheck.hpp"
#include "core/utf8.hpp"
#include "definitions/checks.hpp"
#include "pictures/pictures.hpp"

namespace plainly {

namespace {

// The concept ids of the file's locale (British English when the locale is unusable,
// which validate() reports by itself). None when the list cannot be read.
std::vector<std::string> concept_ids(const Definitions& d, std::string& list_file) {
  std::vector<std::string> ids;
  try {
    PictureLibrary lib = load_picture_library(d.locale.ok() ? d.locale.value : "en-GB");
    for (const Picture& p : lib.pictures()) ids.push_back(p.id);
    list_file = lib.list_file();
  } catch (const PlainlyError&) {
    // An unknown locale is reported with the locale; without a list, concepts go unchecked.
  }
  return ids;
}

int length(const std::string& s) { return static_cast<int>(utf8_length(s)); }

void check_concept(Checks& c, const PictureChoice& choice, const std::vector<std::string>& ids,
                   const std::string& list_file) {
  const std::string& id = choice.id.value;
  if (ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end()) return;
  std::string hint = closest_match(id, ids);
  c.problem(choice.id.pos, length(id), choice.key_path, "there is no easy-read picture called '" + id + "'.",
            hint.empty() ? "Use a picture name from " + list_file + ", like money or meeting."
                         : "Did you mean '" + hint + "'?");
}

void check_file(Checks& c, const PictureChoice& choice) {
  if (!choice.file.ok()) return;  // missing, empty or a placeholder: reported already
  const std::string path = definition_picture_path(c.d, choice);
  std::string why = picture_file_problem(path);
  if (why.empty()) return;
  std::error_code ec;
  bool found = std::filesystem::exists(path, ec);
  if (!found) {  // say where we looked, as the user would type it, when that is not what they wrote
    std::filesystem::path looked(choice.file.value);
    if (looked.is_relative()) looked = (std::filesystem::path(c.d.path).parent_path() / looked).lexically_normal();
    if (looked.string() != choice.file.value && !why.empty() && why.back() == '.') {
      why.pop_back();
      why += " (we looked for " + looked.string() + ").";
    }
  }
  std::string key_path = c.has_key(choice.key_path + ".file") ? choice.key_path + ".file" : choice.key_path;
  c.problem(choice.file.pos, length(choice.file.value), key_path,
            "the picture file '" + choice.file.value + "': " + why,
            found ? "" : "Give the path from the folder this file is in, like: money: pictures/our-cash.jpg");
}

}  // namespace

void check_pictures(Checks& c) {
  if (c.d.pictures.empty()) return;
  std::string list_file;
  const std::vector<std::string> ids = concept_ids(c.d, list_file);
  for (const PictureChoice& choice : c.d.pictures) {
    check_concept(c, choice, ids, list_file);
    if (!choice.file.present) c.missing(choice.key_path + ".file");
    check_file(c, choice);
  }
}

}  // namespace plainly
