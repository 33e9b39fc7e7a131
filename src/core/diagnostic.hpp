#pragma once
// Diagnostics: typed problems with a position, kept as values until main() prints them.

#include <string>
#include <vector>

namespace plainly {

/// A 1-based line and column in a source file, counted in characters (code points).
/// Zero means "unknown".
struct SourcePos {
  int line = 0;
  int column = 0;
};

enum class Severity { Error, Warning, Suggestion };

const char* severity_name(Severity s);

/// One problem found in a user's file (definitions, template, rule file, draft text).
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;      ///< path as the user gave it
  SourcePos pos;         ///< where the problem starts
  int length = 1;        ///< how many characters to underline (at least 1)
  std::string key_path;  ///< e.g. "roles[0].pay.rate"; empty when not about a key
  std::string message;   ///< what is wrong, in plain words, ending with a full stop
  std::string example;   ///< an example of a good value; may be empty
  std::string source_line;  ///< the offending line, without its newline; may be empty
};

/// Format as: `file:line:col: error: key: message example` then the line and a caret.
std::string format_diagnostic(const Diagnostic& d);

/// Return line `line` (1-based) of `text` without its line ending, or "" if out of range.
std::string line_of(const std::string& text, int line);

}  // namespace plainly
