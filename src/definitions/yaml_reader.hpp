#pragma once
// Reads values out of the YAML tree into Fields, keeping positions. Shape problems (a list
// where text belongs, unknown or repeated keys, broken quotes) go to `errors` and make
// loading fail; problems with one value (placeholders, empty, not a real date...) go to
// Definitions::value_problems for validate() to report with the rest.

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "definitions/project.hpp"
#include "definitions/source_text.hpp"

namespace plainly {

class YamlReader {
 public:
  YamlReader(Definitions& defs, const SourceText& src) : d_(defs), src_(src) {}

  /// Shape problems found so far (loading throws them all at the end).
  std::vector<Diagnostic> errors;

  /// Position of a node (its first character).
  SourcePos pos(const YAML::Node& node) const;

  /// Check that `node` is a group of keys (a YAML mapping) and that its keys are known
  /// and not repeated; records each key in Definitions::keys. A missing or empty group
  /// returns false with no error (its required keys are reported as missing later).
  bool group(const YAML::Node& node, const std::string& path);

  /// The items of a list at `path`; a missing or empty list gives none.
  std::vector<YAML::Node> list(const YAML::Node& parent, const std::string& path, const char* key);

  /// A child of a group, or an undefined node.
  static YAML::Node child(const YAML::Node& parent, const char* key);

  Text text(const YAML::Node& parent, const std::string& path, const char* key);
  TextList text_list(const YAML::Node& parent, const std::string& path, const char* key);
  Field<bool> yes_no(const YAML::Node& parent, const std::string& path, const char* key);
  Field<int> whole_number(const YAML::Node& parent, const std::string& path, const char* key);
  Field<double> hours(const YAML::Node& parent, const std::string& path, const char* key);
  Field<Date> date(const YAML::Node& parent, const std::string& path, const char* key);
  Field<TimeOfDay> time(const YAML::Node& parent, const std::string& path, const char* key);
  Field<Money> money(const YAML::Node& parent, const std::string& path, const char* key);
  std::vector<Field<Date>> date_list(const YAML::Node& parent, const std::string& path, const char* key);

  /// The text of `node` itself (not a child), named `key_path` in messages; `key_pos` is
  /// where its key is. Placeholders, empty values and wrong shapes are reported as by text().
  Text text_value(const YAML::Node& node, const std::string& key_path, SourcePos key_pos);

  /// Position to use for keys missing from the group at `path`.
  SourcePos parent_pos(const std::string& path) const;

 private:
  Text scalar_at(const YAML::Node& node, const std::string& key_path, SourcePos key_pos);
  Text text_with_easy_read(const YAML::Node& node, const std::string& key_path);
  Text scalar(const YAML::Node& parent, const std::string& path, const char* key);
  template <class T, class Parse>
  Field<T> typed(const Text& raw, const std::string& key_path, Parse parse, const std::string& problem);
  void value_problem(SourcePos pos, int length, const std::string& key_path, const std::string& message);
  void check_quotes(const YAML::Node& node, const std::string& key_path);
  void wrong_shape(const YAML::Node& node, const std::string& key_path, const std::string& expected);

  Definitions& d_;
  const SourceText& src_;
};

/// "a single piece of text", "a list", "a group of keys" or "nothing".
std::string describe_node(const YAML::Node& node);

}  // namespace plainly
