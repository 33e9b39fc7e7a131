// plainly: the thin command line over the library. Prints typed errors and picks the
// exit code from one table (see README "Exit codes").

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/spellcheck.hpp"

namespace {

const char* kUsage =
    "plainly: clear, honest offers of work, consent forms and adverts for experts by experience.\n"
    "\n"
    "Usage:\n"
    "  plainly init [DIR]                 write a commented starter definitions file\n"
    "  plainly validate FILE.yaml         is this definition complete and unambiguous?\n"
    "  plainly make FILE.yaml [options]   write the documents\n"
    "  plainly check FILE... [options]    check text before it is sent\n"
    "\n"
    "Run 'plainly COMMAND --help' for a command's options.\n"
    "  --help       show this help\n"
    "  --version    show the version\n"
    "\n"
    "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 bad usage or bad input,\n"
    "3 a missing external tool, 4 some documents of a batch could not be made.\n";

struct Command {
  const char* name;
  int (*run)(const std::vector<std::string>&);
};

const Command kCommands[] = {
    {"init", plainly::cmd_init},
    {"validate", plainly::cmd_validate},
    {"make", plainly::cmd_make},
    {"check", plainly::cmd_check},
};

int dispatch(int argc, char** argv) {
  using namespace plainly;
  if (argc < 2) {
    std::cerr << kUsage;
    return static_cast<int>(ExitCode::BadInput);
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (first == "--version") {
    std::cout << "plainly " << PLAINLY_VERSION << "\n";
    return 0;
  }
  std::vector<std::string> rest(argv + 2, argv + argc);
  for (const auto& c : kCommands)
    if (first == c.name) return c.run(rest);
  std::vector<std::string> names;
  for (const auto& c : kCommands) names.push_back(c.name);
  std::string hint = closest_match(first, names);
  std::cerr << "plainly: unknown command '" << first << "'.";
  if (!hint.empty()) std::cerr << " Did you mean '" << hint << "'?";
  std::cerr << " Run 'plainly --help' to see the commands.\n";
  return static_cast<int>(ExitCode::BadInput);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return dispatch(argc, argv);
  } catch (const plainly::PlainlyError& e) {
    for (const auto& d : e.diagnostics()) std::cerr << plainly::format_diagnostic(d);
    if (e.diagnostics().empty() || std::string(e.what()).size() > 0) {
      if (std::string(e.what()).size() > 0) std::cerr << e.what() << "\n";
    }
    return static_cast<int>(e.code());
  } catch (const std::bad_alloc&) {
    std::cerr << "plainly: ran out of memory. The input may be far larger than expected.\n";
    return static_cast<int>(plainly::ExitCode::BadInput);
  } catch (const std::exception& e) {
    std::cerr << "plainly: internal error: " << e.what()
              << "\nThis is a bug in plainly; please report it with the input that caused it.\n";
    return static_cast<int>(plainly::ExitCode::BadInput);
  }
}
