#pragma once
// Errors stay typed (exit code + diagnostics) until main() prints them.

#include <stdexcept>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace plainly {

/// The one table of exit codes, documented in the README.
enum class ExitCode : int {
  Ok = 0,           ///< clean
  Findings = 1,     ///< findings at or above --fail-on
  BadInput = 2,     ///< bad usage or bad input
  MissingTool = 3,  ///< a missing external tool (for example Pandoc)
  Failed = 4,       ///< some documents of a batch could not be made (the rest were)
};

/// Thrown for any problem the user must fix. `what()` is a full, printable message
/// when `diagnostics` is empty; otherwise the diagnostics carry the detail.
class PlainlyError : public std::runtime_error {
 public:
  PlainlyError(ExitCode code, const std::string& message,
               std::vector<Diagnostic> diagnostics = {})
      : std::runtime_error(message), code_(code), diagnostics_(std::move(diagnostics)) {}
  ExitCode code() const { return code_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  ExitCode code_;
  std::vector<Diagnostic> diagnostics_;
};

/// Shorthand for a bad-input error (exit code 2) with a plain message.
[[noreturn]] inline void fail_input(const std::string& message) {
  throw PlainlyError(ExitCode::BadInput, message);
}

}  // namespace plainly
