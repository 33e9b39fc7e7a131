// Composer: easy-read rows, consent choices (tick boxes), signature lines and pictures on
// their own.
#include <algorithm>
#include <memory>

#include "writers/pdf/clean_text.hpp"
#include "writers/pdf/composer.hpp"

namespace plainly::pdf {

namespace {

// A box drawing several boxes stacked, as one unit that never breaks across pages.
struct Stack {
  std::vector<Box> boxes;
  double height() const {
    double h = 0;
    for (size_t i = 0; i < boxes.size(); ++i) h += (i ? boxes[i].space_before : 0) + boxes[i].height;
    return h;
  }
  void draw(Canvas& c, double top) const {
    for (size_t i = 0; i < boxes.size(); ++i) {
      if (i) top -= boxes[i].space_before;
      boxes[i].draw(c, top);
      top -= boxes[i].height;
    }
  }
};

}  // namespace

void Composer::easy_read_row(const Node& n, int parent) {
  double space_before = first_block_ ? 0 : style_.paragraph_gap * 1.5;
  double text_x = style_.margin_left + style_.picture_column;
  double text_w = style_.text_width() - style_.picture_column;

  // The picture, fitted into a square, top-aligned with the first sentence.
  HPDF_Image img = nullptr;
  std::string alt;
  for (const Node& c : n.children)
    if (c.kind == NodeKind::Image && !img) {
      img = images_.load(c.url);
      alt = c.alt;
    }
  int figure = img ? tree_.add(parent, "Figure", alt.empty() ? std::string("Picture") : alt) : -1;

  // The sentences: each Paragraph is a sentence on its own line(s).
  long saved_label_box = last_label_box_, saved_run_start = label_run_start_;
  std::vector<Box> saved = std::move(boxes_);
  boxes_.clear();
  first_block_ = true;
  last_label_box_ = label_run_start_ = -1;  // box indices below are the row's own
  long saved_short = last_short_paragraph_;
  for (const Node& c : n.children) {
    if (c.kind == NodeKind::Image) continue;
    if (c.kind == NodeKind::Paragraph) {
      int elem = tree_.add(parent, "P");
      size_t first_line = boxes_.size();
      text_block(c, elem, text_x, text_w, first_block_ ? 0 : style_.body_size * 0.35, nullptr);
      // A sentence is never split across pages: easy read is one sentence at a time.
      for (size_t b = first_line; b + 1 < boxes_.size(); ++b) keep_hard(boxes_[b]);
    } else {
      block(c, parent, text_x, text_w, nullptr);
    }
  }
  std::vector<Box> inner = std::move(boxes_);
  boxes_ = std::move(saved);
  first_block_ = false;
  last_label_box_ = saved_label_box;
  label_run_start_ = saved_run_start;
  last_short_paragraph_ = saved_short;
  // A row that says only "Phone: 0114 496 0457" is contact details too.
  int sentences = 0;
  std::string sentence;
  for (const Node& c : n.children)
    if (c.kind != NodeKind::Image) {
      ++sentences;
      sentence = plain_text(c);
    }
  bool label_row = sentences == 1 && inner.size() == 1 && is_label_value(sentence);

  double pic = style_.picture_size, w = pic, h = pic;
  if (img) {
    double iw = HPDF_Image_GetWidth(img), ih = HPDF_Image_GetHeight(img);
    if (iw > 0 && ih > 0) {
      double scale = std::min(pic / iw, pic / ih);
      w = iw * scale;
      h = ih * scale;
    }
  }
  // The picture and the first lines beside it, as tall as the picture, never break; the
  // rest of a long row follows as lines that may go on to the next page (see row_tail).
  if (!inner.empty()) inner.back().keep_with_next = inner.back().soft_keep = false;
  auto head = std::make_shared<Stack>();
  size_t cut = 0;
  while (cut < inner.size() && (head->boxes.empty() || head->height() < (img ? pic : 0.0) || cut + 1 == inner.size()))
    head->boxes.push_back(std::move(inner[cut++]));
  Box box;
  box.space_before = space_before;
  box.height = std::max(head->height(), img ? pic : 0.0);
  if (!head->boxes.empty()) {
    box.keep_with_next = head->boxes.back().keep_with_next;
    box.soft_keep = head->boxes.back().soft_keep;
  }
  double x = style_.margin_left + (pic - w) / 2;
  box.draw = [head, img, figure, x, w, h, pic](Canvas& c, double top) {
    if (img) c.image(img, x, top - (pic + h) / 2, w, h, figure);
    head->draw(c, top);
  };
  boxes_.push_back(std::move(box));
  row_tail(std::move(inner), cut);
  if (label_row) label_value_added(boxes_.size() - 1);
}

void Composer::row_tail(std::vector<Box> inner, size_t from) {
  if (from >= inner.size()) return;
  // A row is read as one: it stays whole unless that leaves a big gap, and then it leaves
  // at least two lines on the next page.
  keep_soft(boxes_.back());
  for (size_t i = from; i < inner.size(); ++i) {
    if (i + 1 < inner.size()) keep_soft(inner[i]);
    boxes_.push_back(std::move(inner[i]));
  }
  keep_hard(boxes_[boxes_.size() - 2]);
}

void Composer::consent_choice(const Node& n, int parent, double x, double width) {
  int elem = tree_.add(parent, "P");
  double size = style_.body_size;
  double before = first_block_ ? 0 : style_.paragraph_gap;
  add_lines(lines_of(n, elem, width, size, Face::Regular), elem, x, size, before, true, nullptr);

  // "[ ] Yes" and "[ ] No" on lines of their own: empty squares drawn as graphics, never
  // ticked; the words are part of the question's P, so a screen reader reads them after it.
  for (const std::string* word : {&words_.yes, &words_.no}) {
    LineSpec spec;
    spec.max_width = width;
    spec.size = size;
    auto line = std::make_shared<Line>(break_lines({{clean_text(*word), Face::Bold, -1}}, spec, fonts_).front());
    double box_size = size * 1.3, gap = size * 0.6;
    double lh = style_.line_height(size) * 1.45;
    double base = baseline_offset(size) + (lh - style_.line_height(size)) / 2;
    Box box;
    box.height = lh;
    box.keep_with_next = word == &words_.yes;
    box.draw = [=](Canvas& c, double top) {
      double baseline = top - base;
      c.tick_box(x, baseline - size * 0.3, box_size);
      c.text_line(*line, x + box_size + gap, baseline, size, elem);
    };
    boxes_.push_back(std::move(box));
  }
}

void Composer::signature_line(const Node& n, int parent, double x, double width) {
  // A signature line never starts a page on its own: it stays with what asks for it
  // ("Please sign", a heading) and with the signature lines before it.
  if (!boxes_.empty()) keep_hard(boxes_.back());
  int elem = tree_.add(parent, "P");
  double size = style_.body_size;
  double before = first_block_ ? 0 : style_.paragraph_gap * 1.5;
  LineSpec spec;
  spec.max_width = width;
  spec.size = size;
  spec.max_chars = style_.max_line_chars;
  spec.locale = locale_;
  std::vector<Line> lines = break_lines({{clean_text(n.text), Face::Regular, -1}}, spec, fonts_);
  add_lines(std::move(lines), elem, x, size, before, true, nullptr);

  // Room to write by hand, then the line to write on.
  Box box;
  box.height = std::max(size * 2.2, 36.0);
  double x2 = x + std::min(width, mm(120));
  box.draw = [x, x2, h = box.height](Canvas& c, double top) { c.rule(x, x2, top - h + 2); };
  boxes_.push_back(std::move(box));
}

bool only_pictures(const Node& n) {
  bool any = false;
  for (const Node& c : n.children) {
    if (c.kind == NodeKind::Image)
      any = true;
    else if (c.kind == NodeKind::LineBreak || (c.kind == NodeKind::Text && plain_text(c).find_first_not_of(" \t\n") == std::string::npos))
      continue;
    else
      return false;
  }
  return any;
}

void Composer::picture_block(const Node& image, int parent, double x, double width, Label* label) {
  HPDF_Image img = images_.load(image.url);
  // Its own size at 96 pixels an inch, but no smaller than an easy-read picture (26 mm),
  // no wider than the text and no taller than 60 mm.
  double iw = HPDF_Image_GetWidth(img), ih = HPDF_Image_GetHeight(img);
  double w = iw * 0.75, h = ih * 0.75;
  if (w <= 0 || h <= 0) w = h = style_.picture_size;
  double scale = std::max(1.0, style_.picture_size / std::max(w, h));
  scale = std::min({scale, width / w, mm(60) / h});
  w *= scale;
  h *= scale;
  int figure = image.alt.empty() ? -1 : tree_.add(parent, "Figure", image.alt);
  Box box;
  box.space_before = first_block_ ? 0 : style_.paragraph_gap + style_.body_size * 0.3;
  box.height = h;
  std::shared_ptr<Label> lab = label ? std::make_shared<Label>(*label) : nullptr;
  double size = style_.body_size, base = baseline_offset(size);
  box.draw = [img, figure, x, w, h, lab, size, base](Canvas& c, double top) {
    if (lab) c.text_line(lab->line, lab->x, top - base, size, lab->elem);
    if (figure >= 0)
      c.image(img, x, top - h, w, h, figure);
    else
      c.decorative_image(img, x, top - h, w, h);
  };
  boxes_.push_back(std::move(box));
  first_block_ = false;
}

}  // namespace plainly::pdf
