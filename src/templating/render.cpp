#include "templating/render.hpp"

#include <algorithm>
#include <map>
#include <regex>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"
#include "core/utf8.hpp"
#include "templating/fields.hpp"

namespace plainly {

using Mustache = kainjow::mustache::mustache;

// kainjow mustache 4.1 leaves an empty line where a standalone section tag sits in a
// section that is not rendered (the spec says the whole line goes). An empty line splits
// an easy-read row or a list, so we mark each standalone tag line, then drop the marked
// lines after rendering ourselves. The mark never appears in user text (escape drops it).
constexpr char kStandaloneMark = '\x1f';

static bool is_standalone_tag_line(const std::string& line) {
  static const std::regex tag(R"(^[ \t]*\{\{[#^/!][^}]*\}\}[ \t]*\r?$)");
  return std::regex_match(line, tag);
}

static std::string mark_standalone_lines(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    std::string line = text.substr(start, end - start);
    out += line;
    if (is_standalone_tag_line(line)) out += kStandaloneMark;
    if (nl != std::string::npos) out += '\n';
    start = end + 1;
  }
  return out;
}

static std::string drop_marked_lines(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    std::string line = text.substr(start, end - start);
    bool marked = line.find(kStandaloneMark) != std::string::npos &&
                  line.find_first_not_of(" \t\r\x1f") == std::string::npos;
    if (!marked) {
      for (char c : line)
        if (c != kStandaloneMark) out += c;
      if (nl != std::string::npos) out += '\n';
    }
    start = end + 1;
  }
  return out;
}

std::string escape_markdown(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == kStandaloneMark) continue;
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else {
      if (c < 0x80 && std::ispunct(c)) out += '\\';
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string find_template(const std::string& kind, const std::string& style,
                          const TemplateSource& source) {
  return find_data_file("templates/" + kind + "/" + style + ".md.mustache", source.user_dirs);
}

namespace {

// kainjow reports "Unclosed section \"x\" at 123" (a byte offset): turn it into plain
// words at a line and column.
Diagnostic template_diagnostic(const std::string& file, const std::string& text,
                               const std::string& kainjow_message) {
  Diagnostic d;
  d.file = file;
  std::smatch m;
  size_t offset = 0;
  std::string message = kainjow_message;
  static const std::regex at_re(R"(^(.*) at (\d+)$)");
  if (std::regex_match(kainjow_message, m, at_re)) {
    offset = std::min<size_t>(std::stoul(m[2].str()), text.size());
    message = m[1].str();
  }
  static const std::regex section_re(R"re(^(Unclosed|Unopened) section "(.*)"$)re");
  std::smatch s;
  if (std::regex_match(message, s, section_re)) {
    std::string name = s[2].str();
    message = s[1].str() == "Unclosed"
                  ? "the section '" + name + "' is opened here but never closed. Add {{/" + name + "}} where it ends."
                  : "the section '" + name + "' is closed here but was never opened. Add {{#" + name + "}} where it starts, or remove this tag.";
  } else if (message == "Unclosed tag") {
    message = "this tag is never closed. End it with }}.";
  } else if (message == "Invalid set delimiter tag") {
    message = "this tag changes the delimiters in a way plainly cannot read. Write it like {{=<% %>=}}.";
  } else {
    message = "the template cannot be read: " + message + ".";
  }
  d.message = message;
  utf8_line_col(text, offset, &d.pos.line, &d.pos.column);
  d.source_line = line_of(text, d.pos.line);
  return d;
}

[[noreturn]] void fail_template(const Diagnostic& d) {
  throw PlainlyError(ExitCode::BadInput, "", {d});
}

void check_parses(const std::string& text, const std::string& file) {
  Mustache tmpl(text);
  if (!tmpl.is_valid()) fail_template(template_diagnostic(file, text, tmpl.error_message()));
}

// "loop > other > loop": the partials a template is inside, then `name`.
std::string include_chain(const std::vector<std::string>& chain, const std::string& name) {
  std::string out;
  for (const auto& c : chain) out += c + " > ";
  return out + name;
}

// Load every partial `text` includes ({{> name}}), and the partials they include. `chain`
// holds the partials `text` is inside: including one of them again would never end (the
// renderer would run out of stack), so it is an error.
void load_partials(const std::string& text, const std::string& file, const TemplateSource& source,
                   std::map<std::string, std::string>& partials,
                   std::map<std::string, TemplateFile>& partial_files, std::vector<std::string>& chain) {
  static const std::regex partial_re(R"(\{\{\s*>\s*([^}\s]+)\s*\}\})");
  const size_t depth = chain.size();
  for (auto it = std::sregex_iterator(text.begin(), text.end(), partial_re);
       it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[1].str();
    if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
      Diagnostic d = template_diagnostic(file, text, "x at " + std::to_string(it->position(0)));
      d.message = "the partial '" + name + "' includes itself (" + include_chain(chain, name) +
                  "), so it would never end. Remove this {{> " + name + "}}.";
      fail_template(d);
    }
    if (partials.count(name)) continue;
    std::string path = find_data_file("templates/partials/" + name + ".md.mustache", source.user_dirs);
    if (path.empty() || depth > 20) {
      Diagnostic d = template_diagnostic(file, text, "x at " + std::to_string(it->position(0)));
      d.message = depth > 20 ? "partials include each other too deeply (more than 20 levels)."
                             : "there is no partial called '" + name + "' (looked for partials/" +
                                   name + ".md.mustache).";
      fail_template(d);
    }
    std::string partial = read_file(path);
    check_parses(partial, path);
    partials[name] = mark_standalone_lines(partial);
    partial_files[name] = TemplateFile{partial, path};
    chain.push_back(name);
    load_partials(partial, path, source, partials, partial_files, chain);
    chain.pop_back();
  }
}

// A template read and checked: its text, its text with standalone tag lines marked, and
// every partial it includes (marked the same way).
struct Loaded {
  std::string text;
  std::string marked;
  std::map<std::string, std::string> partials;
};

// Whether a template may use only the names of the real context (fields.hpp).
enum class Names { Checked, Unchecked };

Loaded load_template(const std::string& text, const std::string& file, const TemplateSource& source,
                     Names names) {
  check_parses(text, file);
  Loaded t;
  std::map<std::string, TemplateFile> partial_files;
  std::vector<std::string> chain;
  load_partials(text, file, source, t.partials, partial_files, chain);
  if (names == Names::Checked) {
    std::vector<Diagnostic> unknown = unknown_template_names({text, file}, partial_files);
    if (!unknown.empty()) throw PlainlyError(ExitCode::BadInput, "", std::move(unknown));
  }
  t.text = text;
  t.marked = mark_standalone_lines(text);
  return t;
}

std::string render_loaded(const Loaded& t, const std::string& file, const TemplateData& data) {
  TemplateData with_partials = data;
  for (const auto& [name, body] : t.partials) {
    if (with_partials.get(name))
      fail_input(file + ": the partial '" + name +
                 "' has the same name as a value in the template data. Rename the partial.");
    with_partials.set(name, body);
  }
  Mustache tmpl(t.marked);
  tmpl.set_custom_escape(escape_markdown);
  std::string out = tmpl.render(with_partials);
  if (!tmpl.is_valid()) fail_template(template_diagnostic(file, t.text, tmpl.error_message()));
  return drop_marked_lines(out);
}

}  // namespace

struct LoadedTemplate : Loaded {};

TemplateCache::TemplateCache() = default;
TemplateCache::~TemplateCache() = default;

std::shared_ptr<const LoadedTemplate> TemplateCache::get(const std::string& path, const TemplateSource& source) {
  std::string key = path;
  for (const auto& dir : source.user_dirs) key += '\n' + dir;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = loaded_.find(key);
    if (it != loaded_.end()) return it->second;
  }
  auto t = std::make_shared<LoadedTemplate>();
  static_cast<Loaded&>(*t) = load_template(read_file(path), path, source, Names::Checked);  // outside the lock
  std::lock_guard<std::mutex> lock(mutex_);
  return loaded_.emplace(key, std::move(t)).first->second;
}

std::string render_template_text(const std::string& text, const std::string& file,
                                 const TemplateData& data, const TemplateSource& source) {
  return render_loaded(load_template(text, file, source, Names::Unchecked), file, data);
}

std::string render_template(const std::string& kind, const std::string& style,
                            const TemplateData& data, const TemplateSource& source) {
  std::string path = find_template(kind, style, source);
  if (path.empty())
    fail_input("there is no template for " + kind + " in " + style +
               " (looked for " + kind + "/" + style + ".md.mustache).");
  if (!source.cache)
    return render_loaded(load_template(read_file(path), path, source, Names::Checked), path, data);
  return render_loaded(*source.cache->get(path, source), path, data);
}

}  // namespace plainly
