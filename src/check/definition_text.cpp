#include "check/definition_text.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

#include "core/utf8.hpp"
#include "definitions/schema.hpp"
#include "definitions/source_text.hpp"

namespace plainly {

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Try to match `needle` at `at`; returns the end offset or npos.
static size_t match_at(const std::string& s, const std::string& needle, size_t at) {
  size_t i = at, j = 0;
  while (j < needle.size()) {
    if (is_space(needle[j])) {
      if (i >= s.size() || !is_space(s[i])) return std::string::npos;
      while (j < needle.size() && is_space(needle[j])) ++j;
      while (i < s.size() && is_space(s[i])) ++i;
      continue;
    }
    if (i >= s.size() || std::tolower(static_cast<unsigned char>(s[i])) !=
                             std::tolower(static_cast<unsigned char>(needle[j])))
      return std::string::npos;
    ++i;
    ++j;
  }
  return i;
}

size_t find_words(const std::string& source, const std::string& needle, size_t from,
                  size_t* match_end, size_t limit) {
  if (needle.empty()) return std::string::npos;
  size_t stop = limit >= source.size() - std::min(from, source.size()) ? source.size() : from + limit;
  for (size_t at = from; at < stop; ++at) {
    size_t end = match_at(source, needle, at);
    if (end != std::string::npos) {
      if (match_end) *match_end = end;
      return at;
    }
  }
  return std::string::npos;
}

// A field's text lies close after the field's own position: the search for its words stops
// this far on, so a field whose words are not found verbatim costs little.
static const size_t kSearchLimit = 64 * 1024;

// The file's line index, made once per definitions file rather than once per finding (a
// file with thousands of findings was quadratic when each one scanned from the start).
class SourceCache {
 public:
  const SourceText& get(const Definitions& d) {
    if (!src_ || text_ != &d.source || size_ != d.source.size() || path_ != d.path) {
      src_ = std::make_unique<SourceText>(d.path, d.source);
      text_ = &d.source;
      size_ = d.source.size();
      path_ = d.path;
    }
    return *src_;
  }

 private:
  std::unique_ptr<SourceText> src_;
  const std::string* text_ = nullptr;
  size_t size_ = 0;
  std::string path_;
};

static Diagnostic to_diagnostic(const SourceText& src, const TextField& field, const Finding& f) {
  const std::string& text = src.text();
  SourcePos pos = field.field->pos;
  int length = static_cast<int>(utf8_length(f.text));
  size_t from = src.offset_of(pos), end = 0;
  size_t at = find_words(text, f.text, from, &end, kSearchLimit);
  if (at != std::string::npos) {
    pos = src.pos_at(at);
    size_t line_end = text.find('\n', at);
    if (line_end != std::string::npos && line_end < end) end = line_end;
    length = static_cast<int>(utf8_length(std::string_view(text).substr(at, end - at)));
  }
  std::string message = "\"" + f.text + "\": " + f.message;
  return src.diagnostic(pos, length, field.key_path, message, f.suggestion);
}

std::string checker_locale(const Definitions& d) {
  const auto& known = allowed_values("locale");
  if (d.locale.ok() && std::find(known.begin(), known.end(), d.locale.value) != known.end())
    return d.locale.value;
  return "en-GB";
}

std::function<std::vector<Diagnostic>(const Definitions&, const TextField&)>
definitions_text_checker(Checker checker) {
  auto cache = std::make_shared<SourceCache>();
  return [checker, cache](const Definitions& d, const TextField& field) {
    std::vector<Diagnostic> out;
    if (!field.field || field.field->value.empty()) return out;
    // An easy-read wording exists to be easy to read: the easy-read limits (15 words a
    // sentence, numbers as digits, acronyms written out) are problems in it, not advice.
    CheckOptions options;
    options.easy_read = field.easy_read;
    for (const Finding& f : check_text(checker, field.field->value, d.path, options)) {
      bool problem = f.severity == Severity::Error || (field.easy_read && f.severity == Severity::Warning);
      if (!problem) continue;
      out.push_back(to_diagnostic(cache->get(d), field, f));
    }
    return out;
  };
}

}  // namespace plainly
