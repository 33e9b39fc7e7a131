#include "make/make.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include "core/error.hpp"
#include "markdown/parser.hpp"
#include "pictures/pictures.hpp"
#include "templating/context.hpp"
#include "templating/render.hpp"
#include "writers/writer.hpp"

namespace plainly {

namespace {

// Each document's language: the --locale option, else the file's, else British English.
std::string locale_of(const Definitions& defs, const MakeOptions& o) {
  if (!o.locale.empty()) return o.locale;
  if (defs.locale.present && !defs.locale.value.empty()) return defs.locale.value;
  return "en-GB";
}

std::string extension_of(const std::string& format) { return format == "model" ? "model.txt" : format; }

}  // namespace

std::vector<std::string> default_formats() {
  // The formats that need no outside program. docx, html, odt and epub run Pandoc once
  // for each document, so they are made when asked for by name.
  std::vector<std::string> out;
  for (const char* name : {"txt", "md", "pdf"})
    if (find_writer(name)) out.push_back(name);
  return out;
}

void check_formats(const std::vector<std::string>& formats) {
  for (const auto& f : formats) {
    if (f == "model" || find_writer(f)) continue;
    std::string list;
    for (const auto& name : writer_formats()) list += name + ", ";
    fail_input("plainly make: there is no writer for the format '" + f + "'. Choose from: " + list +
               "model.");
  }
}

MakeShared::MakeShared(const Definitions& defs, const MakeOptions& o)
    : defs_(defs), options_(o), locale_(locale_of(defs, o)),
      format_(std::make_unique<Formatter>(load_labels(locale_, {}))),
      templates_(std::make_unique<TemplateCache>()) {}

MakeShared::~MakeShared() = default;

const PictureLibrary& MakeShared::pictures() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!pictures_) {
    pictures_ = std::make_unique<PictureLibrary>(load_picture_library(locale_, options_.picture_dirs));
    use_definition_pictures(*pictures_, defs_);  // the definitions file's own pictures win
  }
  return *pictures_;
}

TemplateData MakeShared::context(const ContextRequest& request) {
  if (!request.person) return build_context(request, *format_);
  auto key = std::make_pair(request.role, request.kind + "/" + request.style);  // easy read has its own wording
  std::shared_ptr<const TemplateData> base;
  {
    std::lock_guard<std::mutex> lock(context_mutex_);
    auto it = contexts_.find(key);
    if (it != contexts_.end()) base = it->second;
  }
  if (!base) {
    ContextRequest shared_part = request;
    shared_part.person = nullptr;
    auto made = std::make_shared<const TemplateData>(build_context(shared_part, *format_));  // unlocked: slow
    std::lock_guard<std::mutex> lock(context_mutex_);
    base = contexts_.emplace(key, std::move(made)).first->second;
  }
  TemplateData data(*base);
  add_person(data, *request.person);
  return data;
}

std::string render_document(const Definitions& defs, const PlannedDocument& doc, const MakeOptions& o,
                            MakeShared& shared) {
  ContextRequest req{&defs, doc.role, doc.person, o.today, doc.kind, doc.style};
  TemplateData data = shared.context(req);
  TemplateSource source{o.template_dirs, &shared.templates()};
  return render_template(doc.kind, doc.style, data, source);
}

Node document_from_markdown(const std::string& markdown, const Definitions& defs, const PlannedDocument& doc,
                            const MakeOptions& o, MakeShared& shared) {
  TemplateSource source{o.template_dirs};
  const std::string name = find_template(doc.kind, doc.style, source) + " (as rendered)";
  Node model = parse_markdown(markdown, name, locale_of(defs, o));
  if (markdown.find("](picture:") == std::string::npos) return model;
  resolve_pictures(model, shared.pictures(), name);  // unknown pictures reported where named
  return model;
}

Node build_document(const Definitions& defs, const PlannedDocument& doc, const MakeOptions& o,
                    MakeShared& shared) {
  return document_from_markdown(render_document(defs, doc, o, shared), defs, doc, o, shared);
}

Node build_document(const Definitions& defs, const PlannedDocument& doc, const MakeOptions& o) {
  MakeShared shared(defs, o);
  return build_document(defs, doc, o, shared);
}

MadeFile make_format(const Node& model, const PlannedDocument& doc, const std::string& f) {
  WriterOptions wo;
  wo.style = doc.style;
  wo.font_size_pt = doc.font_size_pt;
  wo.language = model.alt.empty() ? "en-GB" : model.alt;
  wo.title = model.text;
  std::string path = doc.base_path + "." + extension_of(f);
  return {path, f == "model" ? dump(model) : (*find_writer(f))(model, wo)};
}

static void write_formats(const Node& model, const PlannedDocument& doc,
                          const std::vector<std::string>& formats, MakeResult& result) {
  for (const auto& f : formats) {
    try {
      result.files.push_back(make_format(model, doc, f));
    } catch (const PlainlyError& e) {
      if (e.code() == ExitCode::MissingTool) throw;  // no document of this format can be made
      result.problems.push_back(doc.base_path + "." + extension_of(f) + ": could not be made: " + e.what());
    }
  }
}

MakeResult make_documents(const Definitions& defs, const MakeOptions& o) {
  std::vector<std::string> formats = o.formats.empty() ? default_formats() : o.formats;
  check_formats(formats);
  MakeResult result;
  MakeShared shared(defs, o);
  for (const auto& doc : plan_documents(defs, o)) {
    Node model = build_document(defs, doc, o, shared);
    write_formats(model, doc, formats, result);
  }
  return result;
}

}  // namespace plainly
