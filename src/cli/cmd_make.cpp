// plainly make (not yet built: placeholder so the command line links).
#include <iostream>

#include "cli/commands.hpp"
#include "core/error.hpp"

namespace plainly {

int cmd_make(const std::vector<std::string>&) {
  std::cerr << "plainly make: not built yet.\n";
  return static_cast<int>(ExitCode::BadInput);
}

}  // namespace plainly
