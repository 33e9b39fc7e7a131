#include <map>

#include "writers/writer.hpp"
#include "writers/pandoc/pandoc.hpp"

namespace plainly {

int style_min_font_pt(const std::string& style) { return style == "standard" ? 12 : 16; }

int style_default_font_pt(const std::string& style) {
  if (style == "large-print") return 18;
  if (style == "easy-read") return 16;
  return 14;
}

static const std::map<std::string, WriterFn>& registry() {
  static const std::map<std::string, WriterFn> writers = {
      {"txt", write_text},
      {"md", write_markdown_file},  // pictures beside it, in pictures/
      {"pdf", write_pdf},
      {"docx", write_docx},  // through Pandoc (writers/pandoc/)
      {"html", write_html},
      {"odt", write_odt},
      {"epub", write_epub},
  };
  return writers;
}

const WriterFn* find_writer(const std::string& format) {
  const auto& r = registry();
  auto it = r.find(format);
  return it == r.end() ? nullptr : &it->second;
}

std::vector<std::string> writer_formats() {
  std::vector<std::string> out;
  for (const auto& [name, fn] : registry()) out.push_back(name);
  return out;
}

}  // namespace plainly
