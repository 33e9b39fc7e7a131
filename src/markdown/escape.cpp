#include "markdown/escape.hpp"

#include <cctype>
#include <cstring>

namespace plainly {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `&name;`, `&#123;` or `&#x1F;` starts at `i`: cmark would read it as a character.
bool entity_at(const std::string& s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') ++j;
  size_t start = j;
  while (j < s.size() && (is_alnum(s[j]))) ++j;
  return j > start && j < s.size() && s[j] == ';';
}

// `:smile:`, which Pandoc's emoji extension would turn into a picture character.
bool emoji_at(const std::string& s, size_t i) {
  size_t j = i + 1;
  while (j < s.size() && (std::islower(static_cast<unsigned char>(s[j])) || is_digit(s[j]) ||
                          s[j] == '_' || s[j] == '+' || s[j] == '-')) {
    ++j;
  }
  return j > i + 1 && j < s.size() && s[j] == ':';
}

// Characters that are markup anywhere in a line (CommonMark, GFM, Pandoc extensions).
bool always_escaped(char c) { return c != 0 && std::strchr("\\`*_[]<>#~|{}$^", c) != nullptr; }

// Characters that are markup only at the start of a line.
bool start_escaped(char c) { return c != 0 && std::strchr("-+=:%", c) != nullptr; }

}  // namespace

std::string escape_markdown_text(const std::string& text, bool line_start) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool at_start = line_start;  // still in the leading spaces of a line
  size_t i = 0;
  if (line_start && !text.empty() && (text[0] == ' ' || text[0] == '\t')) {
    // Leading spaces would be dropped, or make a code block: write the first as an entity.
    out += text[0] == ' ' ? "&#32;" : "&#9;";
    i = 1;
  }
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r') c = ' ';
    if (at_start && c != ' ' && c != '\t') {
      at_start = false;
      if (is_digit(c)) {  // "1." or "1)" would start an ordered list
        size_t j = i;
        while (j < text.size() && is_digit(text[j])) ++j;
        if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
          out.append(text, i, j - i);
          out += '\\';
          out += text[j];
          i = j;
          continue;
        }
      } else if (start_escaped(c)) {
        out += '\\';
        out += c;
        continue;
      }
    }
    bool escape = always_escaped(c) || (c == '&' && entity_at(text, i)) ||
                  (c == ':' && emoji_at(text, i)) ||
                  (c == '@' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '-'));
    if (escape) out += '\\';
    out += c;
  }
  return out;
}

std::string markdown_destination(const std::string& url) {
  bool plain = !url.empty();
  for (size_t i = 0; i < url.size() && plain; ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    if (c <= ' ' || c == '<' || c == '>' || c == '(' || c == ')' || c == '\\' ||
        (c == '&' && entity_at(url, i))) {
      plain = false;
    }
  }
  if (plain) return url;
  std::string out = "<";
  for (size_t i = 0; i < url.size(); ++i) {
    char c = url[i];
    if (c == '\n') { out += "%0A"; continue; }
    if (c == '\r') { out += "%0D"; continue; }
    if (c == '<' || c == '>' || c == '\\' || (c == '&' && entity_at(url, i))) out += '\\';
    out += c;
  }
  return out + ">";
}

}  // namespace plainly
