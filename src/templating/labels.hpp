#pragma once
// Locale data for documents: ICU patterns for dates and times, and ICU MessageFormat
// patterns for plurals. Read from locales/<locale>/labels.yaml; never from C++ strings.

#include <map>
#include <string>
#include <vector>

namespace plainly {

/// The labels of one locale.
struct Labels {
  std::string locale;  ///< BCP 47 tag, e.g. en-GB
  std::string file;    ///< where they were read from, for messages
  /// Patterns by name: "date", "time", "time_on_the_hour", and MessageFormat patterns
  /// such as "days" = "{count, plural, one {# day} other {# days}}".
  std::map<std::string, std::string> patterns;

  /// The pattern called `name`. Throws PlainlyError (exit 2) naming the file if missing.
  const std::string& pattern(const std::string& name) const;
};

/// Load locales/<locale>/labels.yaml (looked up in `user_dirs` first, then the data folder).
/// Throws PlainlyError (exit 2) when the locale is unknown or the file is malformed.
Labels load_labels(const std::string& locale, const std::vector<std::string>& user_dirs = {});

}  // namespace plainly
