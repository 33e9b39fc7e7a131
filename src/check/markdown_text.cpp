// Blanking Markdown markup while keeping every byte offset.
#include "check/markdown_text.hpp"

#include <cctype>

namespace plainly {
namespace {

void blank(std::string& s, size_t from, size_t to) {
  for (size_t i = from; i < to && i < s.size(); ++i)
    if (s[i] != '\n') s[i] = ' ';
}

size_t line_end(const std::string& s, size_t i) {
  size_t e = s.find('\n', i);
  return e == std::string::npos ? s.size() : e;
}

/// Block markers at the start of a line: '>' quotes, '#' headings, list bullets and numbers,
/// task boxes, table pipes and rules. Returns where the text of the line starts.
void blank_line_start(std::string& s, size_t b, size_t e) {
  size_t i = b;
  for (;;) {
    while (i < e && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i < e && s[i] == '>') { s[i++] = ' '; continue; }
    break;
  }
  if (i < e && s[i] == '#') {
    while (i < e && s[i] == '#') s[i++] = ' ';
  } else if (i + 1 < e && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') {
    s[i] = ' ';
    i += 2;
  } else {
    size_t j = i;
    while (j < e && s[j] >= '0' && s[j] <= '9') ++j;
    if (j > i && j + 1 < e && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ') { blank(s, i, j + 1); i = j + 2; }
  }
  if (i + 3 <= e && s[i] == '[' && (s[i + 1] == ' ' || s[i + 1] == 'x' || s[i + 1] == 'X') && s[i + 2] == ']')
    blank(s, i, i + 3);
  bool rule = e > b;
  for (size_t k = b; k < e; ++k)
    if (s[k] != '-' && s[k] != '*' && s[k] != '_' && s[k] != '=' && s[k] != ' ' && s[k] != '|' && s[k] != ':') rule = false;
  if (rule) blank(s, b, e);
}

void blank_inline(std::string& s, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    char c = s[i];
    if (c == '`') {
      size_t close = s.find('`', i + 1);
      if (close != std::string::npos && close < e) { blank(s, i, close + 1); i = close; continue; }
      s[i] = ' ';
    } else if (c == '<') {
      size_t close = s.find('>', i + 1);
      if (close != std::string::npos && close < e && close > i + 1 &&
          (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/' || s[i + 1] == '!')) {
        blank(s, i, close + 1);
        i = close;
      }
    } else if (c == ']' && i + 1 < e && s[i + 1] == '(') {
      size_t close = s.find(')', i + 2);
      if (close != std::string::npos && close < e) { blank(s, i, close + 1); i = close; continue; }
      s[i] = ' ';
    } else if (c == '[' || c == ']' || c == '*' || c == '|' || c == '\\') {
      s[i] = ' ';
    } else if (c == '!' && i + 1 < e && s[i + 1] == '[') {
      s[i] = ' ';
    } else if (c == '_') {
      bool word_before = i > b && std::isalnum(static_cast<unsigned char>(s[i - 1]));
      bool word_after = i + 1 < e && std::isalnum(static_cast<unsigned char>(s[i + 1]));
      if (!(word_before && word_after)) s[i] = ' ';
    }
  }
}

bool blank_line(std::string_view s, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k)
    if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r') return false;
  return true;
}

/// Does the paragraph whose first line is [b, e) form an easy-read row? It does if the
/// line starts with an image whose address starts with "picture:", or if the line is only
/// an image and another line follows (docs/markdown-conventions.md, "Easy-read row").
bool starts_easy_read_row(std::string_view s, size_t b, size_t e) {
  size_t k = b;
  while (k < e && s[k] == ' ') ++k;
  if (s.compare(k, 2, "![") != 0) return false;
  size_t mid = s.find("](", k + 2);
  if (mid == std::string_view::npos || mid >= e) return false;
  size_t close = s.find(')', mid + 2);
  if (close == std::string_view::npos || close >= e) return false;
  if (s.compare(mid + 2, 8, "picture:") == 0) return true;
  if (!blank_line(s, close + 1, e)) return false;
  size_t next_end = e < s.size() ? s.find('\n', e + 1) : std::string_view::npos;
  if (e >= s.size()) return false;
  return !blank_line(s, e + 1, next_end == std::string_view::npos ? s.size() : next_end);
}

/// End of the paragraph starting at `b`: the end of its last non-blank line.
size_t paragraph_end(std::string_view s, size_t b) {
  size_t end = b;
  for (size_t i = b; i < s.size();) {
    size_t e = s.find('\n', i);
    if (e == std::string_view::npos) e = s.size();
    if (blank_line(s, i, e)) break;
    end = e;
    i = e + 1;
  }
  return end;
}

}  // namespace

std::string blank_markdown(std::string_view md) { return blank_markdown(md, nullptr); }

std::string blank_markdown(std::string_view md, std::vector<std::pair<size_t, size_t>>* easy_read_rows) {
  std::string s(md);
  size_t i = 0;
  // Front matter: a first line of "---" up to the next "---" line.
  if (s.compare(0, 4, "---\n") == 0) {
    size_t close = s.find("\n---", 3);
    if (close != std::string::npos) {
      size_t e = line_end(s, close + 1);
      blank(s, 0, e);
      i = e;
    }
  }
  bool in_fence = false;
  bool paragraph_start = true;  // the previous line was blank (or there was none)
  size_t row_end = 0;           // inside an easy-read row up to here
  while (i < s.size()) {
    size_t e = line_end(s, i);
    size_t k = i;
    while (k < e && s[k] == ' ') ++k;
    bool fence = s.compare(k, 3, "```") == 0 || s.compare(k, 3, "~~~") == 0;
    bool blank_now = blank_line(md, i, e);
    if (easy_read_rows && !fence && !in_fence && paragraph_start && !blank_now && i >= row_end &&
        starts_easy_read_row(md, i, e)) {
      row_end = paragraph_end(md, i);
      easy_read_rows->push_back({i, row_end});
    }
    paragraph_start = blank_now || fence || in_fence;
    if (fence || in_fence) {
      blank(s, i, e);
      if (fence) in_fence = !in_fence;
    } else {
      blank_line_start(s, i, e);
      blank_inline(s, i, e);
    }
    i = e + 1;
  }
  return s;
}

}  // namespace plainly
