// The `pictures:` group of a definitions file: easy-read pictures chosen for this project.
//   pictures:
//     money: pictures/our-cash.jpg                      # short form: the file
//     meeting: {file: pictures/room.png, alt: "..."}    # long form: file and alt text
#include <set>

#include "core/utf8.hpp"
#include "definitions/schema.hpp"
#include "definitions/yaml_reader.hpp"

namespace plainly {

namespace {

void shape_error(YamlReader& r, const SourceText& src, SourcePos at, int length, const std::string& key_path,
                 const std::string& message) {
  r.errors.push_back(src.diagnostic(at, length, key_path, message, example_for("pictures")));
}

PictureChoice read_choice(YamlReader& r, const YAML::Node& value, const std::string& id, SourcePos at) {
  PictureChoice c;
  c.pos = at;
  c.key_path = "pictures[" + id + "]";
  c.id.value = id;
  c.id.pos = at;
  c.id.present = true;
  if (value.IsMap()) {  // long form: {file: ..., alt: ...}
    r.group(value, c.key_path);
    c.file = r.text(value, c.key_path, "file");
    c.alt = r.text(value, c.key_path, "alt");
  } else {  // short form: the file
    c.file = r.text_value(value, c.key_path, at);
  }
  return c;
}

}  // namespace

void load_pictures(YamlReader& r, const SourceText& src, const YAML::Node& root, Definitions& d) {
  YAML::Node n = YamlReader::child(root, "pictures");
  if (!n.IsDefined() || n.IsNull()) return;
  if (!n.IsMap()) {
    shape_error(r, src, r.pos(n), 1, "pictures", "expected a group of pictures, found " + describe_node(n) + ".");
    return;
  }
  std::set<std::string> seen;
  for (auto it = n.begin(); it != n.end(); ++it) {
    SourcePos at = r.pos(it->first);
    if (!it->first.IsScalar() || it->first.Scalar().empty()) {
      shape_error(r, src, at, 1, "pictures", "each picture is named by its concept, like money or meeting.");
      continue;
    }
    const std::string id = it->first.Scalar();
    if (!seen.insert(id).second) {
      shape_error(r, src, at, static_cast<int>(utf8_length(id)), "pictures[" + id + "]",
                  "the picture '" + id + "' is chosen twice; the first is on line " +
                      std::to_string(d.keys["pictures[" + id + "]"].line) + ".");
      continue;
    }
    d.keys["pictures[" + id + "]"] = at;
    d.pictures.push_back(read_choice(r, it->second, id, at));
  }
}

}  // namespace plainly
