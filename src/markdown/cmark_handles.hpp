#pragma once
// RAII owners for cmark-gfm objects, and small queries on cmark nodes.

#include <cmark-gfm.h>

#include <memory>
#include <string>

namespace plainly {

struct CmarkNodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct CmarkParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct CmarkIterFree {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
using CmarkNodePtr = std::unique_ptr<cmark_node, CmarkNodeFree>;
using CmarkParserPtr = std::unique_ptr<cmark_parser, CmarkParserFree>;
using CmarkIterPtr = std::unique_ptr<cmark_iter, CmarkIterFree>;

/// Parse `markdown` with the GFM task-list extension. Invalid UTF-8 becomes U+FFFD.
CmarkNodePtr cmark_parse_gfm(const std::string& markdown);

/// True if `item` is a GFM task-list item (`- [ ]` or `- [x]`).
bool cmark_is_task_item(cmark_node* item);

/// True if a task-list item is ticked.
bool cmark_task_checked(cmark_node* item);

/// The literal text under `node` (text and code spans; line breaks as spaces), found
/// without recursion.
std::string cmark_inline_text(cmark_node* node);

/// The node's literal, or "" when it has none.
std::string cmark_literal(cmark_node* node);

/// The node's URL, or "" when it has none.
std::string cmark_url(cmark_node* node);

}  // namespace plainly
