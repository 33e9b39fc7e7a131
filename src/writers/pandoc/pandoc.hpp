#pragma once
// DOCX, HTML, ODT and EPUB through Pandoc, run as a subprocess on the Markdown that
// write_markdown makes, with our own reference documents, HTML template, stylesheets and
// Lua filter per style (templates/pandoc/). The core formats (pdf, txt, md) never need it.

#include <string>
#include <vector>

#include "model/node.hpp"
#include "writers/writer.hpp"

namespace plainly {

/// One Pandoc run: Markdown in, one file out.
struct PandocJob {
  std::string to;        ///< docx | html | odt | epub | plain
  std::string markdown;  ///< the input (GitHub-flavoured Markdown, our conventions)
  std::string style = "standard";  ///< standard | large-print | easy-read
  std::string language = "en-GB";  ///< BCP 47 tag, written as the document's lang
  std::string title;               ///< the document's title property
  int font_size_pt = 0;            ///< HTML/EPUB body size; 0 = the style's default
  std::string data_dir;            ///< where templates/pandoc lives ("" = data_dir())
  std::vector<std::string> resource_paths;  ///< folders where pictures are looked up
  int timeout_ms = 120000;         ///< Pandoc is killed after this long
};

/// The Pandoc program: $PLAINLY_PANDOC when set, otherwise "pandoc".
std::string pandoc_program();

/// Pandoc's arguments (without the program) for `job`, writing to `output_path`.
/// Throws PlainlyError (exit 2) if a file it needs from templates/pandoc is missing.
std::vector<std::string> pandoc_arguments(const PandocJob& job, const std::string& output_path);

/// Run Pandoc and return the file it wrote. Throws PlainlyError: exit 3 when Pandoc cannot
/// be found (naming it and how to install it), exit 2 when it fails (with what it said).
std::string run_pandoc(const PandocJob& job);

/// The message for a Pandoc exit code, in plain words (e.g. 99: a picture is missing).
std::string pandoc_exit_reason(int exit_code);

/// Writers for the registry: model -> write_markdown -> Pandoc.
std::string write_docx(const Node& doc, const WriterOptions& options);
std::string write_html(const Node& doc, const WriterOptions& options);
std::string write_odt(const Node& doc, const WriterOptions& options);
std::string write_epub(const Node& doc, const WriterOptions& options);

/// The text of a .docx, .html, .htm, .odt or .epub file, as plain text (for `plainly
/// check`). Throws PlainlyError: exit 2 for an unreadable file or unknown extension, exit 3
/// when Pandoc is missing.
std::string pandoc_to_plain_text(const std::string& path);

/// True for file extensions pandoc_to_plain_text reads (".docx", ".html", ".htm", ".odt", ".epub").
bool pandoc_reads_extension(const std::string& extension);

}  // namespace plainly
