#include "writers/pdf/style.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>

#include "core/error.hpp"

namespace plainly::pdf {

PdfStyle make_style(const WriterOptions& options) {
  PdfStyle s;
  s.name = options.style;
  int size = options.font_size_pt > 0 ? options.font_size_pt : style_default_font_pt(options.style);
  s.body_size = std::max(size, style_min_font_pt(options.style));
  if (options.style == "large-print") {
    s.line_factor = 1.55;
    s.paragraph_gap = s.line_height(s.body_size);  // a blank line between paragraphs
    s.item_gap = s.line_height(s.body_size) * 0.5;
    s.underline_links = false;
  } else if (options.style == "easy-read") {
    s.line_factor = 1.5;
    s.paragraph_gap = s.body_size * 0.8;
    s.item_gap = s.body_size * 0.4;
    s.easy_read = true;
  } else {
    s.line_factor = 1.45;
    s.paragraph_gap = s.body_size * 0.75;
    s.item_gap = s.body_size * 0.3;
  }
  s.heading_sizes[0] = s.body_size * 1.6;
  s.heading_sizes[1] = s.body_size * 1.3;
  s.heading_sizes[2] = s.body_size * 1.12;
  return s;
}

PdfWords load_words(const std::string& data_dir, const std::string& language) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path file = fs::path(data_dir) / "locales" / language / "pdf.yaml";
  if (!fs::is_regular_file(file, ec)) file = fs::path(data_dir) / "locales" / "en-GB" / "pdf.yaml";
  if (!fs::is_regular_file(file, ec))
    throw PlainlyError(ExitCode::BadInput, "We could not find " + file.string() +
                                               ". It holds the words the PDF shows, such as \"Page 1 of 2\".");
  try {
    YAML::Node y = YAML::LoadFile(file.string());
    PdfWords w;
    w.page_footer = y["page_footer"].as<std::string>();
    w.yes = y["choice_yes"].as<std::string>();
    w.no = y["choice_no"].as<std::string>();
    return w;
  } catch (const YAML::Exception& e) {
    throw PlainlyError(ExitCode::BadInput, file.string() + ": we could not read it: " + e.what() +
                                               ". It needs page_footer, choice_yes and choice_no.");
  }
}

std::string page_footer(const PdfWords& words, int page, int pages) {
  std::string out = words.page_footer;
  auto put = [&out](const std::string& key, int value) {
    for (size_t at = out.find(key); at != std::string::npos; at = out.find(key))
      out.replace(at, key.size(), std::to_string(value));
  };
  put("{page}", page);
  put("{pages}", pages);
  return out;
}

}  // namespace plainly::pdf
