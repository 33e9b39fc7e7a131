#pragma once
// Markdown input: blank out the markup in place, so the words keep their positions.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plainly {

/// A copy of `md` of the same length where markup (headings, list markers, emphasis, link
/// targets, code, HTML tags, front matter) is replaced by spaces. Line breaks are kept.
std::string blank_markdown(std::string_view md);

/// The same, also listing the easy-read rows (a paragraph that starts with a picture, see
/// docs/markdown-conventions.md) as byte ranges [first, second), in text order. In a row,
/// each line is one sentence.
std::string blank_markdown(std::string_view md, std::vector<std::pair<size_t, size_t>>* easy_read_rows);

}  // namespace plainly
