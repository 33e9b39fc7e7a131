#pragma once
// Markdown input: blank out the markup in place, so the words keep their positions.

#include <string>
#include <string_view>

namespace plainly {

/// A copy of `md` of the same length where markup (headings, list markers, emphasis, link
/// targets, code, HTML tags, front matter) is replaced by spaces. Line breaks are kept.
std::string blank_markdown(std::string_view md);

}  // namespace plainly
