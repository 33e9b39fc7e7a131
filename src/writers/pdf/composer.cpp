#include "writers/pdf/composer.hpp"

#include <algorithm>
#include <memory>

#include "writers/pdf/clean_text.hpp"

namespace plainly::pdf {

Composer::Composer(FontSet& fonts, StructTree& tree, ImageCache& images, const PdfStyle& style,
                   const PdfWords& words, std::string locale)
    : fonts_(fonts), tree_(tree), images_(images), style_(style), words_(words), locale_(std::move(locale)) {}

std::vector<Box> Composer::compose(const Node& doc) {
  for (const Node& child : doc.children) block(child, StructTree::kDocument, style_.margin_left, style_.text_width(), nullptr);
  return std::move(boxes_);
}

double Composer::baseline_offset(double size) const {
  // Share the leading above and below; 0.78 em is about Atkinson's cap and ascender height.
  return (style_.line_height(size) - size) / 2 + size * 0.78;
}

void Composer::spans_of(const Node& n, Face face, int link, int parent_elem, std::vector<Span>& out) {
  for (const Node& c : n.children) {
    switch (c.kind) {
      case NodeKind::Text: out.push_back({clean_text(c.text), face, link}); break;
      case NodeKind::LineBreak: out.push_back({u"\n", face, link}); break;
      // No italic face: emphasis is bold in every style (large print forbids italics).
      case NodeKind::Strong:
      case NodeKind::Emphasis: spans_of(c, Face::Bold, link, parent_elem, out); break;
      case NodeKind::Link: {
        int index = static_cast<int>(links_.size());
        links_.push_back({c.url, plain_text(c), tree_.add(parent_elem, "Link")});
        if (links_.back().text.empty()) links_.back().text = c.url;
        spans_of(c, face, index, links_.back().elem, out);
        break;
      }
      case NodeKind::Image: out.push_back(inline_picture(c, face, link, parent_elem)); break;
      default: spans_of(c, face, link, parent_elem, out);
    }
  }
}

Span Composer::inline_picture(const Node& image, Face face, int link, int parent_elem) {
  Span span{u"\uFFFC", face, link};
  span.image = images_.load(image.url);
  double iw = HPDF_Image_GetWidth(span.image), ih = HPDF_Image_GetHeight(span.image);
  double aspect = iw > 0 && ih > 0 ? iw / ih : 1.0;
  span.image_em = std::min(kInlinePictureEm * aspect, kInlinePictureMaxEm);
  if (!image.alt.empty()) span.figure = tree_.add(parent_elem, "Figure", image.alt);
  return span;
}

std::vector<Line> Composer::lines_of(const Node& n, int elem, double width, double size, Face face) {
  std::vector<Span> spans;
  spans_of(n, face, -1, elem, spans);
  LineSpec spec;
  spec.max_width = width;
  spec.size = size;
  spec.max_chars = std::max(20, style_.max_line_chars - label_chars_);
  spec.locale = locale_;
  return break_lines(spans, spec, fonts_);
}

void Composer::add_lines(std::vector<Line> lines, int elem, double x, double size, double space_before,
                         bool keep_all, Label* label) {
  if (lines.empty()) lines.emplace_back();
  double lh = style_.line_height(size), base = baseline_offset(size);
  size_t n = lines.size();
  for (size_t i = 0; i < n; ++i) {
    Box box;
    box.height = lh;
    box.space_before = i == 0 ? space_before : 0;
    // No line left alone: the first two and the last two lines of a paragraph stay together.
    box.keep_with_next = keep_all || (n >= 2 && (i == 0 || i + 2 == n));
    auto line = std::make_shared<Line>(std::move(lines[i]));
    std::shared_ptr<Label> lab = (i == 0 && label) ? std::make_shared<Label>(*label) : nullptr;
    box.draw = [line, lab, elem, x, size, base](Canvas& c, double top) {
      if (lab) c.text_line(lab->line, lab->x, top - base, size, lab->elem);
      c.text_line(*line, x, top - base, size, elem);
    };
    boxes_.push_back(std::move(box));
  }
  first_block_ = false;
}

void Composer::block(const Node& n, int parent, double x, double width, Label* label) {
  switch (n.kind) {
    case NodeKind::Heading: heading(n, parent, x, width); break;
    case NodeKind::Paragraph: {
      if (only_pictures(n)) {
        for (const Node& c : n.children)
          if (c.kind == NodeKind::Image) picture_block(c, parent, x, width, label);
        label = nullptr;
        break;
      }
      int elem = tree_.add(parent, "P");
      text_block(n, elem, x, width, first_block_ ? 0 : style_.paragraph_gap, label);
      break;
    }
    case NodeKind::List: list(n, parent, x, width); break;
    case NodeKind::EasyReadRow: easy_read_row(n, parent); break;
    // Easy read keeps words on the right of the picture column, questions and signature
    // lines too.
    case NodeKind::ConsentChoice:
    case NodeKind::SignatureLine: {
      double shift = style_.easy_read && x == style_.margin_left ? style_.picture_column : 0.0;
      if (n.kind == NodeKind::ConsentChoice)
        consent_choice(n, parent, x + shift, width - shift);
      else
        signature_line(n, parent, x + shift, width - shift);
      break;
    }
    default:
      for (const Node& c : n.children) block(c, parent, x, width, label);
  }
}

bool is_label_value(const std::string& text) {
  size_t colon = text.find(": ");
  return colon != std::string::npos && colon > 0 && colon <= 30 && colon + 2 < text.size();
}

void Composer::text_block(const Node& n, int elem, double x, double width, double space_before, Label* label) {
  size_t first_box = boxes_.size();
  std::vector<Line> lines = lines_of(n, elem, width, style_.body_size, Face::Regular);
  bool one_line = lines.size() == 1;
  add_lines(std::move(lines), elem, x, style_.body_size, space_before, false, label);
  // A paragraph that ends with a colon introduces what follows: keep them together.
  std::string text = plain_text(n);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (!text.empty() && text.back() == ':') keep_hard(boxes_.back());
  if (one_line && !label && is_label_value(text)) label_value_added(first_box);
  if (one_line && !label) last_short_paragraph_ = static_cast<long>(first_box);
}

void Composer::label_value_added(size_t first_box) {
  // One-line "Label: value" paragraphs in a row (contact details) stay together, and
  // with the line that introduces them ("If you have a question, contact Priya Shah")
  // unless that leaves a big gap.
  bool continues = last_label_box_ >= 0 && static_cast<size_t>(last_label_box_) + 1 == first_box;
  if (continues) {
    keep_hard(boxes_[last_label_box_]);
    if (label_run_start_ > 0) keep_soft(boxes_[label_run_start_ - 1]);
  } else {
    label_run_start_ = static_cast<long>(first_box);
  }
  last_label_box_ = static_cast<long>(boxes_.size()) - 1;
}

void Composer::heading(const Node& n, int parent, double x, double width) {
  int level = std::clamp(n.level, 1, 3);
  double size = style_.heading_sizes[level - 1];
  // A section does not end with a one-line paragraph alone at the top of a page: it
  // stays with the line before it, unless that leaves a big gap.
  if (last_short_paragraph_ > 0 && static_cast<size_t>(last_short_paragraph_) + 1 == boxes_.size())
    keep_soft(boxes_[last_short_paragraph_ - 1]);
  int elem = tree_.add(parent, "H" + std::to_string(level));
  double before = first_block_ ? 0 : (level == 1 ? size : size * 0.9);
  add_lines(lines_of(n, elem, width, size, Face::Bold), elem, x, size, before, true, nullptr);
}

void Composer::list(const Node& n, int parent, double x, double width) {
  int list_elem = tree_.add(parent, "L");
  double size = style_.body_size;
  // Labels: a bullet, or the item's number; the body starts after the widest label.
  std::vector<icu::UnicodeString> labels;
  double label_w = 0;
  for (size_t i = 0; i < n.children.size(); ++i) {
    labels.push_back(n.ordered ? icu::UnicodeString::fromUTF8(std::to_string(n.start + static_cast<long>(i)) + ".")
                               : u"\u2022");
    label_w = std::max(label_w, text_width(labels.back(), Face::Regular, size, fonts_));
  }
  double indent = std::max(label_w + size * 0.6, size * 1.3);
  bool first_item = true;
  std::vector<size_t> item_starts;
  for (size_t i = 0; i < n.children.size(); ++i) {
    item_starts.push_back(boxes_.size());
    const Node& item = n.children[i];
    int li = tree_.add(list_elem, "LI");
    Label label;
    label.elem = tree_.add(li, "Lbl");
    label.x = x;
    LineSpec spec;
    spec.max_width = indent;
    spec.size = size;
    label.line = break_lines({{labels[i], Face::Regular, -1}}, spec, fonts_).front();
    int body = tree_.add(li, "LBody");
    bool single = item.children.size() == 1 && item.children[0].kind == NodeKind::Paragraph;
    // Consent choices carry their own tick boxes: no bullet.
    bool boxed = !item.children.empty() && item.children[0].kind == NodeKind::ConsentChoice;
    Label* pending = boxed ? nullptr : &label;
    // A text extractor reads the label and the first line as one line: count it in.
    int saved_label_chars = label_chars_;
    label_chars_ = boxed ? 0 : label.line.chars + 1;
    for (const Node& child : item.children) {
      double before = first_item ? style_.paragraph_gap : style_.item_gap;
      if (first_block_) before = 0;
      if (child.kind == NodeKind::Paragraph) {
        int elem = single ? body : tree_.add(body, "P");
        text_block(child, elem, x + indent, width - indent, pending ? before : style_.item_gap, pending);
      } else {
        block(child, body, x + indent, width - indent, pending);
      }
      pending = nullptr;
      first_item = false;
    }
    if (item.children.empty()) add_lines({}, body, x + indent, size, style_.item_gap, false, &label);
    label_chars_ = saved_label_chars;
  }
  keep_list_together(item_starts);
}

void Composer::keep_list_together(const std::vector<size_t>& item_starts) {
  if (item_starts.size() < 2) return;
  size_t first = item_starts.front(), end = boxes_.size(), items = item_starts.size();
  size_t lines = end - first;
  // A list leaves no single line alone at the top or bottom of a page (like a paragraph),
  // and no single item: a reader who sees one item at a page's end cannot tell the list
  // goes on. A list of two or three items stays whole (when it is six lines or fewer);
  // a longer one keeps its first two items together, and its last two.
  auto keep_lines = [this](size_t from, size_t to, bool hard) {  // the joins from..to-1
    for (size_t b = from; b + 1 < to; ++b) hard ? keep_hard(boxes_[b]) : keep_soft(boxes_[b]);
  };
  keep_hard(boxes_[first]);
  keep_hard(boxes_[end - 2]);
  if (items <= 3) {
    keep_lines(first, end, lines <= 6);
    return;
  }
  keep_lines(first, item_starts[2], true);
  keep_lines(item_starts[items - 2], end, true);
  // A short list (four lines or fewer, or up to six one-line items: "Other formats")
  // stays whole when that leaves no big gap. Keeping longer lists whole left gaps of a
  // third of a page at large sizes.
  bool one_line_items = lines == items;
  if (lines <= 4 || (one_line_items && items <= 6)) keep_lines(first, end, false);
}

}  // namespace plainly::pdf
