#pragma once
// One function per command; each lives in its own file (cmd_<name>.cpp).
// Each returns an exit code from core/error.hpp, or throws PlainlyError.

#include <string>
#include <vector>

namespace plainly {

int cmd_init(const std::vector<std::string>& args);
int cmd_validate(const std::vector<std::string>& args);
int cmd_make(const std::vector<std::string>& args);
int cmd_check(const std::vector<std::string>& args);

}  // namespace plainly
