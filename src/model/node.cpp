#include "model/node.hpp"

#include <stdexcept>

namespace plainly {

const char* node_kind_name(NodeKind k) {
  switch (k) {
    case NodeKind::Document: return "document";
    case NodeKind::Heading: return "heading";
    case NodeKind::Paragraph: return "paragraph";
    case NodeKind::List: return "list";
    case NodeKind::ListItem: return "item";
    case NodeKind::EasyReadRow: return "easy_read_row";
    case NodeKind::ConsentChoice: return "consent_choice";
    case NodeKind::SignatureLine: return "signature_line";
    case NodeKind::Text: return "text";
    case NodeKind::Strong: return "strong";
    case NodeKind::Emphasis: return "emphasis";
    case NodeKind::Link: return "link";
    case NodeKind::Image: return "image";
    case NodeKind::LineBreak: return "line_break";
  }
  return "unknown";
}

bool is_block(NodeKind k) {
  switch (k) {
    case NodeKind::Document:
    case NodeKind::Heading:
    case NodeKind::Paragraph:
    case NodeKind::List:
    case NodeKind::ListItem:
    case NodeKind::EasyReadRow:
    case NodeKind::ConsentChoice:
    case NodeKind::SignatureLine:
      return true;
    default:
      return false;
  }
}

static bool is_inline_container(NodeKind k) {
  return k == NodeKind::Heading || k == NodeKind::Paragraph || k == NodeKind::ConsentChoice ||
         k == NodeKind::Strong || k == NodeKind::Emphasis || k == NodeKind::Link;
}

bool can_contain(NodeKind parent, NodeKind child) {
  switch (parent) {
    case NodeKind::Document:
    case NodeKind::ListItem:
      return is_block(child) && child != NodeKind::Document && child != NodeKind::ListItem;
    case NodeKind::List:
      return child == NodeKind::ListItem;
    case NodeKind::EasyReadRow:
      return child == NodeKind::Image || child == NodeKind::Paragraph || child == NodeKind::List ||
             child == NodeKind::ConsentChoice || child == NodeKind::SignatureLine;
    default:
      break;
  }
  if (is_inline_container(parent)) {
    if (is_block(child)) return false;
    // Links do not nest (as in CommonMark).
    if (child == NodeKind::Link && parent == NodeKind::Link) return false;
    return true;
  }
  return false;  // Text, Image, LineBreak, SignatureLine are leaves.
}

Node& Node::append(Node child) {
  if (!can_contain(kind, child.kind)) {
    throw std::logic_error(std::string("a ") + node_kind_name(kind) + " cannot contain a " +
                           node_kind_name(child.kind));
  }
  children.push_back(std::move(child));
  return children.back();
}

Node make_node(NodeKind kind, std::string text) {
  Node n;
  n.kind = kind;
  n.text = std::move(text);
  return n;
}

std::string plain_text(const Node& n) {
  if (n.kind == NodeKind::Text) return n.text;
  if (n.kind == NodeKind::LineBreak) return "\n";
  if (n.kind == NodeKind::Image) return "";
  std::string out;
  for (const auto& c : n.children) out += plain_text(c);
  return out;
}

static std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    out += c;
  }
  return out + "\"";
}

static void dump_into(const Node& n, int depth, std::string& out) {
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += node_kind_name(n.kind);
  if (n.kind == NodeKind::Heading) out += " level=" + std::to_string(n.level);
  if (n.kind == NodeKind::List) out += n.ordered ? " ordered" : " bullet";
  if (n.kind == NodeKind::List && n.ordered && n.start != 1) out += " start=" + std::to_string(n.start);
  if (!n.url.empty()) out += " url=" + quoted(n.url);
  if (!n.alt.empty()) out += " alt=" + quoted(n.alt);
  if (!n.text.empty()) out += " " + quoted(n.text);
  out += "\n";
  for (const auto& c : n.children) dump_into(c, depth + 1, out);
}

std::string dump(const Node& root) {
  std::string out;
  dump_into(root, 0, out);
  return out;
}

}  // namespace plainly
