#include "core/diagnostic.hpp"

#include "core/utf8.hpp"

namespace plainly {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Suggestion: return "suggestion";
  }
  return "error";
}

std::string line_of(const std::string& text, int line) {
  if (line < 1) return "";
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string::npos) return "";
    ++start;
  }
  size_t end = text.find('\n', start);
  std::string out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

// The caret line copies tabs from the source line so the caret lines up in a terminal.
static std::string caret_line(const std::string& source, int column, int length) {
  std::string out;
  int col = 1;
  size_t i = 0;
  while (col < column && i < source.size()) {
    size_t next = utf8_next(source, i);
    out += source[i] == '\t' ? '\t' : ' ';
    i = next;
    ++col;
  }
  while (col < column) { out += ' '; ++col; }
  out += '^';
  for (int k = 1; k < length; ++k) out += '~';
  return out;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.pos.line > 0) {
    out += ":" + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ":" + std::to_string(d.pos.column);
  }
  out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  if (!d.key_path.empty()) out += d.key_path + ": ";
  out += d.message;
  if (!d.example.empty()) out += " " + d.example;
  out += "\n";
  if (!d.source_line.empty() && d.pos.column > 0) {
    out += "  " + d.source_line + "\n";
    out += "  " + caret_line(d.source_line, d.pos.column, d.length < 1 ? 1 : d.length) + "\n";
  }
  return out;
}

}  // namespace plainly
