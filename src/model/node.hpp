#pragma once
// The document model shared by every writer: a small, closed set of node kinds
// (like cmark's cmark_node_type), with nesting rules enforced by the API.
// Writers only read it. Every node carries its position in the Markdown it came from.

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace plainly {

enum class NodeKind {
  // Blocks
  Document,       ///< root; children: blocks. `text` = title, `alt` = language (e.g. en-GB)
  Heading,        ///< `level` 1..3; children: inlines
  Paragraph,      ///< children: inlines
  List,           ///< `ordered`, `start`; children: ListItem
  ListItem,       ///< children: blocks (usually one Paragraph)
  EasyReadRow,    ///< easy read: first child Image (the picture), then one Paragraph per sentence
  ConsentChoice,  ///< a yes/no question, never pre-ticked; children: inlines (the question)
  SignatureLine,  ///< a line to sign or write on; `text` = label ("Your signature", "Date")
  // Inlines
  Text,       ///< `text` = literal characters (never markup)
  Strong,     ///< children: inlines
  Emphasis,   ///< children: inlines (large print renders it as bold; never italic there)
  Link,       ///< `url`; children: inlines
  Image,      ///< `url` = file path (or "picture:CONCEPT" before pictures are resolved); `alt`;
              ///< `text` = the concept id once resolved (empty for an image named by file)
  LineBreak,  ///< hard line break
};

const char* node_kind_name(NodeKind k);

/// True when a node of kind `parent` may contain a child of kind `child`.
bool can_contain(NodeKind parent, NodeKind child);

/// True for block kinds, false for inline kinds.
bool is_block(NodeKind k);

struct Node {
  NodeKind kind = NodeKind::Document;
  std::string text;  ///< Text: the characters; SignatureLine: label; Document: title
  std::string url;   ///< Link target or Image path
  std::string alt;   ///< Image alternative text; Document: language tag
  int level = 0;     ///< Heading level
  bool ordered = false;  ///< List
  int start = 1;         ///< List, when ordered: the number of the first item ("3. Bring ...")
  SourcePos pos;     ///< where it started in the Markdown source
  std::vector<Node> children;

  /// Append `child`. Throws std::logic_error if this kind may not contain that kind.
  Node& append(Node child);
};

/// Convenience constructors.
Node make_node(NodeKind kind, std::string text = {});

/// The concatenated text of a node's inline content (Text nodes; LineBreak as "\n").
std::string plain_text(const Node& n);

/// A stable, indented text dump of the tree, one node a line (for debugging and golden tests),
/// e.g. `heading level=1 "Your offer of work"`.
std::string dump(const Node& root);

}  // namespace plainly
