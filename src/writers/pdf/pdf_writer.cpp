// write_pdf: the document model to a tagged, accessible PDF (DESIGN section 5).
// How the tagging is done is explained in docs/pdf.md.
#include <hpdf.h>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "writers/pdf/canvas.hpp"
#include "writers/pdf/clean_text.hpp"
#include "writers/pdf/composer.hpp"
#include "writers/pdf/doc_info.hpp"
#include "writers/pdf/fonts.hpp"
#include "writers/pdf/hpdf_doc.hpp"
#include "writers/pdf/images.hpp"
#include "writers/pdf/paginate.hpp"
#include "writers/pdf/struct_tree.hpp"
#include "writers/pdf/style.hpp"
#include "writers/writer.hpp"

#include <filesystem>

namespace plainly {

namespace {

std::string document_title(const Node& doc, const WriterOptions& options) {
  if (!options.title.empty()) return options.title;
  if (!doc.text.empty()) return doc.text;
  for (const Node& c : doc.children)
    if (c.kind == NodeKind::Heading && c.level == 1) return plain_text(c);
  return "Document";
}

void draw_footers(pdf::Canvas& canvas, pdf::FontSet& fonts, const pdf::PdfStyle& style, const pdf::PdfWords& words) {
  int total = static_cast<int>(canvas.pages().size());
  pdf::LineSpec spec;
  spec.max_width = style.text_width();
  spec.size = style.body_size;
  for (int i = 0; i < total; ++i) {
    auto text = pdf::clean_text(pdf::page_footer(words, i + 1, total));
    pdf::Line line = pdf::break_lines({{text, pdf::Face::Regular, -1}}, spec, fonts).front();
    canvas.footer(i, line, style.margin_left, style.margin_bottom + style.body_size * 0.3, style.body_size);
  }
}

}  // namespace

std::string write_pdf(const Node& doc, const WriterOptions& options) {
  const std::string data = options.data_dir.empty() ? data_dir() : options.data_dir;
  const std::string language = !doc.alt.empty() ? doc.alt : options.language;
  pdf::PdfStyle style = pdf::make_style(options);
  pdf::PdfWords words = pdf::load_words(data, language);

  pdf::HpdfDoc hpdf;
  HPDF_SetCompressionMode(hpdf.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(hpdf.get());
  hpdf.check("set up the PDF");

  pdf::FontSet fonts(hpdf, (std::filesystem::path(data) / "fonts").string());
  fonts.load_main();
  std::vector<std::string> picture_dirs = options.picture_dirs;
  picture_dirs.push_back((std::filesystem::path(data) / "templates" / "pictures").string());
  pdf::ImageCache images(hpdf, picture_dirs);
  pdf::StructTree tree;

  pdf::Composer composer(fonts, tree, images, style, words, language);
  std::vector<pdf::Box> boxes = composer.compose(doc);
  std::vector<pdf::Placement> places = pdf::paginate(boxes, style);

  pdf::Canvas canvas(hpdf, fonts, tree, style, composer.links());
  canvas.new_page();
  for (size_t i = 0; i < boxes.size(); ++i) {
    while (canvas.page() < places[i].page) canvas.new_page();
    boxes[i].draw(canvas, places[i].top);
  }
  draw_footers(canvas, fonts, style, words);

  tree.write(hpdf.get(), canvas.pages());
  pdf::set_document_info(hpdf, document_title(doc, options), language);
  fonts.fix_to_unicode();
  hpdf.check("finish the PDF");
  return pdf::save_to_string(hpdf);
}

}  // namespace plainly
