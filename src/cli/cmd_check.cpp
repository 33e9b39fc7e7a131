// plainly check FILE... : check text for speculative, promissory, vague and pressuring
// wording, and for readability. See README "plainly check" and docs/checker.md.
#include <malloc.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "check/checker.hpp"
#include "check/text_source.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"
#include "report/reporter.hpp"
#include "writers/pandoc/pandoc.hpp"

namespace plainly {
namespace {

const char* kCheckHelp =
    "Usage: plainly check FILE... [options]\n"
    "\n"
    "Check text before it is sent: finds wording that speculates, promises, leaves facts out\n"
    "or puts pressure on people, and reports how easy it is to read. FILE can be a text file,\n"
    "a Markdown file (.md), a Word, web page, OpenDocument or EPUB file (.docx, .html,\n"
    ".odt, .epub; read through Pandoc) or - for standard input.\n"
    "\n"
    "Options:\n"
    "  --format text|json|html     how to report (default text)\n"
    "  --fail-on error|warning|never  exit with 1 if there are findings this serious (default error)\n"
    "  --rules FILE.yaml           extra rules; repeat it or give a comma list\n"
    "  --only-rules                use only the --rules files, not the built-in rules\n"
    "  --style easy-read           apply the stricter easy read limits\n"
    "  --markdown                  read the input as Markdown (automatic for .md files)\n"
    "  --locale en-GB              which built-in rules to use (default en-GB)\n"
    "  --color                     colour the text report\n"
    "\n"
    "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 bad usage or bad input.\n";

/// Pull every --rules value out of `args` (the option may repeat; values may be comma lists).
std::vector<std::string> take_rules(std::vector<std::string>& args) {
  std::vector<std::string> files, rest;
  auto add = [&](const std::string& v) {
    size_t start = 0;
    while (start <= v.size()) {
      size_t comma = v.find(',', start);
      std::string item = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!item.empty()) files.push_back(item);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  };
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--rules") {
      if (i + 1 >= args.size()) throw PlainlyError(ExitCode::BadInput, "plainly check: option '--rules' needs a value.");
      add(args[++i]);
    } else if (args[i].rfind("--rules=", 0) == 0) {
      add(args[i].substr(8));
    } else {
      rest.push_back(args[i]);
    }
  }
  args = rest;
  return files;
}

bool is_markdown_path(const std::string& p) {
  auto ends = [&](const char* s) {
    std::string suf(s);
    return p.size() >= suf.size() && p.compare(p.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends(".md") || ends(".markdown") || ends(".MD");
}

// Documents Pandoc can read (.docx, .html, .odt, .epub) are checked as the plain text Pandoc
// extracts; line numbers then count lines of that text. The text goes through a temporary
// file so it is streamed and validated like any other input.
class ConvertedInput {
 public:
  explicit ConvertedInput(const std::string& path) {
    std::string text = pandoc_to_plain_text(path);
    namespace fs = std::filesystem;
    temp_ = (fs::temp_directory_path() /
             ("plainly-check-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++) + ".txt"))
                .string();
    write_file_atomic(temp_, text);
  }
  ~ConvertedInput() {
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
  const std::string& path() const { return temp_; }

 private:
  static inline int counter_ = 0;
  std::string temp_;
};

bool needs_pandoc(const std::string& p) {
  return pandoc_reads_extension(std::filesystem::path(p).extension().string());
}

int severity_rank(Severity s) { return s == Severity::Error ? 3 : s == Severity::Warning ? 2 : 1; }

}  // namespace

int cmd_check(const std::vector<std::string>& raw_args) {
  std::vector<std::string> args = raw_args;
  std::vector<std::string> rule_files = take_rules(args);
  ParsedArgs a = parse_args("check", args,
                            {{"format", true}, {"fail-on", true}, {"style", true}, {"markdown", false},
                             {"locale", true}, {"only-rules", false}, {"color", false}, {"against", true}});
  if (a.has("help")) {
    std::cout << kCheckHelp;
    return 0;
  }
  if (a.positionals.empty())
    throw PlainlyError(ExitCode::BadInput, "plainly check: give a file to check, or - to read standard input. "
                                           "Run 'plainly check --help' to see the options.");
  std::string fail_on = a.get("fail-on", "error");
  int fail_rank = fail_on == "error" ? 3 : fail_on == "warning" ? 2 : fail_on == "suggestion" ? 1 : fail_on == "never" ? 99 : 0;
  if (fail_rank == 0)
    throw PlainlyError(ExitCode::BadInput, "plainly check: '--fail-on " + fail_on + "' is not a choice. Use error, warning or never.");
  std::string style = a.get("style", "standard");
  if (style != "standard" && style != "easy-read" && style != "large-print")
    throw PlainlyError(ExitCode::BadInput, "plainly check: '--style " + style + "' is not a style. Use standard, large-print or easy-read.");
  if (a.has("against"))
    throw PlainlyError(ExitCode::BadInput, "plainly check: '--against' is not built yet.");
  std::string format = a.get("format", "text");
  std::ios::sync_with_stdio(false);
  auto reporter = make_reporter(format, std::cout, a.has("color"));
  Checker checker = load_checker(a.get("locale", "en-GB"), rule_files, a.has("only-rules"));

  // Open (and so validate) every input before printing anything.
  std::vector<std::unique_ptr<ConvertedInput>> converted;  // outlive `sources`
  std::vector<std::unique_ptr<TextSource>> sources;
  int stdin_count = 0;
  for (const auto& p : a.positionals) {
    if (p == "-" && ++stdin_count > 1) throw PlainlyError(ExitCode::BadInput, "plainly check: '-' (standard input) can be given only once.");
    if (p != "-" && needs_pandoc(p)) {
      converted.push_back(std::make_unique<ConvertedInput>(p));
      sources.push_back(std::make_unique<TextSource>(converted.back()->path()));
    } else {
      sources.push_back(std::make_unique<TextSource>(p));
    }
  }
  // Each chunk's findings and sentences take a few MB that are freed before the next chunk:
  // keep that memory in the process instead of handing it back to the system and faulting
  // it in again for every chunk (about 10% of the time on a large file). Peak memory is
  // unchanged; it stays bounded by the chunk size.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  int worst = 0;
  reporter->begin();
  for (size_t k = 0; k < sources.size(); ++k) {
    const std::string& path = a.positionals[k];
    std::string shown = path == "-" ? "<stdin>" : path;
    CheckOptions opts;
    opts.easy_read = style == "easy-read";
    opts.markdown = a.has("markdown") || is_markdown_path(path);
    reporter->file_begin(shown);
    Readability total;
    SvSet seen_acronyms;  // across the file's chunks: an acronym explained early stays explained
    opts.seen_acronyms = &seen_acronyms;
    std::string chunk;
    while (sources[k]->next(chunk, opts.base_line, opts.base_column)) {
      // The findings' strings are made by the reporter as it writes them (no copies).
      opts.max_sentences = reporter->sentences_wanted();  // figures only for what is shown
      CheckRefs r = check_text_refs(checker, chunk, opts);
      for (const auto& f : r.findings) worst = std::max(worst, severity_rank(checker.rules()[f.rule].severity));
      total.add(r.readability);
      reporter->chunk_refs(chunk, checker, shown, r.findings, r.sentences);
    }
    reporter->file_end(total);
  }
  reporter->end();
  std::cout.flush();
  return worst >= fail_rank ? static_cast<int>(ExitCode::Findings) : 0;
}

}  // namespace plainly
