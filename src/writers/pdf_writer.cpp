// Placeholder until the pdf writer is built.
#include "core/error.hpp"
#include "writers/writer.hpp"

namespace plainly {

std::string write_pdf(const Node&, const WriterOptions&) {
  throw PlainlyError(ExitCode::BadInput, "the pdf writer is not built yet.");
}

}  // namespace plainly
