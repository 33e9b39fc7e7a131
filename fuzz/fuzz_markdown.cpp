// libFuzzer target: the Markdown reader on arbitrary bytes (fuzz_inputs.hpp).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_inputs.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  plainly::fuzz::warm_up();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plainly::fuzz::markdown_input(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
