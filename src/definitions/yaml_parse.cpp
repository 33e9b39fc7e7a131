#include "definitions/yaml_parse.hpp"

#include <algorithm>
#include <cstdio>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace plainly {

// Deeper than this and yaml-cpp's recursive parser could run out of stack; no real
// definitions file comes near it.
static const int kMaxNesting = 40;
static const int kMaxIndent = 200;

static std::string mb(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

static bool blank_or_comment_only(const std::string& text) {
  bool at_line_start = true, in_comment = false;
  for (char c : text) {
    if (c == '\n') { at_line_start = true; in_comment = false; continue; }
    if (in_comment || c == ' ' || c == '\t' || c == '\r') continue;
    if (c == '#' && at_line_start) { in_comment = true; continue; }
    if (c == '-' || c == '.') continue;  // "---" and "..." document markers
    return false;
  }
  return true;
}

// Tabs in a line's leading white space, and control characters anywhere.
static void check_characters(const SourceText& src, std::vector<Diagnostic>& out) {
  const std::string& t = src.text();
  bool leading = true;
  for (size_t i = 0; i < t.size() && out.size() < 20; ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == '\n') { leading = true; continue; }
    if (c == '\t' && leading) {
      out.push_back(src.diagnostic(src.pos_at(i), 1, "",
                                   "a tab is used to indent this line, and YAML only allows spaces.",
                                   "Replace the tab with spaces."));
      leading = false;
    } else if (c < 0x20 && c != '\t' && c != '\r') {
      char code[8];
      std::snprintf(code, sizeof code, "%02X", c);
      out.push_back(src.diagnostic(src.pos_at(i), 1, "",
                                   std::string("this line holds an invisible control character (0x") + code + ").",
                                   "Delete it."));
    }
    if (c != ' ' && c != '\t') leading = false;
  }
}

// Brackets opened inside flow lists/maps, outside quotes and comments.
static int flow_depth_change(char c, bool* in_single, bool* in_double) {
  if (*in_double) { if (c == '"') *in_double = false; return 0; }
  if (*in_single) { if (c == '\'') *in_single = false; return 0; }
  if (c == '"') *in_double = true;
  if (c == '\'') *in_single = true;
  if (c == '[' || c == '{') return 1;
  if (c == ']' || c == '}') return -1;
  return 0;
}

// The first spot where nesting gets deeper than yaml-cpp can safely follow, or npos.
static size_t too_deep_at(const std::string& t) {
  int flow = 0, indent = 0, dashes = 0;
  bool line_start = true, in_single = false, in_double = false, comment = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '\n') { line_start = true; indent = dashes = 0; comment = false; continue; }
    if (comment) continue;
    if (line_start && (c == ' ' || c == '-' || c == '?' || c == ':')) {
      if (c == ' ') ++indent; else ++dashes;
      if (indent > kMaxIndent || dashes > kMaxNesting) return i;
      continue;
    }
    line_start = false;
    if (c == '#' && !in_single && !in_double && (i == 0 || t[i - 1] == ' ')) { comment = true; continue; }
    flow += flow_depth_change(c, &in_single, &in_double);
    if (flow > kMaxNesting) return i;
  }
  return std::string::npos;
}

std::vector<Diagnostic> check_raw_text(const SourceText& src) {
  const std::string& t = src.text();
  if (t.size() > kMaxDefinitionsBytes)
    return {src.diagnostic({1, 1}, 1, "", "this file is " + mb(t.size()) + ", too large for a definitions file (the limit is 8 MB).",
                           "A project with many roles is usually under 50 KB; check you chose the right file.")};
  size_t bad = 0;
  if (!utf8_valid(t, &bad))
    return {src.diagnostic(src.pos_at(bad), 1, "", "this byte is not UTF-8 text.",
                           "Save the file as UTF-8 (in most editors: Save As, then choose the encoding UTF-8).")};
  if (blank_or_comment_only(t))
    return {src.diagnostic({1, 1}, 1, "", "the file is empty.",
                           "Run 'plainly init' to write a starter file, then fill it in.")};
  std::vector<Diagnostic> out;
  check_characters(src, out);
  if (!out.empty()) return out;
  size_t deep = too_deep_at(t);
  if (deep != std::string::npos)
    out.push_back(src.diagnostic(src.pos_at(deep), 1, "",
                                 "the lists and groups here are nested too deeply (more than " +
                                     std::to_string(kMaxNesting) + " levels, or indented more than " +
                                     std::to_string(kMaxIndent) + " spaces).",
                                 "A definitions file needs at most 5 levels."));
  return out;
}

// yaml-cpp's messages (yaml-cpp/exceptions.h ErrorMsg) in plain words.
static std::pair<std::string, std::string> plain_syntax_message(const std::string& msg) {
  if (msg == "illegal map value")
    return {"a colon here does not fit: this line is indented differently from the lines around it, or a value holds ': '.",
            "Line up keys at the same level with the same number of spaces, and put text that holds ': ' in quotes."};
  if (msg == "end of map not found")
    return {"this line is indented differently from the lines above it.",
            "Line up keys at the same level with the same number of spaces."};
  if (msg == "end of sequence not found")
    return {"this list item is indented differently from the items above it.",
            "Start each item of a list with '- ' at the same number of spaces."};
  if (msg == "end of sequence flow not found")
    return {"a list opened with '[' is not closed with ']'.", "For example: tasks: [Plan the course, Run two sessions]"};
  if (msg == "end of map flow not found")
    return {"a group opened with '{' is not closed with '}'.", "For example: where: {mode: remote, remote_how: Zoom}"};
  if (msg == "unknown token")
    return {"a value cannot start with this character.", "Put the value in quotes, like \"@home\"."};
  if (msg == "the referenced anchor is not defined")
    return {"this '*' refers to an anchor ('&name') that is not defined above it.", "Put the value in quotes if the '*' is part of the text."};
  if (msg == "block sequence entries are not allowed in this context")
    return {"a list item ('- ') cannot start here.", "Start the list on the line after its key, indented."};
  return {"the YAML cannot be read here (" + msg + ").", "Check the indenting and quotes on this line and the one above it."};
}

// For an unclosed '[' or '{', yaml-cpp points where it gave up; the opener is more useful.
static size_t unclosed_opener(const std::string& t, size_t from, char open, char close) {
  int depth = 0;
  for (size_t i = std::min(from, t.size()); i-- > 0;) {
    if (t[i] == close) ++depth;
    if (t[i] == open && depth-- == 0) return i;
  }
  return from;
}

YAML::Node parse_yaml(const SourceText& src) {
  std::vector<Diagnostic> problems = check_raw_text(src);
  if (!problems.empty()) throw PlainlyError(ExitCode::BadInput, "", problems);
  try {
    return YAML::Load(src.text());
  } catch (const YAML::ParserException& e) {
    size_t at = e.mark.pos >= 0 ? static_cast<size_t>(e.mark.pos) : 0;
    if (e.msg == "end of sequence flow not found") at = unclosed_opener(src.text(), at, '[', ']');
    if (e.msg == "end of map flow not found") at = unclosed_opener(src.text(), at, '{', '}');
    SourcePos pos = src.pos_at(at);
    auto [message, example] = plain_syntax_message(e.msg);
    throw PlainlyError(ExitCode::BadInput, "", {src.diagnostic(pos, 1, "", message, example)});
  } catch (const YAML::Exception& e) {
    throw PlainlyError(ExitCode::BadInput, "",
                       {src.diagnostic({1, 1}, 1, "", "the YAML cannot be read (" + e.msg + ").", "")});
  }
}

}  // namespace plainly
