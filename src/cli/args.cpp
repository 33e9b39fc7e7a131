#include "cli/args.hpp"

#include "core/error.hpp"
#include "core/spellcheck.hpp"

namespace plainly {

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

std::vector<std::string> ParsedArgs::list(const std::string& name) const {
  std::vector<std::string> out;
  std::string v = get(name);
  size_t start = 0;
  while (start <= v.size() && !v.empty()) {
    size_t comma = v.find(',', start);
    std::string item = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

static const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, const std::string& name) {
  for (const auto& s : specs)
    if (s.name == name) return &s;
  return nullptr;
}

ParsedArgs parse_args(const std::string& command, const std::vector<std::string>& args,
                      const std::vector<OptionSpec>& specs) {
  ParsedArgs out;
  std::vector<OptionSpec> all = specs;
  all.push_back({"help", false});
  bool only_positionals = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (only_positionals || a.size() < 2 || a.rfind("--", 0) != 0) {
      if (a == "--") { only_positionals = true; continue; }
      if (!only_positionals && a.size() > 1 && a[0] == '-' && a != "-") {
        if (a == "-h") { out.values["help"] = "1"; continue; }
        throw PlainlyError(ExitCode::BadInput, "plainly " + command + ": unknown option '" + a +
                                                   "'. Run 'plainly " + command + " --help' to see the options.");
      }
      out.positionals.push_back(a);
      continue;
    }
    std::string name = a.substr(2), value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    const OptionSpec* spec = find_spec(all, name);
    if (!spec) {
      std::vector<std::string> names;
      for (const auto& s : all) names.push_back(s.name);
      std::string hint = closest_match(name, names);
      std::string msg = "plainly " + command + ": unknown option '--" + name + "'.";
      if (!hint.empty()) msg += " Did you mean '--" + hint + "'?";
      msg += " Run 'plainly " + command + " --help' to see the options.";
      throw PlainlyError(ExitCode::BadInput, msg);
    }
    if (spec->takes_value && !has_value) {
      if (i + 1 >= args.size())
        throw PlainlyError(ExitCode::BadInput, "plainly " + command + ": option '--" + name + "' needs a value.");
      value = args[++i];
    } else if (!spec->takes_value && has_value) {
      throw PlainlyError(ExitCode::BadInput,
                         "plainly " + command + ": option '--" + name + "' does not take a value.");
    } else if (!spec->takes_value) {
      value = "1";
    }
    out.values[name] = value;
  }
  return out;
}

}  // namespace plainly
