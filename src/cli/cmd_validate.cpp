// plainly validate FILE [--today YYYY-MM-DD]: is this definition complete and unambiguous?
#include <algorithm>
#include <ctime>
#include <iostream>

#include "cli/args.hpp"
#include "check/definition_text.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "definitions/load.hpp"
#include "definitions/schema.hpp"
#include "definitions/validate.hpp"
#include "definitions/values.hpp"

namespace plainly {
namespace {

const char* kValidateHelp =
    "Usage: plainly validate FILE.yaml [--today YYYY-MM-DD]\n"
    "\n"
    "Check that a definitions file is complete and unambiguous before any document is\n"
    "made. Every problem is listed at once, each with its line and column, what is wrong\n"
    "and an example of a good value.\n"
    "\n"
    "Options:\n"
    "  --today YYYY-MM-DD   the date to treat as today: dates before it are problems\n"
    "                       (default: the computer's date)\n"
    "\n"
    "Exit codes: 0 valid, 2 problems to fix (or bad usage).\n";

std::string plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

int report_problems(const std::string& file, const std::vector<Diagnostic>& problems) {
  for (const auto& d : problems) std::cerr << format_diagnostic(d);
  std::cerr << file << ": " << plural(problems.size(), "problem", "problems") << " to fix\n";
  return static_cast<int>(ExitCode::BadInput);
}

}  // namespace

int cmd_validate(const std::vector<std::string>& args) {
  ParsedArgs a = parse_args("validate", args, {{"today", true}});
  if (a.has("help")) {
    std::cout << kValidateHelp;
    return 0;
  }
  if (a.positionals.size() != 1)
    throw PlainlyError(ExitCode::BadInput,
                       "plainly validate: give one definitions file, like: plainly validate plainly.yaml");
  const std::string file = a.positionals[0];
  ValidateOptions options;
  options.today = local_today();
  if (a.has("today")) {
    options.today = parse_date(a.get("today"));
    if (!options.today)
      throw PlainlyError(ExitCode::BadInput, "plainly validate: --today must be a real date written as "
                                             "year-month-day, like 2027-03-02.");
  }
  Definitions d;
  try {
    d = load_definitions(file);
  } catch (const PlainlyError& e) {
    if (e.diagnostics().empty()) throw;
    return report_problems(file, e.diagnostics());
  }
  // Every free-text field goes through the language checker (DESIGN section 3).
  // A locale that is missing, a placeholder or unknown is reported by validate(); the
  // checker then uses the default rules so that report is not lost.
  options.text_checker = definitions_text_checker(load_checker(checker_locale(d), {}));
  std::vector<Diagnostic> problems = validate(d, options);
  if (!problems.empty()) return report_problems(file, problems);
  std::cout << file << ": valid (" << plural(d.roles.size(), "role", "roles") << ", "
            << plural(d.consent.size(), "consent item", "consent items") << ", "
            << plural(d.people.size(), "person", "people") << ")\n";
  return 0;
}

}  // namespace plainly
