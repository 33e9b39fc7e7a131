#pragma once
// The names a template may use, and the check that a template uses no other name.
// A typo such as {{role.pay_rat}} would otherwise render as nothing and silently drop the
// pay from an offer; plainly refuses it before anything is written.

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace plainly {

/// One key the template context can hold, with the keys inside it (for an object, or
/// for each item of a list of objects). A key with no children is a value: text, a
/// yes/no flag or a list of text.
struct FieldNode {
  bool list = false;                        ///< a list: sections repeat for each item
  std::map<std::string, FieldNode> fields;  ///< the keys inside (each item's, for a list)
};

/// Every key build_context (context.cpp, role_context.cpp) can set for some project,
/// whether or not this project has a value for it. Listed in context_fields.cpp.
const FieldNode& context_fields();

/// A template or partial as read: its text and the file it came from.
struct TemplateFile {
  std::string text;
  std::string file;
};

/// Every {{name}}, {{{name}}}, {{&name}}, {{#name}} and {{^name}} in `main` (and in the
/// partials it includes, by name) that no project's context could hold. Names inside a
/// section resolve against the section's item first, then outward, as kainjow mustache
/// does. Each problem is `file:line:col` at the tag, with "Did you mean" when a known name
/// is close. `main` and the partials must already parse.
std::vector<Diagnostic> unknown_template_names(const TemplateFile& main,
                                               const std::map<std::string, TemplateFile>& partials,
                                               const FieldNode& fields = context_fields());

}  // namespace plainly
