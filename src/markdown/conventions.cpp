// The conventions of docs/markdown-conventions.md that sit on top of CommonMark:
// easy-read rows and signature lines (consent choices are task-list items: converter.cpp).
#include <string>

#include "markdown/cmark_handles.hpp"
#include "markdown/converter.hpp"
#include "markdown/row_sentences.hpp"

namespace plainly {

static bool is_break(cmark_node* n) {
  if (n == nullptr) return false;
  cmark_node_type t = cmark_node_get_type(n);
  return t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK;
}

// A paragraph that starts with a `picture:` image, or whose first line is only an image
// followed by more lines (a row whose picture has been resolved to a file).
bool MarkdownConverter::is_easy_read_row(cmark_node* paragraph) const {
  cmark_node* first = cmark_node_first_child(paragraph);
  if (first == nullptr || cmark_node_get_type(first) != CMARK_NODE_IMAGE) return false;
  if (cmark_url(first).rfind("picture:", 0) == 0) return true;
  cmark_node* next = cmark_node_next(first);
  return is_break(next) && cmark_node_next(next) != nullptr;
}

static bool is_space(char c) { return c == ' ' || c == '\t'; }

// "Label: _____" (five or more underscores, written as underscores, not escaped).
bool MarkdownConverter::signature_label(cmark_node* paragraph, std::string* label) const {
  int line = cmark_node_get_start_line(paragraph);
  if (line <= 0 || cmark_node_get_end_line(paragraph) != line) return false;
  for (cmark_node* c = cmark_node_first_child(paragraph); c; c = cmark_node_next(c)) {
    if (cmark_node_get_type(c) != CMARK_NODE_TEXT) return false;
  }
  std::string raw = map_.line_text(line);
  size_t end = raw.size();
  while (end > 0 && is_space(raw[end - 1])) --end;
  size_t start = end;
  while (start > 0 && raw[start - 1] == '_') --start;
  if (end - start < 5 || (start > 0 && raw[start - 1] == '\\')) return false;

  std::string text = cmark_inline_text(paragraph);
  size_t e = text.size();
  while (e > 0 && is_space(text[e - 1])) --e;
  size_t s = e;
  while (s > 0 && text[s - 1] == '_') --s;
  while (s > 0 && is_space(text[s - 1])) --s;
  if (s == 0 || text[s - 1] != ':') return false;
  std::string l = text.substr(0, s - 1);
  while (!l.empty() && is_space(l.back())) l.pop_back();
  if (l.empty()) return false;
  *label = l;
  return true;
}

static void trim_sentence(Node& sentence) {
  auto& kids = sentence.children;
  if (!kids.empty() && kids.front().kind == NodeKind::Text) {
    std::string& t = kids.front().text;
    t.erase(0, t.find_first_not_of(" \t"));
    if (t.empty()) kids.erase(kids.begin());
  }
  if (!kids.empty() && kids.back().kind == NodeKind::Text) {
    std::string& t = kids.back().text;
    size_t last = t.find_last_not_of(" \t");
    t.erase(last == std::string::npos ? 0 : last + 1);
    if (t.empty()) kids.pop_back();
  }
}

void MarkdownConverter::finish_row(cmark_node* n, Node& row) {
  auto& kids = row.children;
  for (auto& child : kids) {
    if (child.kind == NodeKind::Paragraph) trim_sentence(child);
  }
  split_row_sentences(row);  // easy read: one sentence a line, even within one source line
  std::erase_if(kids, [](const Node& c) {
    return c.kind == NodeKind::Paragraph && c.children.empty();
  });
  if (kids.size() < 2) {
    fail(n, "This easy-read row has a picture but no sentence.",
         "Write each sentence on its own line after the picture.");
  }
}

}  // namespace plainly
