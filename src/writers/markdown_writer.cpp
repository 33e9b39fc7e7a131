// Placeholder until the markdown writer is built.
#include "core/error.hpp"
#include "writers/writer.hpp"

namespace plainly {

std::string write_markdown(const Node&, const WriterOptions&) {
  throw PlainlyError(ExitCode::BadInput, "the markdown writer is not built yet.");
}

}  // namespace plainly
