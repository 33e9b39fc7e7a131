// The check that a template names only keys the context can hold (fields.hpp). The tags
// are read the way kainjow mustache 4.1 reads them (its parser, simplified: the template
// has already parsed), and names resolve the way its context does: against the innermost
// section first, then outward, the whole dotted name at each level.
#include <algorithm>
#include <set>
#include <sstream>

#include "core/spellcheck.hpp"
#include "core/utf8.hpp"
#include "templating/fields.hpp"

namespace plainly {

namespace {

struct Tag {
  char kind = 0;  ///< '#', '^', '/', '>', '&' (also {{{x}}}), '!', '=', or 'v' for a value
  std::string name;
  size_t offset = 0;  ///< where the tag starts in the text
  size_t length = 0;  ///< the whole tag, delimiters included
};

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// {{=<% %>=}}: the new delimiters, or false when the tag is not one.
bool read_delimiters(const std::string& contents, std::string& begin, std::string& end) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  std::string inner = trim(contents.substr(1, contents.size() - 2));
  size_t space = inner.find(' ');
  if (space == std::string::npos) return false;
  begin = inner.substr(0, space);
  end = trim(inner.substr(space));
  return !begin.empty() && !end.empty();
}

// Every tag of a template, in order.
std::vector<Tag> read_tags(const std::string& text) {
  std::vector<Tag> tags;
  std::string open = "{{", close = "}}";
  size_t pos = 0;
  while ((pos = text.find(open, pos)) != std::string::npos) {
    size_t start = pos + open.size();
    bool triple = open == "{{" && start < text.size() && text[start] == '{';
    const std::string end_mark = triple ? "}}}" : close;
    if (triple) ++start;
    size_t end = text.find(end_mark, start);
    if (end == std::string::npos) break;
    Tag tag;
    tag.offset = pos;
    tag.length = end + end_mark.size() - pos;
    std::string contents = trim(text.substr(start, end - start));
    pos = end + end_mark.size();
    if (!triple && !contents.empty() && contents[0] == '=') {
      std::string b, e;
      if (read_delimiters(contents, b, e)) open = b, close = e;
      continue;
    }
    if (triple) {
      tag.kind = '&';
      tag.name = contents;
    } else if (!contents.empty() && std::string("#^/>&!").find(contents[0]) != std::string::npos) {
      tag.kind = contents[0];
      tag.name = trim(contents.substr(1));
    } else {
      tag.kind = 'v';
      tag.name = contents;
    }
    tags.push_back(tag);
  }
  return tags;
}

std::vector<std::string> split_dots(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos) return parts;
    start = dot + 1;
  }
}

// Every dotted name reachable from `node` without entering a list's items.
void collect_names(const FieldNode& node, const std::string& prefix, std::vector<std::string>& out) {
  for (const auto& [key, child] : node.fields) {
    out.push_back(prefix + key);
    if (!child.list) collect_names(child, prefix + key + ".", out);
  }
}

std::string last_part(const std::string& name) { return name.substr(name.rfind('.') + 1); }
std::string parent_of(const std::string& name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(0, dot);
}

// The known name `name` was most likely meant to be, or "". A close spelling of the whole
// name first (allowing about one typo per three characters of its last part, so that
// role.pay_rat is not taken for role.pay_how); else a field beside it whose name is one
// of its words misspelt (role.pay_rat: role.rate).
std::string suggest(const std::string& name, const std::vector<std::string>& known) {
  const int limit = std::clamp(static_cast<int>(last_part(name).size()) / 3, 1, 3);
  std::string best;
  int best_distance = limit + 1;
  for (const auto& k : known) {
    int d = edit_distance(name, k);
    if (d < best_distance) best_distance = d, best = k;
  }
  if (!best.empty()) return best;
  std::istringstream words(last_part(name));
  std::string word;
  while (std::getline(words, word, '_')) {
    if (word.size() < 3) continue;
    for (const auto& k : known)
      if (parent_of(k) == parent_of(name) && edit_distance(word, last_part(k)) <= 1) return k;
  }
  return "";
}

class Walker {
 public:
  Walker(const std::map<std::string, TemplateFile>& partials, const FieldNode& root)
      : partials_(partials) {
    scopes_.push_back(&root);
  }

  void walk(const TemplateFile& t, int depth) {
    if (depth > 20) return;  // partials that include each other forever: load_partials says so
    for (const Tag& tag : read_tags(t.text)) {
      switch (tag.kind) {
        case '#': push(find(tag, t)); break;
        case '^':
          find(tag, t);
          push(&empty_);  // an inverted section shows nothing of the value it names
          break;
        case '/':
          if (scopes_.size() > 1) scopes_.pop_back();
          break;
        case '>': {
          auto it = partials_.find(tag.name);
          if (it != partials_.end()) walk(it->second, depth + 1);
          break;
        }
        case 'v':
        case '&': find(tag, t); break;
        default: break;  // comments
      }
    }
  }

  std::vector<Diagnostic> problems() const { return problems_; }

 private:
  void push(const FieldNode* node) { scopes_.push_back(node ? node : &anything_); }

  // The field `tag` names, or nullptr (and a problem) when no project could have it.
  const FieldNode* find(const Tag& tag, const TemplateFile& t) {
    if (tag.name == "." || tag.name.empty()) return &empty_;
    const std::vector<std::string> parts = split_dots(tag.name);
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
      if (*scope == &anything_) return &anything_;  // inside a section already reported
      const FieldNode* node = *scope;
      for (const auto& part : parts) {
        auto it = node->fields.find(part);
        node = it == node->fields.end() ? nullptr : &it->second;
        if (!node) break;
      }
      if (node) return node;
    }
    report(tag, t);
    return nullptr;
  }

  void report(const Tag& tag, const TemplateFile& t) {
    if (!reported_.insert({t.file, tag.offset}).second) return;
    std::vector<std::string> names;
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) collect_names(**scope, "", names);
    Diagnostic d;
    d.file = t.file;
    utf8_line_col(t.text, tag.offset, &d.pos.line, &d.pos.column);
    d.length = static_cast<int>(utf8_length(t.text.substr(tag.offset, tag.length)));
    d.source_line = line_of(t.text, d.pos.line);
    d.message = "there is no field called '" + tag.name + "'.";
    std::string near = suggest(tag.name, names);
    if (!near.empty()) d.message += " Did you mean '" + near + "'?";
    else d.message += " The fields are listed at the top of src/templating/context.hpp.";
    problems_.push_back(d);
  }

  const std::map<std::string, TemplateFile>& partials_;
  std::vector<const FieldNode*> scopes_;
  FieldNode empty_, anything_;
  std::set<std::pair<std::string, size_t>> reported_;
  std::vector<Diagnostic> problems_;
};

}  // namespace

std::vector<Diagnostic> unknown_template_names(const TemplateFile& main,
                                               const std::map<std::string, TemplateFile>& partials,
                                               const FieldNode& fields) {
  Walker walker(partials, fields);
  walker.walk(main, 0);
  return walker.problems();
}

}  // namespace plainly
