#pragma once
// Rendering the Markdown templates (kainjow mustache) with partials and a user's own
// template folder. Every {{value}} is escaped so that user text is data, never markup.

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "templating/context.hpp"

namespace plainly {

/// Escape text for Markdown: a backslash before every ASCII punctuation character, and
/// line breaks (and tabs) become spaces, so `Sam *Taylor* {{x}} <b>` or a leading `#`
/// come out literally.
std::string escape_markdown(const std::string& text);

/// Where templates are looked up: each of `user_dirs` first (a folder laid out like
/// templates/, e.g. DIR/offer/standard.md.mustache and DIR/partials/x.md.mustache),
/// then the built-in templates.
class TemplateCache;
struct TemplateSource {
  std::vector<std::string> user_dirs;
  /// If set, templates and partials are read and checked once and kept here (one cache
  /// per run); if not, they are read from disk for each render.
  TemplateCache* cache = nullptr;
};

struct LoadedTemplate;

/// Templates with their partials, read and checked once, shared read-only by every thread
/// of a run. A template is read again only by a new cache (a new run).
class TemplateCache {
 public:
  TemplateCache();
  ~TemplateCache();
  /// The template at `path` with the partials it includes (looked up through `source`),
  /// read and checked on first use. Throws PlainlyError as render_template does.
  std::shared_ptr<const LoadedTemplate> get(const std::string& path, const TemplateSource& source);

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const LoadedTemplate>> loaded_;
};

/// The path of templates/<kind>/<style>.md.mustache, or "" if there is none.
std::string find_template(const std::string& kind, const std::string& style,
                          const TemplateSource& source);

/// Render templates/<kind>/<style>.md.mustache (and the partials it includes, looked up
/// in templates/partials/NAME.md.mustache) with `data`. A missing or broken template or
/// partial throws PlainlyError (exit 2) with a `file:line:col: error:` diagnostic, and so
/// does a name no project's context could hold (a typo such as {{role.pay_rat}}; see
/// fields.hpp): every such name is listed at once. TemplateCache::get checks the same.
std::string render_template(const std::string& kind, const std::string& style,
                            const TemplateData& data, const TemplateSource& source);

/// Render template text directly (for tests and for a user's single template file).
/// `file` names it in messages; partials are looked up as in render_template. Names are
/// not checked against the context's fields, so any `data` can be used.
std::string render_template_text(const std::string& text, const std::string& file,
                                 const TemplateData& data, const TemplateSource& source);

}  // namespace plainly
