#pragma once
// A whole `plainly make` run over many documents: checked first, then made on a small pool
// of threads, each file handed to `write` as soon as it is made (so a big batch is never
// all in memory at once).

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "definitions/project.hpp"
#include "make/make.hpp"
#include "make/plan.hpp"

namespace plainly {

/// How to run: how many threads, where each file goes, and who hears about progress.
struct RunOptions {
  int jobs = 1;  ///< threads; 1 = one after another
  /// Called (from a worker thread) with each file as soon as it is made; may throw
  /// PlainlyError, which counts as a problem with that document only.
  std::function<void(const MadeFile&)> write;
  /// Called after each document, with how many are done and how many there are.
  /// Calls never overlap.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

/// What a run did.
struct RunSummary {
  std::size_t documents = 0;       ///< documents planned
  std::size_t pages = 0;           ///< pages in the PDFs made
  std::vector<std::string> files;  ///< paths written, in plan order (the same for any jobs)
  std::vector<std::string> problems;  ///< one plain message per document that failed, in plan order
};

/// The number of threads to use when the user does not say: the hardware threads (at least 1).
int default_jobs();

/// Count the pages in a PDF made by plainly's writer.
std::size_t count_pdf_pages(const std::string& pdf);

/// Check every planned document renders (templates, Markdown, pictures), then make and
/// write them on `run.jobs` threads. A template problem throws PlainlyError (exit 2)
/// before anything is written. A document that fails after that is recorded in
/// `problems` (naming the person, if any, and the reason); the others are still written.
/// A missing outside tool (exit 3) stops the run.
RunSummary run_make(const Definitions& defs, const MakeOptions& options, const RunOptions& run);

}  // namespace plainly
