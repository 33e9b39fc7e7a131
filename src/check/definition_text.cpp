#include "check/definition_text.hpp"

#include <algorithm>
#include <cctype>

#include "core/utf8.hpp"
#include "definitions/schema.hpp"

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
                  size_t* match_end) {
  if (needle.empty()) return std::string::npos;
  for (size_t at = from; at < source.size(); ++at) {
    size_t end = match_at(source, needle, at);
    if (end != std::string::npos) {
      if (match_end) *match_end = end;
      return at;
    }
  }
  return std::string::npos;
}

// Byte offset of a 1-based line and character column in `text`.
static size_t offset_of(const std::string& text, SourcePos pos) {
  size_t i = 0;
  for (int line = 1; line < pos.line && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  for (int col = 1; col < pos.column && i < text.size() && text[i] != '\n'; ++col)
    i = utf8_next(text, i);
  return i;
}

static Diagnostic to_diagnostic(const Definitions& d, const TextField& field, const Finding& f) {
  Diagnostic diag;
  diag.severity = Severity::Error;
  diag.file = d.path;
  diag.key_path = field.key_path;
  diag.message = "\"" + f.text + "\": " + f.message;
  if (!f.suggestion.empty()) diag.example = f.suggestion;
  diag.pos = field.field->pos;
  diag.length = static_cast<int>(utf8_length(f.text));
  size_t end = 0;
  size_t at = find_words(d.source, f.text, offset_of(d.source, field.field->pos), &end);
  if (at != std::string::npos) {
    utf8_line_col(d.source, at, &diag.pos.line, &diag.pos.column);
    size_t line_end = d.source.find('\n', at);
    if (line_end != std::string::npos && line_end < end) end = line_end;
    diag.length = static_cast<int>(utf8_length(std::string_view(d.source).substr(at, end - at)));
  }
  diag.source_line = line_of(d.source, diag.pos.line);
  return diag;
}

std::string checker_locale(const Definitions& d) {
  const auto& known = allowed_values("locale");
  if (d.locale.ok() && std::find(known.begin(), known.end(), d.locale.value) != known.end())
    return d.locale.value;
  return "en-GB";
}

std::function<std::vector<Diagnostic>(const Definitions&, const TextField&)>
definitions_text_checker(Checker checker) {
  return [checker](const Definitions& d, const TextField& field) {
    std::vector<Diagnostic> out;
    if (!field.field || field.field->value.empty()) return out;
    for (const Finding& f : check_text(checker, field.field->value, d.path, CheckOptions{})) {
      if (f.severity != Severity::Error) continue;
      out.push_back(to_diagnostic(d, field, f));
    }
    return out;
  };
}

}  // namespace plainly
