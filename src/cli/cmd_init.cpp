// plainly init [DIR]: write a commented starter definitions file, DIR/plainly.yaml.
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"

namespace plainly {
namespace {

const char* kInitHelp =
    "Usage: plainly init [DIR]\n"
    "\n"
    "Write a starter definitions file, DIR/plainly.yaml (DIR is the current folder if you\n"
    "leave it out). Every field has a comment that says what it is for. Fill it in, then run\n"
    "'plainly validate DIR/plainly.yaml': it names every field still to fill in.\n"
    "An existing plainly.yaml is never overwritten.\n"
    "\n"
    "Exit codes: 0 written, 2 the file already exists (or bad usage).\n";

}  // namespace

int cmd_init(const std::vector<std::string>& args) {
  ParsedArgs a = parse_args("init", args, {});
  if (a.has("help")) {
    std::cout << kInitHelp;
    return 0;
  }
  if (a.positionals.size() > 1)
    throw PlainlyError(ExitCode::BadInput, "plainly init: give at most one folder, like: plainly init my-project");
  std::string dir = a.positionals.empty() ? "." : a.positionals[0];
  std::string target = dir == "." ? "plainly.yaml" : (std::filesystem::path(dir) / "plainly.yaml").string();
  if (std::filesystem::exists(target))
    throw PlainlyError(ExitCode::BadInput, "plainly init: " + target +
                                               " already exists, and plainly init never overwrites a file. "
                                               "Choose another folder, or move the file first.");
  std::string starter = find_data_file("templates/init/starter.yaml");
  if (starter.empty())
    throw PlainlyError(ExitCode::BadInput, "plainly init: cannot find templates/init/starter.yaml in " + data_dir() +
                                               ". Set PLAINLY_DATA_DIR to the folder that holds templates/.");
  write_file_atomic(target, read_file(starter));
  std::cout << "Wrote " << target << ". Fill it in, then run: plainly validate " << target << "\n";
  return 0;
}

}  // namespace plainly
