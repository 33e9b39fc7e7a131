#pragma once
// Where plainly's data (templates/, locales/, fonts/) lives.

#include <string>
#include <vector>

namespace plainly {

/// The folder holding templates/, locales/ and fonts/. Looked up in this order:
/// $PLAINLY_DATA_DIR; <exe>/../share/plainly (installed); the source tree it was built from.
std::string data_dir();

/// Find `relative` (e.g. "templates/offer/standard.md.mustache"), looking first in each of
/// `user_dirs` (a user's own folder, with the relative path's first component dropped when
/// the user folder is the same kind, e.g. --templates DIR), then in data_dir().
/// Returns "" if not found.
std::string find_data_file(const std::string& relative, const std::vector<std::string>& user_dirs = {});

}  // namespace plainly
