#pragma once
// The `plainly make` pipeline, in memory: context -> Mustache -> Markdown -> model ->
// pictures -> writers. Nothing here writes files; the caller writes the results atomically.

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "definitions/project.hpp"
#include "make/plan.hpp"
#include "templating/context.hpp"
#include "model/node.hpp"

namespace plainly {

/// One file to write.
struct MadeFile {
  std::string path;
  std::string content;
};

/// Everything a run made, and the documents it could not make (one plain message each).
struct MakeResult {
  std::vector<MadeFile> files;
  std::vector<std::string> problems;
};

/// The formats made when the user names none: txt, md and pdf (those that need no
/// outside program).
std::vector<std::string> default_formats();

/// Check the asked-for formats: each must have a writer (or be "model"). Throws
/// PlainlyError (exit 2) naming the format and the ones there are.
void check_formats(const std::vector<std::string>& formats);

/// Render one planned document to the document model (pictures resolved).
/// Template and Markdown problems throw PlainlyError (exit 2).
Node build_document(const Definitions& defs, const PlannedDocument& doc, const MakeOptions& options);

class Formatter;
class PictureLibrary;
class TemplateCache;

/// What a run loads once and shares, read-only, with every thread: the formatter (it
/// holds labels only; ICU objects are made per call), the templates (read and checked
/// once) and the picture library (loaded the first time a document needs it).
class MakeShared {
 public:
  MakeShared(const Definitions& defs, const MakeOptions& options);
  ~MakeShared();
  const Formatter& format() const { return *format_; }
  /// The picture library, loaded on first use (safe to call from many threads).
  const PictureLibrary& pictures();
  /// The templates, each read and checked once per run (safe to use from many threads).
  TemplateCache& templates() { return *templates_; }
  /// The Mustache data for `request`: the part shared by everyone (role, project, consent,
  /// all formatted with ICU) is built once per role, kind and style and copied for each person.
  TemplateData context(const ContextRequest& request);

 private:
  const Definitions& defs_;  ///< for the pictures it chooses (pictures:)
  const MakeOptions& options_;
  std::string locale_;
  std::unique_ptr<Formatter> format_;
  std::unique_ptr<TemplateCache> templates_;
  std::mutex mutex_;
  std::unique_ptr<PictureLibrary> pictures_;
  std::mutex context_mutex_;
  std::map<std::pair<const Role*, std::string>, std::shared_ptr<const TemplateData>> contexts_;  ///< without a person
};

/// Render one planned document to the document model, using what `shared` has loaded.
Node build_document(const Definitions& defs, const PlannedDocument& doc, const MakeOptions& options,
                    MakeShared& shared);

/// The two halves of build_document: the document's Markdown (context -> template) ...
std::string render_document(const Definitions& defs, const PlannedDocument& doc, const MakeOptions& options,
                            MakeShared& shared);
/// ... and the document model made from that Markdown (pictures resolved).
Node document_from_markdown(const std::string& markdown, const Definitions& defs, const PlannedDocument& doc,
                            const MakeOptions& options, MakeShared& shared);

/// Write `model` in one format (or dump it for "model"). Writer problems throw PlainlyError.
MadeFile make_format(const Node& model, const PlannedDocument& doc, const std::string& format);

/// Make every planned document in every format, in memory. Template problems throw
/// PlainlyError (exit 2) before anything is returned; a writer that fails for one
/// document is recorded in `problems` and the other files are still returned.
MakeResult make_documents(const Definitions& defs, const MakeOptions& options);

}  // namespace plainly
