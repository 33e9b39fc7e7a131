#pragma once
// A small command-line parser: `--name value`, `--name=value`, flags and positionals.
// Unknown options are bad usage (exit 2) with a "did you mean" suggestion.

#include <map>
#include <string>
#include <vector>

namespace plainly {

struct OptionSpec {
  std::string name;   ///< without dashes, e.g. "format"
  bool takes_value;   ///< false for flags such as --help
};

struct ParsedArgs {
  std::vector<std::string> positionals;
  std::map<std::string, std::string> values;  ///< flags map to "1"
  bool has(const std::string& name) const { return values.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  /// Comma-separated option value as a list ("a,b" -> {"a","b"}); empty when absent.
  std::vector<std::string> list(const std::string& name) const;
};

/// Parse `args` (without the program and command names). `--help` is always accepted.
/// Throws PlainlyError (exit 2) naming the command on an unknown option or missing value.
ParsedArgs parse_args(const std::string& command, const std::vector<std::string>& args,
                      const std::vector<OptionSpec>& specs);

}  // namespace plainly
