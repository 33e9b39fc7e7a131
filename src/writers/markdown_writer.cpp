// The md writer: Markdown that parses back to the same model (docs/markdown-conventions.md).
// Text is data: every character that could be read as markup is escaped, so
// `Sam *Taylor* {{x}} <b>` or a line starting with `#` come back literally, in our reader
// and in Pandoc's (which also reads `{...}`, `$`, `^`, `~` and `:emoji:` as markup).
#include <string>
#include <vector>

#include "core/error.hpp"
#include "markdown/escape.hpp"
#include "model/nfc.hpp"
#include "pictures/pictures.hpp"
#include "writers/writer.hpp"

namespace plainly {
namespace {

constexpr int kMaxDepth = 100;

class MarkdownWriter {
 public:
  /// `portable`: refer to pictures as pictures/NAME beside the file (for the .md file),
  /// not by their full path (for Pandoc, which reads the pictures itself).
  explicit MarkdownWriter(bool portable) : portable_(portable) {}

  std::string document(const Node& doc) { return blocks(doc.children, 1); }

 private:
  // Blocks separated by blank lines. Lists next to each other (or next to consent choices)
  // get different markers, or CommonMark would join them into one list.
  // In a list item (`in_item`), a list right after the item's paragraph follows it on the
  // next line, so the list stays tight (Pandoc then adds no paragraph spacing).
  std::string blocks(const std::vector<Node>& nodes, int depth, bool in_item = false) {
    std::string out;
    const Node* prev = nullptr;
    char last_marker = 0;  // marker of the list or consent choice just written, else 0
    bool last_consent = false;
    for (const Node& n : nodes) {
      std::string text;
      char marker = 0;
      bool consent = n.kind == NodeKind::ConsentChoice;
      if (n.kind == NodeKind::List) {
        marker = pick_marker(n.ordered, last_marker);
        text = list(n, marker, depth);
      } else if (consent) {  // consecutive choices share one list, so one marker
        marker = last_consent ? last_marker : pick_marker(false, last_marker);
        text = std::string(1, marker) + " [ ] " + inlines(n.children, depth);
      } else {
        text = block(n, depth);
      }
      if (text.empty()) continue;
      // CommonMark lets only a list that starts at 1 follow a paragraph line directly.
      bool tight = (consent && last_consent) ||
                   (in_item && prev && prev->kind == NodeKind::Paragraph && n.kind == NodeKind::List &&
                    (!n.ordered || n.start == 1));
      if (!out.empty()) out += tight ? "\n" : "\n\n";
      out += text;
      prev = &n;
      last_marker = marker;
      last_consent = consent;
    }
    return out;
  }

  static char pick_marker(bool ordered, char last) {
    if (ordered) return last == '.' ? ')' : '.';
    return last == '-' ? '*' : '-';
  }

  std::string block(const Node& n, int depth) {
    if (depth > kMaxDepth) {
      throw PlainlyError(ExitCode::BadInput, "The document is nested too deeply to write as Markdown.");
    }
    switch (n.kind) {
      case NodeKind::Heading:
        return std::string(static_cast<size_t>(n.level < 1 ? 1 : n.level), '#') + " " +
               heading_inlines(n, depth);
      case NodeKind::Paragraph:
        return inlines(n.children, depth);
      case NodeKind::SignatureLine:
        return escape_markdown_text(n.text, true) + ": __________";
      case NodeKind::EasyReadRow:
        return row(n, depth);
      case NodeKind::List:
        return list(n, n.ordered ? '.' : '-', depth);
      case NodeKind::ListItem:
      case NodeKind::Document:
        return blocks(n.children, depth + 1);
      case NodeKind::ConsentChoice:
        return "- [ ] " + inlines(n.children, depth);
      default: {  // an inline where a block should be
        std::vector<Node> one{n};
        return inlines(one, depth);
      }
    }
  }

  // The picture alone on the first line, then one sentence a line. Lists, consent choices
  // and signature lines inside a row follow it as blocks of their own.
  std::string row(const Node& n, int depth) {
    std::string out;
    std::vector<Node> after;
    for (const Node& c : n.children) {
      if (c.kind == NodeKind::Image && out.empty()) {
        out = markdown_image(c);
      } else if (c.kind == NodeKind::Paragraph) {
        if (!out.empty()) out += "\n";
        out += inlines(c.children, depth + 1);
      } else {
        after.push_back(c);
      }
    }
    if (!after.empty()) out += "\n\n" + blocks(after, depth + 1);
    return out;
  }

  std::string list(const Node& n, char marker, int depth) {
    std::string out;
    long number = n.start;
    for (const Node& item : n.children) {
      std::string prefix = n.ordered ? std::to_string(number++) + marker + " "
                                     : std::string(1, marker) + " ";
      std::string body = blocks(item.children, depth + 1, true);
      if (!out.empty()) out += "\n";
      out += prefix + indent(body, prefix.size());
    }
    return out;
  }

  static std::string indent(const std::string& text, size_t width) {
    std::string pad(width, ' ');
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      out += text[i];
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') out += pad;
    }
    return out;
  }

  std::string heading_inlines(const Node& n, int depth) {
    // A heading is one line: hard breaks become spaces.
    std::vector<Node> kids;
    for (const Node& c : n.children) {
      kids.push_back(c.kind == NodeKind::LineBreak ? make_node(NodeKind::Text, " ") : c);
    }
    return inlines(kids, depth);
  }

  std::string inlines(const std::vector<Node>& nodes, int depth) {
    std::string out;
    bool line_start = true;
    for (size_t i = 0; i < nodes.size(); ++i) {
      out += inline_node(nodes[i], depth + 1, line_start, nodes.size() == 1);
      line_start = nodes[i].kind == NodeKind::LineBreak;
    }
    return out;
  }

  std::string inline_node(const Node& n, int depth, bool line_start, bool only_child) {
    if (depth > kMaxDepth) {
      throw PlainlyError(ExitCode::BadInput, "The document is nested too deeply to write as Markdown.");
    }
    switch (n.kind) {
      case NodeKind::Text:
        return escape_markdown_text(n.text, line_start);
      case NodeKind::LineBreak:
        return "\\\n";
      case NodeKind::Image:
        return markdown_image(n);
      case NodeKind::Link:
        return "[" + inlines(n.children, depth) + "](" + markdown_destination(n.url) + ")";
      case NodeKind::Strong:
      case NodeKind::Emphasis: {
        if (n.children.empty()) return "";
        // `_` inside `*` (or the other way round) where the delimiters touch, so that
        // strong-in-emphasis and emphasis-in-emphasis read back the same.
        bool inner = only_child && parent_is_emphasis_;
        std::string mark = n.kind == NodeKind::Strong ? (inner ? "__" : "**") : (inner ? "_" : "*");
        bool saved = parent_is_emphasis_;
        parent_is_emphasis_ = true;
        std::string body = inlines(n.children, depth);
        parent_is_emphasis_ = saved;
        return mark + body + mark;
      }
      default:
        return inlines(n.children, depth);
    }
  }

  std::string markdown_image(const Node& n) const {
    const std::string url = portable_ && !n.url.empty() ? portable_picture_path(n) : n.url;
    return "![" + escape_markdown_text(n.alt, false) + "](" + markdown_destination(url) + ")";
  }

  bool portable_ = false;
  bool parent_is_emphasis_ = false;
};

}  // namespace

static std::string markdown(const Node& doc, bool portable) {
  MarkdownWriter writer(portable);
  std::string out = writer.document(doc);
  if (!out.empty()) out += "\n";
  return to_nfc(out);
}

std::string write_markdown(const Node& doc, const WriterOptions&) { return markdown(doc, false); }

std::string write_markdown_file(const Node& doc, const WriterOptions&) { return markdown(doc, true); }

}  // namespace plainly
