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

// Loaded once a run, and only when an easy-read document needs pictures.
struct Shared {
  std::unique_ptr<Formatter> format;
  std::unique_ptr<PictureLibrary> pictures;
};

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

static Node render_to_model(const Definitions& defs, const PlannedDocument& doc,
                            const MakeOptions& o, Shared& shared) {
  std::string locale = locale_of(defs, o);
  if (!shared.format) shared.format = std::make_unique<Formatter>(load_labels(locale, {}));
  ContextRequest req{&defs, doc.role, doc.person, o.today, doc.kind};
  TemplateData data = build_context(req, *shared.format);
  TemplateSource source{o.template_dirs};
  std::string markdown = render_template(doc.kind, doc.style, data, source);
  const std::string name = find_template(doc.kind, doc.style, source) + " (as rendered)";
  Node model = parse_markdown(markdown, name, locale);
  if (markdown.find("](picture:") == std::string::npos) return model;
  if (!shared.pictures) shared.pictures = std::make_unique<PictureLibrary>(load_picture_library(locale, o.picture_dirs));
  resolve_pictures(model, *shared.pictures, name);  // unknown pictures reported where named
  return model;
}

Node build_document(const Definitions& defs, const PlannedDocument& doc, const MakeOptions& o) {
  Shared shared;
  return render_to_model(defs, doc, o, shared);
}

static void write_formats(const Node& model, const PlannedDocument& doc, const MakeOptions& o,
                          const std::vector<std::string>& formats, MakeResult& result) {
  WriterOptions wo;
  wo.style = doc.style;
  wo.font_size_pt = doc.font_size_pt;
  wo.language = model.alt.empty() ? "en-GB" : model.alt;
  wo.title = model.text;
  for (const auto& f : formats) {
    std::string path = doc.base_path + "." + extension_of(f);
    try {
      std::string bytes = f == "model" ? dump(model) : (*find_writer(f))(model, wo);
      result.files.push_back({path, std::move(bytes)});
    } catch (const PlainlyError& e) {
      if (e.code() == ExitCode::MissingTool) throw;  // no document of this format can be made
      result.problems.push_back(path + ": could not be made: " + e.what());
    }
  }
  (void)o;
}

MakeResult make_documents(const Definitions& defs, const MakeOptions& o) {
  std::vector<std::string> formats = o.formats.empty() ? default_formats() : o.formats;
  check_formats(formats);
  MakeResult result;
  Shared shared;
  for (const auto& doc : plan_documents(defs, o)) {
    Node model = render_to_model(defs, doc, o, shared);
    write_formats(model, doc, o, formats, result);
  }
  return result;
}

}  // namespace plainly
