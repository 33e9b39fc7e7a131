#pragma once
// Validation: is a loaded definition complete and unambiguous? See DESIGN section 3.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "definitions/project.hpp"

namespace plainly {

/// A free-text field for the language checker (summary, tasks, goals, how, access, ...).
struct TextField {
  std::string key_path;  ///< e.g. "roles[peer-trainer].summary"
  const Field<std::string>* field;  ///< a Text, or a Text's easy_read wording
  bool easy_read = false;  ///< the easy-read wording: check it with the easy-read limits
};

/// Every free-text field of `d` that a person reads in a document, in file order, and
/// each easy-read wording (`roles[x].summary.easy_read`, easy_read = true) after its text.
/// Only fields that are present and readable (not placeholders) are listed.
std::vector<TextField> free_text_fields(const Definitions& d);

struct ValidateOptions {
  std::optional<Date> today;  ///< dates before it are errors
  /// Optional hook: the language checker, run on every free-text field; returns
  /// diagnostics (already positioned). The lead wires the real checker in later.
  std::function<std::vector<Diagnostic>(const Definitions&, const TextField&)> text_checker;
};

/// Every problem at once (including Definitions::value_problems), sorted by position.
/// Empty means valid.
std::vector<Diagnostic> validate(const Definitions& d, const ValidateOptions& options);

}  // namespace plainly
