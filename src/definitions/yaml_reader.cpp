#include "definitions/yaml_reader.hpp"

#include <set>

#include "core/spellcheck.hpp"
#include "core/utf8.hpp"
#include "definitions/placeholders.hpp"
#include "definitions/schema.hpp"
#include "definitions/values.hpp"

namespace plainly {

static std::string join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

static int chars(const std::string& s) { return static_cast<int>(utf8_length(s)); }

std::string describe_node(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a group of keys";
  return "a single piece of text";
}

SourcePos YamlReader::pos(const YAML::Node& node) const {
  int p = node.Mark().pos;
  return p >= 0 ? src_.pos_at(static_cast<size_t>(p)) : SourcePos{1, 1};
}

SourcePos YamlReader::parent_pos(const std::string& path) const {
  std::string p = path;
  while (!p.empty()) {
    auto it = d_.keys.find(p);
    if (it != d_.keys.end()) return it->second;
    size_t cut = p.find_last_of(".[");
    p = cut == std::string::npos ? "" : p.substr(0, cut);
  }
  return SourcePos{1, 1};
}

YAML::Node YamlReader::child(const YAML::Node& parent, const char* key) {
  if (!parent.IsDefined() || !parent.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (auto it = parent.begin(); it != parent.end(); ++it)
    if (it->first.IsScalar() && it->first.Scalar() == key) return it->second;
  return YAML::Node(YAML::NodeType::Undefined);
}

void YamlReader::wrong_shape(const YAML::Node& node, const std::string& key_path, const std::string& expected) {
  SourcePos at = node.IsNull() ? parent_pos(key_path) : pos(node);
  errors.push_back(src_.diagnostic(at, 1, key_path, "expected " + expected + ", found " + describe_node(node) + ".",
                                   example_for(key_path)));
}

void YamlReader::value_problem(SourcePos at, int length, const std::string& key_path, const std::string& message) {
  d_.value_problems.push_back(src_.diagnostic(at, length, key_path, message, example_for(key_path)));
}

// yaml-cpp reads an unclosed quote to the end of the file without complaint, and a quote
// closed on a later line swallows the keys between; both are reported here.
void YamlReader::check_quotes(const YAML::Node& node, const std::string& key_path) {
  int p = node.Mark().pos;
  const std::string& t = src_.text();
  if (p < 0 || static_cast<size_t>(p) >= t.size() || node.Tag() != "!") return;
  char q = t[p];
  if (q != '"' && q != '\'') return;
  for (size_t i = p + 1; i < t.size(); ++i) {
    if (t[i] == '\n') break;
    if (q == '"' && t[i] == '\\') { ++i; continue; }
    if (t[i] == q && q == '\'' && i + 1 < t.size() && t[i + 1] == '\'') { ++i; continue; }
    if (t[i] == q) return;
  }
  errors.push_back(src_.diagnostic(src_.pos_at(p), 1, key_path,
                                   std::string("this quote (") + q + ") is not closed on the same line.",
                                   std::string("Put a closing ") + q + " at the end of the value, like: title: " + q +
                                       "Peer trainer" + q));
}

bool YamlReader::group(const YAML::Node& node, const std::string& path) {
  if (!node.IsDefined() || node.IsNull()) return false;
  if (!node.IsMap()) {
    wrong_shape(node, path, "a group of keys");
    return false;
  }
  // A list item ("roles[peer-trainer]") has no key of its own: it is found where it starts.
  if (!path.empty() && path.back() == ']') d_.keys[path] = pos(node);
  const auto& allowed = allowed_keys(generic_path(path));
  std::set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar()) {
      errors.push_back(src_.diagnostic(pos(it->first), 1, path, "a key must be a plain word, not a list or group.",
                                       "For example: title: Peer trainer"));
      continue;
    }
    std::string key = it->first.Scalar(), key_path = join(path, key);
    SourcePos at = pos(it->first);
    check_quotes(it->first, key_path);
    if (!seen.insert(key).second) {
      errors.push_back(src_.diagnostic(at, chars(key), key_path,
                                       "this key appears twice in the same group; the first is on line " +
                                           std::to_string(d_.keys[key_path].line) + ".",
                                       "Keep one of them."));
      continue;
    }
    d_.keys[key_path] = at;
    bool known = false;
    for (const auto& k : allowed) known = known || k == key;
    if (known) continue;
    std::string hint = closest_match(key, allowed), list;
    for (const auto& k : allowed) list += (list.empty() ? "" : ", ") + k;
    errors.push_back(src_.diagnostic(at, chars(key), key_path, "this key is not one plainly knows.",
                                     hint.empty() ? "The keys here are: " + list + "." : "Did you mean \"" + hint + "\"?"));
  }
  return true;
}

std::vector<YAML::Node> YamlReader::list(const YAML::Node& parent, const std::string& path, const char* key) {
  YAML::Node node = child(parent, key);
  std::string key_path = join(path, key);
  if (!node.IsDefined() || node.IsNull()) return {};
  if (!node.IsSequence()) {
    wrong_shape(node, key_path, "a list of " + list_noun(key_path));
    return {};
  }
  return std::vector<YAML::Node>(node.begin(), node.end());
}

Text YamlReader::scalar_at(const YAML::Node& node, const std::string& key_path, SourcePos key_pos) {
  Text out;
  out.pos = key_pos;
  if (!node.IsDefined()) return out;
  out.present = true;
  out.readable = false;
  if (node.IsNull()) {
    value_problem(key_pos, 1, key_path, "this is empty.");
    return out;
  }
  if (node.IsMap() && has_easy_read_form(key_path)) return text_with_easy_read(node, key_path);
  if (!node.IsScalar()) {
    wrong_shape(node, key_path, "a piece of text");
    return out;
  }
  check_quotes(node, key_path);
  out.value = node.Scalar();
  out.pos = pos(node);
  // Point inside quotes, at the value itself.
  int p = node.Mark().pos;
  if (p >= 0 && node.Tag() == "!" && (src_.text()[p] == '"' || src_.text()[p] == '\'')) ++out.pos.column;
  if (is_blank(out.value)) {
    value_problem(out.pos, 1, key_path, "this is empty.");
    return out;
  }
  if (auto m = find_placeholder(out.value)) {
    std::string found = out.value.substr(m->offset, m->length);
    SourcePos at = find_in_source(src_, out.pos, found, out.value.size() * 2 + 256);
    value_problem(at, chars(found), key_path, "\"" + found + "\" is a placeholder. Write the real value.");
    return out;
  }
  out.readable = true;
  return out;
}

// `{text: "...", easy_read: "..."}`: the text, with the wording for easy-read documents.
Text YamlReader::text_with_easy_read(const YAML::Node& node, const std::string& key_path) {
  group(node, key_path);  // only `text` and `easy_read`
  YAML::Node text = child(node, "text");
  if (!text.IsDefined()) {
    Text out;
    out.pos = pos(node);
    out.present = true;
    out.readable = false;
    errors.push_back(src_.diagnostic(out.pos, 1, key_path,
                                     "this has no `text`: write the usual wording under `text`, and the "
                                     "easy-read wording under `easy_read`.",
                                     "For example: {text: \"We meet in the library, which has step-free access.\", "
                                     "easy_read: \"We meet in the library.\"}"));
    return out;
  }
  Text out = scalar_at(text, key_path + ".text", d_.keys[key_path + ".text"]);
  YAML::Node easy = child(node, "easy_read");
  if (easy.IsDefined()) {
    Text wording = scalar_at(easy, key_path + ".easy_read", d_.keys[key_path + ".easy_read"]);
    out.easy_read = wording;
    d_.has_easy_read = d_.has_easy_read || wording.ok();
  }
  return out;
}

Text YamlReader::scalar(const YAML::Node& parent, const std::string& path, const char* key) {
  std::string key_path = join(path, key);
  auto it = d_.keys.find(key_path);
  return scalar_at(child(parent, key), key_path, it != d_.keys.end() ? it->second : parent_pos(path));
}

Text YamlReader::text_value(const YAML::Node& node, const std::string& key_path, SourcePos key_pos) {
  return scalar_at(node, key_path, key_pos);
}

Text YamlReader::text(const YAML::Node& parent, const std::string& path, const char* key) {
  return scalar(parent, path, key);
}

TextList YamlReader::text_list(const YAML::Node& parent, const std::string& path, const char* key) {
  TextList out;
  std::string key_path = join(path, key);
  auto items = list(parent, path, key);
  for (size_t i = 0; i < items.size(); ++i) {
    std::string item_path = key_path + "[" + std::to_string(i) + "]";
    SourcePos at = items[i].IsNull() ? parent_pos(key_path) : pos(items[i]);
    out.push_back(scalar_at(items[i], item_path, at));
  }
  return out;
}

template <class T, class Parse>
Field<T> YamlReader::typed(const Text& raw, const std::string& key_path, Parse parse, const std::string& problem) {
  Field<T> out;
  out.pos = raw.pos;
  out.present = raw.present;
  out.readable = raw.readable;
  if (!raw.ok()) return out;
  if (auto v = parse(raw.value)) {
    out.value = *v;
    return out;
  }
  out.readable = false;
  value_problem(raw.pos, chars(raw.value), key_path, problem);
  return out;
}

static std::string quoted(const std::string& s) { return "\"" + s + "\""; }

Field<bool> YamlReader::yes_no(const YAML::Node& parent, const std::string& path, const char* key) {
  Text raw = scalar(parent, path, key);
  return typed<bool>(raw, join(path, key), parse_yes_no, quoted(raw.value) + " is not yes or no.");
}

Field<int> YamlReader::whole_number(const YAML::Node& parent, const std::string& path, const char* key) {
  Text raw = scalar(parent, path, key);
  return typed<int>(raw, join(path, key), parse_whole_number, quoted(raw.value) + " is not a whole number written in digits.");
}

Field<double> YamlReader::hours(const YAML::Node& parent, const std::string& path, const char* key) {
  Text raw = scalar(parent, path, key);
  return typed<double>(raw, join(path, key), parse_hours,
                       quoted(raw.value) + " is not a number of hours; write hours in digits, like 2 or 1.5.");
}

Field<Date> YamlReader::date(const YAML::Node& parent, const std::string& path, const char* key) {
  Text raw = scalar(parent, path, key);
  return typed<Date>(raw, join(path, key), parse_date, date_problem(raw.value));
}

Field<TimeOfDay> YamlReader::time(const YAML::Node& parent, const std::string& path, const char* key) {
  Text raw = scalar(parent, path, key);
  return typed<TimeOfDay>(raw, join(path, key), parse_time, time_problem(raw.value));
}

Field<Money> YamlReader::money(const YAML::Node& parent, const std::string& path, const char* key) {
  Text raw = scalar(parent, path, key);
  return typed<Money>(raw, join(path, key), parse_money, money_problem(raw.value));
}

std::vector<Field<Date>> YamlReader::date_list(const YAML::Node& parent, const std::string& path, const char* key) {
  std::vector<Field<Date>> out;
  std::string key_path = join(path, key);
  for (const Text& raw : text_list(parent, path, key))
    out.push_back(typed<Date>(raw, key_path, parse_date, date_problem(raw.value)));
  return out;
}

}  // namespace plainly
