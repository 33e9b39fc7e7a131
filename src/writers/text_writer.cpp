// Placeholder until the text writer is built.
#include "core/error.hpp"
#include "writers/writer.hpp"

namespace plainly {

std::string write_text(const Node&, const WriterOptions&) {
  throw PlainlyError(ExitCode::BadInput, "the text writer is not built yet.");
}

}  // namespace plainly
