#pragma once
// Writers turn the document model into a file's bytes. They only read the model.
// One function per format, one registry keyed by format name (registry.cpp).

#include <functional>
#include <string>
#include <vector>

#include "model/node.hpp"

namespace plainly {

/// Options shared by every writer, with defaults (like ninja's ManifestParserOptions).
struct WriterOptions {
  std::string style = "standard";  ///< standard | large-print | easy-read
  int font_size_pt = 0;            ///< body size; 0 = the style's default (14, 18, 16)
  std::string language = "en-GB";  ///< BCP 47 tag, also in Document.alt
  std::string title;               ///< document title; defaults to Document.text
  std::string data_dir;            ///< where fonts/ and templates/ live ("" = data_dir())
  std::vector<std::string> picture_dirs;  ///< folders to resolve relative picture paths
};

/// The smallest and default body sizes for a style, in points.
int style_min_font_pt(const std::string& style);
int style_default_font_pt(const std::string& style);

/// A writer: model in, file bytes out. Throws PlainlyError on failure (never writes files).
using WriterFn = std::function<std::string(const Node& doc, const WriterOptions& options)>;

/// Plain text for screen readers and email (DESIGN section 5).
std::string write_text(const Node& doc, const WriterOptions& options);
/// Markdown that parses back to the same model (for editing and for Pandoc).
std::string write_markdown(const Node& doc, const WriterOptions& options);
/// The .md file: write_markdown, but each picture is referred to as pictures/NAME beside
/// the file (see markdown_picture_copies), so the folder can be moved or sent.
std::string write_markdown_file(const Node& doc, const WriterOptions& options);
/// Tagged PDF with embedded fonts.
std::string write_pdf(const Node& doc, const WriterOptions& options);

/// The writer for a format name ("txt", "md", "pdf", ...), or nullptr if there is none.
const WriterFn* find_writer(const std::string& format);

/// The format names the registry knows, in a stable order.
std::vector<std::string> writer_formats();

}  // namespace plainly
