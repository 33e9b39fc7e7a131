// plainly make FILE [options]: validate, make every document in memory, then write each
// file atomically and print its path.
#include <chrono>
#include <iostream>

#include "check/checker.hpp"
#include "check/definition_text.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"
#include "definitions/load.hpp"
#include "definitions/validate.hpp"
#include "definitions/values.hpp"
#include "make/make.hpp"

namespace plainly {

namespace {

const char* kMakeHelp =
    "Usage: plainly make FILE.yaml [options]\n"
    "\n"
    "Writes every document the definitions file needs: adverts, offers of work, consent\n"
    "forms and consent reviews, in standard, large print and easy read.\n"
    "It checks the file first and writes nothing if there is a problem.\n"
    "\n"
    "Options (all optional; the defaults make the full pack):\n"
    "  --doc advert,offer,consent,consent-review   which documents\n"
    "  --style standard,large-print,easy-read      which styles\n"
    "  --format txt,md,pdf,docx,html,odt,epub,model   which formats (default: txt,md,pdf;\n"
    "                       docx, html, odt and epub need Pandoc; model: the document model)\n"
    "  --role ID            only this role\n"
    "  --person NAME        only this person's offer and consent forms\n"
    "  --out DIR            where to write (default: out)\n"
    "  --templates DIR      your own templates, looked at before the built-in ones\n"
    "  --pictures DIR       your own easy-read pictures (money.png, ...), used before the built-in ones\n"
    "  --today YYYY-MM-DD   the date to check against (default: today)\n"
    "  --locale en-GB       the language of the documents\n"
    "\n"
    "Files are named OUT/<role>/<kind>.<style>.<ext>, and\n"
    "OUT/<role>/<person>/<kind>.<style>.<ext> for each person's own documents.\n";

MakeOptions options_from(const ParsedArgs& a) {
  MakeOptions o;
  o.docs = a.list("doc");
  o.styles = a.list("style");
  o.formats = a.list("format");
  o.role = a.get("role");
  o.person = a.get("person");
  o.out_dir = a.get("out", "out");
  if (a.has("templates")) o.template_dirs.push_back(a.get("templates"));
  if (a.has("pictures")) o.picture_dirs.push_back(a.get("pictures"));
  o.locale = a.get("locale");
  if (a.has("today")) {
    auto d = parse_date(a.get("today"));
    if (!d) fail_input("plainly make: --today '" + a.get("today") + "' is not a date. Write it like 2027-03-02.");
    o.today = *d;
  } else {
    auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    std::chrono::year_month_day ymd{days};
    o.today = Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
  }
  return o;
}

// The same checks as `plainly validate`, including the language checker over every
// free-text field, so an invalid file never becomes documents.
void validate_or_fail(const Definitions& defs, const MakeOptions& o) {
  ValidateOptions vo;
  vo.today = o.today;
  vo.text_checker = definitions_text_checker(
      load_checker(defs.locale.present ? defs.locale.value : "en-GB", {}));
  std::vector<Diagnostic> problems = validate(defs, vo);
  if (!problems.empty())
    throw PlainlyError(ExitCode::BadInput,
                       defs.path + ": " + std::to_string(problems.size()) +
                           (problems.size() == 1 ? " problem" : " problems") +
                           " to fix. plainly wrote nothing.",
                       problems);
}

}  // namespace

int cmd_make(const std::vector<std::string>& args) {
  ParsedArgs a = parse_args("make", args,
                            {{"doc", true}, {"style", true}, {"format", true}, {"role", true},
                             {"person", true}, {"out", true}, {"templates", true}, {"pictures", true},
                             {"today", true}, {"locale", true}});
  if (a.has("help")) {
    std::cout << kMakeHelp;
    return 0;
  }
  if (a.positionals.size() != 1)
    fail_input("plainly make: give one definitions file, for example: plainly make project.yaml");
  MakeOptions o = options_from(a);
  if (o.formats.empty()) o.formats = default_formats();
  Definitions defs = load_definitions(a.positionals[0]);
  validate_or_fail(defs, o);
  MakeResult result = make_documents(defs, o);
  for (const auto& f : result.files) {
    write_file_atomic(f.path, f.content);
    std::cout << f.path << "\n";
  }
  for (const auto& p : result.problems) std::cerr << "plainly make: " << p << "\n";
  return static_cast<int>(result.problems.empty() ? ExitCode::Ok : ExitCode::Failed);
}

}  // namespace plainly
