// plainly make FILE [options]: validate, make every document in memory, then write each
// file atomically and print its path.
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <iostream>
#include <unistd.h>

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
#include "make/people_csv.hpp"
#include "make/run.hpp"

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
    "  --people FILE.csv    more people, one a row: name,role,format,size,address\n"
    "                       (a header row first; put a field with commas in \"quotes\")\n"
    "  --jobs N             how many documents to make at once (default: one for each\n"
    "                       processor thread)\n"
    "\n"
    "Files are named OUT/<role>/<kind>.<style>.<ext>, and\n"
    "OUT/<role>/<person>/<kind>.<style>.<ext> for each person's own documents.\n"
    "\n"
    "Exit codes: 0 all made, 2 a problem in your files (nothing written), 3 a program\n"
    "plainly needs is missing, 4 some documents could not be made (the rest were written).\n";

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

int jobs_from(const ParsedArgs& a) {
  if (!a.has("jobs")) return default_jobs();
  const std::string v = a.get("jobs");
  bool digits = !v.empty() && v.size() <= 3 && v.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(v) < 1)
    fail_input("plainly make: --jobs '" + v + "' is not a number of jobs. Write a whole number from 1, like --jobs 2.");
  return std::stoi(v);
}

// On a terminal, "Making documents: 120 of 600" on one line, redrawn at most ten times a
// second. When standard error is not a terminal, nothing.
std::function<void(std::size_t, std::size_t)> progress_line() {
  if (!isatty(fileno(stderr))) return {};
  auto last = std::make_shared<std::chrono::steady_clock::time_point>();
  return [last](std::size_t done, std::size_t total) {
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - *last < std::chrono::milliseconds(100)) return;
    *last = now;
    std::cerr << "\rMaking documents: " << done << " of " << total << (done == total ? "\n" : "") << std::flush;
  };
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", s);
  return buf;
}

void print_summary(const RunSummary& r, double seconds) {
  std::cerr << "Made " << (r.documents - r.problems.size()) << " of " << r.documents
            << (r.documents == 1 ? " document" : " documents") << " (" << r.files.size()
            << (r.files.size() == 1 ? " file" : " files");
  if (r.pages > 0) std::cerr << ", " << r.pages << (r.pages == 1 ? " PDF page" : " PDF pages");
  std::cerr << ") in " << seconds_text(seconds) << " seconds.\n";
}

// The same checks as `plainly validate`, including the language checker over every
// free-text field, so an invalid file never becomes documents.
void validate_or_fail(const Definitions& defs, const MakeOptions& o) {
  ValidateOptions vo;
  vo.today = o.today;
  vo.text_checker = definitions_text_checker(
      load_checker(checker_locale(defs), {}));
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
                             {"today", true}, {"locale", true}, {"people", true},
                             {"jobs", true}});
  if (a.has("help")) {
    std::cout << kMakeHelp;
    return 0;
  }
  if (a.positionals.size() != 1)
    fail_input("plainly make: give one definitions file, for example: plainly make project.yaml");
  MakeOptions o = options_from(a);
  if (o.formats.empty()) o.formats = default_formats();
  int jobs = jobs_from(a);
  auto started = std::chrono::steady_clock::now();
  Definitions defs = load_definitions(a.positionals[0]);
  validate_or_fail(defs, o);
  if (a.has("people")) {
    std::vector<Person> more = load_people_csv(a.get("people"), defs);
    for (auto& p : more) defs.people.push_back(std::move(p));
  }
  RunOptions run;
  run.jobs = jobs;
  run.write = [](const MadeFile& f) { write_file_atomic(f.path, f.content); };
  run.progress = progress_line();
  RunSummary result = run_make(defs, o, run);
  for (const auto& path : result.files) std::cout << path << "\n";
  std::cout.flush();
  for (const auto& p : result.problems) std::cerr << "plainly make: " << p << "\n";
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  print_summary(result, took.count());
  return static_cast<int>(result.problems.empty() ? ExitCode::Ok : ExitCode::Failed);
}

}  // namespace plainly
