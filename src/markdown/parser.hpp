#pragma once
// The Markdown reader: CommonMark (GFM task lists) via cmark-gfm -> the document model.
// The conventions it recognises (easy-read rows, consent choices, signature lines) are in
// docs/markdown-conventions.md.

#include <string>

#include "model/node.hpp"

namespace plainly {

/// How many lists may be nested inside each other. Deeper nesting is an error (exit 2):
/// no reader can follow it, and it keeps every tree walk over the model shallow.
constexpr int kMaxListNesting = 8;

/// How many emphasis, strong or link levels may be nested. Deeper emphasis is flattened
/// (its text is kept, the extra emphasis is dropped), so writers never recurse deeply.
constexpr int kMaxInlineNesting = 12;

/// Parse Markdown into the model. `source_name` is for messages. Problems in the Markdown
/// the templates produced (a ticked consent box, a skipped heading level, two level-1
/// headings, raw HTML, an image without alt outside an easy-read row) throw PlainlyError
/// (exit 2) with source_name:line:col.
/// Document.text = the title (first level-1 heading), Document.alt = `language`.
/// Every node gets its source position (line, and column in characters).
Node parse_markdown(const std::string& markdown, const std::string& source_name,
                    const std::string& language = "en-GB");

}  // namespace plainly
