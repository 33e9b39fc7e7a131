#pragma once
// Writing text and addresses into Markdown so that they read back literally.

#include <string>

namespace plainly {

/// `text` escaped for a CommonMark paragraph, so it reads back as the same characters
/// (in cmark-gfm, and in Pandoc's commonmark_x and gfm readers). Line breaks become spaces.
/// `line_start`: the text starts a line, where `#`, `-`, `+`, `=`, `>`, `1.` and `1)` are
/// also markup.
std::string escape_markdown_text(const std::string& text, bool line_start);

/// `url` written as a link destination (the part in `(...)`), so it reads back unchanged.
std::string markdown_destination(const std::string& url);

}  // namespace plainly
