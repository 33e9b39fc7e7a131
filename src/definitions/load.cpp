#include "definitions/load.hpp"

#include <algorithm>
#include <set>

#include "core/error.hpp"
#include "core/fs.hpp"
#include "definitions/placeholders.hpp"
#include "definitions/yaml_parse.hpp"
#include "definitions/yaml_reader.hpp"

namespace plainly {

bool is_valid_id(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

namespace {

// Name a list item by its id when it has a usable, unique one; else by position.
std::string item_path(const std::string& list_path, const YAML::Node& item, size_t index,
                      std::set<std::string>& used_ids) {
  YAML::Node id = YamlReader::child(item, "id");
  if (id.IsDefined() && id.IsScalar() && is_valid_id(id.Scalar()) && !find_placeholder(id.Scalar()) &&
      used_ids.insert(id.Scalar()).second)
    return list_path + "[" + id.Scalar() + "]";
  return list_path + "[" + std::to_string(index) + "]";
}

void load_organisation(YamlReader& r, const YAML::Node& root, Definitions& d) {
  YAML::Node n = YamlReader::child(root, "organisation");
  r.group(n, "organisation");
  d.organisation.name = r.text(n, "organisation", "name");
  d.organisation.address = r.text(n, "organisation", "address");
}

void load_contact(YamlReader& r, const YAML::Node& root, Definitions& d) {
  YAML::Node n = YamlReader::child(root, "contact");
  r.group(n, "contact");
  Contact& c = d.contact;
  c.name = r.text(n, "contact", "name");
  c.role = r.text(n, "contact", "role");
  c.phone = r.text(n, "contact", "phone");
  c.email = r.text(n, "contact", "email");
  c.hours = r.text(n, "contact", "hours");
}

void load_project(YamlReader& r, const YAML::Node& root, Definitions& d) {
  const std::string p = "project";
  YAML::Node n = YamlReader::child(root, "project");
  r.group(n, p);
  ProjectInfo& info = d.project;
  info.id = r.text(n, p, "id");
  info.title = r.text(n, p, "title");
  info.summary = r.text(n, p, "summary");
  info.purpose = r.text(n, p, "purpose");
  info.level = r.text(n, p, "level");
  info.term = r.text(n, p, "term");
  info.goals = r.text_list(n, p, "goals");
  info.formats_offered = r.text_list(n, p, "formats_offered");
  auto outputs = r.list(n, p, "outputs");
  for (size_t i = 0; i < outputs.size(); ++i) {
    std::string op = p + ".outputs[" + std::to_string(i) + "]";
    r.group(outputs[i], op);
    Output o;
    o.what = r.text(outputs[i], op, "what");
    o.who_sees = r.text(outputs[i], op, "who_sees");
    o.is_public = r.yes_no(outputs[i], op, "public");
    o.sold = r.yes_no(outputs[i], op, "sold");
    info.outputs.push_back(o);
  }
}

void load_consent(YamlReader& r, const YAML::Node& root, Definitions& d) {
  auto items = r.list(root, "", "consent");
  std::set<std::string> ids;
  for (size_t i = 0; i < items.size(); ++i) {
    std::string p = item_path("consent", items[i], i, ids);
    r.group(items[i], p);
    ConsentItem c;
    c.key_path = p;
    c.pos = items[i].IsNull() ? r.parent_pos("consent") : r.pos(items[i]);
    c.id = r.text(items[i], p, "id");
    c.what = r.text(items[i], p, "what");
    c.why = r.text(items[i], p, "why");
    c.optional = r.yes_no(items[i], p, "optional");
    auto uses = r.list(items[i], p, "uses");
    for (size_t u = 0; u < uses.size(); ++u) {
      std::string up = p + ".uses[" + std::to_string(u) + "]";
      r.group(uses[u], up);
      ConsentUse use;
      use.who_sees = r.text(uses[u], up, "who_sees");
      use.is_public = r.yes_no(uses[u], up, "public");
      use.sold = r.yes_no(uses[u], up, "sold");
      use.kept_until = r.text(uses[u], up, "kept_until");
      c.uses.push_back(use);
    }
    YAML::Node w = YamlReader::child(items[i], "withdraw");
    r.group(w, p + ".withdraw");
    c.withdraw_how = r.text(w, p + ".withdraw", "how");
    c.withdraw_until = r.text(w, p + ".withdraw", "until");
    d.consent.push_back(c);
  }
}

void load_people(YamlReader& r, const YAML::Node& root, Definitions& d) {
  auto items = r.list(root, "", "people");
  for (size_t i = 0; i < items.size(); ++i) {
    std::string p = "people[" + std::to_string(i) + "]";
    r.group(items[i], p);
    Person person;
    person.key_path = p;
    person.pos = items[i].IsNull() ? r.parent_pos("people") : r.pos(items[i]);
    person.name = r.text(items[i], p, "name");
    person.role = r.text(items[i], p, "role");
    person.address = r.text(items[i], p, "address");
    YAML::Node needs = YamlReader::child(items[i], "needs");
    r.group(needs, p + ".needs");
    person.format = r.text(needs, p + ".needs", "format");
    person.size = r.whole_number(needs, p + ".needs", "size");
    d.people.push_back(person);
  }
}

}  // namespace

void load_roles(YamlReader& r, const YAML::Node& root, Definitions& d);  // load_role.cpp
void load_pictures(YamlReader& r, const SourceText& src, const YAML::Node& root,
                   Definitions& d);  // load_pictures.cpp

Definitions load_definitions_from_string(const std::string& text, const std::string& path) {
  Definitions d;
  d.path = path;
  d.source = text;
  SourceText src(path, d.source);
  YAML::Node root = parse_yaml(src);
  YamlReader r(d, src);
  if (!root.IsMap()) {
    r.errors.push_back(src.diagnostic(r.pos(root), 1, "",
                                      "expected a group of keys at the top of the file, found " + describe_node(root) + ".",
                                      "Start the file with: version: 1"));
    throw PlainlyError(ExitCode::BadInput, "", r.errors);
  }
  r.group(root, "");
  d.version = r.whole_number(root, "", "version");
  d.locale = r.text(root, "", "locale");
  load_organisation(r, root, d);
  load_contact(r, root, d);
  load_project(r, root, d);
  load_roles(r, root, d);
  load_consent(r, root, d);
  load_people(r, root, d);
  load_pictures(r, src, root, d);
  if (!r.errors.empty()) {
    std::stable_sort(r.errors.begin(), r.errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
    });
    throw PlainlyError(ExitCode::BadInput, "", r.errors);
  }
  return d;
}

Definitions load_definitions(const std::string& path) {
  // Files over the limit are still read (up to 64 MB) so the message can say how big.
  return load_definitions_from_string(read_file(path, kMaxDefinitionsBytes * 64), path);
}

}  // namespace plainly
