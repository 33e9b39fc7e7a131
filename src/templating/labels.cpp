#include "templating/labels.hpp"

#include <yaml-cpp/yaml.h>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"

namespace plainly {

const std::string& Labels::pattern(const std::string& name) const {
  auto it = patterns.find(name);
  if (it == patterns.end())
    fail_input(file + ": the label '" + name + "' is missing. Add it, for example: " + name +
               ": \"...\"");
  return it->second;
}

static void read_patterns(const YAML::Node& node, Labels& labels) {
  if (!node.IsMap()) fail_input(labels.file + ": expected a list of 'name: pattern' lines.");
  for (const auto& kv : node) {
    if (!kv.second.IsScalar())
      fail_input(labels.file + ":" + std::to_string(kv.second.Mark().line + 1) +
                 ": the label '" + kv.first.as<std::string>() + "' must be one piece of text.");
    labels.patterns[kv.first.as<std::string>()] = kv.second.as<std::string>();
  }
}

Labels load_labels(const std::string& locale, const std::vector<std::string>& user_dirs) {
  Labels labels;
  labels.locale = locale;
  labels.file = find_data_file("locales/" + locale + "/labels.yaml", user_dirs);
  if (labels.file.empty())
    fail_input("plainly has no wording for the locale '" + locale +
               "' (no locales/" + locale + "/labels.yaml). Try --locale en-GB.");
  try {
    read_patterns(YAML::Load(read_file(labels.file)), labels);
  } catch (const YAML::Exception& e) {
    fail_input(labels.file + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  return labels;
}

}  // namespace plainly
