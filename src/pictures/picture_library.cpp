// Loading a locale's picture list and finding each concept's file (user folders first).
#include <algorithm>
#include <filesystem>

#include <yaml-cpp/yaml.h>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"
#include "pictures/pictures.hpp"

namespace fs = std::filesystem;

namespace plainly {

namespace {

const char* const kExtensions[] = {".png", ".jpg", ".jpeg"};

[[noreturn]] void fail_list(const std::string& file, const YAML::Mark& mark, const std::string& key,
                            const std::string& message) {
  Diagnostic d;
  d.file = file;
  if (mark.line >= 0) d.pos = {mark.line + 1, mark.column + 1};
  d.key_path = key;
  d.message = message;
  throw PlainlyError(ExitCode::BadInput, "", {d});
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Pictures in a user's folder, by concept id (file name without extension, lower case).
std::vector<std::pair<std::string, std::string>> user_pictures(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    fail_input("We cannot find your picture folder '" + dir +
               "'. Check the path, or leave it out to use plainly's own pictures.");
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string ext = lower(entry.path().extension().string());
    if (std::find(std::begin(kExtensions), std::end(kExtensions), ext) == std::end(kExtensions)) continue;
    out.emplace_back(lower(entry.path().stem().string()), fs::absolute(entry.path()).string());
  }
  std::sort(out.begin(), out.end());  // same order on every machine
  return out;
}

std::string scalar(const YAML::Node& n, const std::string& file, const std::string& key) {
  if (!n || !n.IsScalar() || n.Scalar().empty())
    fail_list(file, n ? n.Mark() : YAML::Mark::null_mark(), key, "this needs a value.");
  return n.Scalar();
}

Picture read_picture(const YAML::Node& item, size_t i, const std::string& file,
                     const std::string& pictures_dir) {
  const std::string key = "pictures[" + std::to_string(i) + "]";
  if (!item.IsMap()) fail_list(file, item.Mark(), key, "each picture needs id, file, alt and keywords.");
  Picture p;
  p.id = scalar(item["id"], file, key + ".id");
  p.file = (fs::path(pictures_dir) / scalar(item["file"], file, key + ".file")).string();
  p.alt = scalar(item["alt"], file, key + ".alt");
  const YAML::Node kw = item["keywords"];
  if (kw && !kw.IsSequence()) fail_list(file, kw.Mark(), key + ".keywords", "this should be a list of words.");
  if (kw)
    for (size_t k = 0; k < kw.size(); ++k) p.keywords.push_back(scalar(kw[k], file, key + ".keywords"));
  return p;
}

}  // namespace

const Picture* PictureLibrary::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &pictures_[it->second];
}

void PictureLibrary::index_keywords(size_t picture) {
  const auto& list = pictures_[picture].keywords;
  std::vector<std::vector<std::string>> seen;  // "date" and "dates" are the same keyword
  for (size_t k = 0; k < list.size(); ++k) {
    std::vector<std::string> words = picture_words(list[k]);
    if (words.empty() || std::find(seen.begin(), seen.end(), words) != seen.end()) continue;
    seen.push_back(words);
    keywords_.push_back({std::move(words), picture, k == 0 ? 2u : 1u});
  }
}

void PictureLibrary::add(Picture p) {
  by_id_[p.id] = pictures_.size();
  pictures_.push_back(std::move(p));
  index_keywords(pictures_.size() - 1);
}

void PictureLibrary::set_picture(const std::string& id, const std::string& path, const std::string& alt) {
  std::string file = path.empty() ? path : fs::absolute(path).string();
  if (auto it = by_id_.find(id); it != by_id_.end()) {
    Picture& p = pictures_[it->second];
    p.file = file;
    p.from_user = true;
    p.own_alt = !alt.empty();
    if (!alt.empty()) p.alt = alt;
    return;
  }
  add(Picture{id, file, alt, {}, true, !alt.empty()});
}

PictureLibrary load_picture_library(const std::string& locale, const std::vector<std::string>& user_dirs) {
  const std::string relative = "locales/" + locale + "/pictures.yaml";
  const std::string file = find_data_file(relative);
  if (file.empty())
    fail_input("We have no easy-read picture list for the language '" + locale + "' (we looked for " +
               relative + " in " + data_dir() + "). Use --locale en-GB, or add that file.");
  YAML::Node root;
  try {
    root = YAML::Load(read_file(file));
  } catch (const YAML::Exception& e) {
    fail_list(file, e.mark, "", "this picture list is not valid YAML: " + e.msg + ".");
  }
  if (!root.IsMap() || !root["pictures"] || !root["pictures"].IsSequence())
    fail_list(file, root.Mark(), "pictures", "the list of pictures is missing.");

  PictureLibrary lib;
  lib.list_file_ = file;
  const std::string pictures_dir = fs::absolute(fs::path(data_dir()) / "templates" / "pictures").string();
  const YAML::Node items = root["pictures"];
  for (size_t i = 0; i < items.size(); ++i) {
    Picture p = read_picture(items[i], i, file, pictures_dir);
    if (lib.find(p.id))
      fail_list(file, items[i].Mark(), "pictures[" + std::to_string(i) + "].id",
                "the picture '" + p.id + "' is listed twice.");
    lib.add(std::move(p));
  }
  lib.default_ = root["default"] ? scalar(root["default"], file, "default") : "information";
  if (!lib.find(lib.default_))
    fail_list(file, root["default"].Mark(), "default", "'" + lib.default_ + "' is not in the list of pictures.");

  if (const YAML::Node credits = root["credits"]; credits) {
    if (!credits.IsMap()) fail_list(file, credits.Mark(), "credits", "this should be a group with link, only_these and not_these.");
    lib.credits_link_ = scalar(credits["link"], file, "credits.link");
    lib.credits_only_these_ = scalar(credits["only_these"], file, "credits.only_these");
    lib.credits_not_these_ = scalar(credits["not_these"], file, "credits.not_these");
  }

  // User folders: the first folder that has a concept wins, so apply them last to first.
  for (auto dir = user_dirs.rbegin(); dir != user_dirs.rend(); ++dir)
    for (const auto& [id, path] : user_pictures(*dir)) lib.set_picture(id, path);
  return lib;
}

}  // namespace plainly

