#pragma once
// Turns the document model into boxes to stack on pages: one box per line of text (so
// paragraphs can break across pages), one per easy-read row, consent choice footer or
// signature line. Boxes carry "keep with next" so headings stay with what follows and
// paragraphs leave no single line alone at the top or bottom of a page.

#include <functional>
#include <string>
#include <vector>

#include "model/node.hpp"
#include "writers/pdf/canvas.hpp"
#include "writers/pdf/images.hpp"
#include "writers/pdf/line_breaker.hpp"

namespace plainly::pdf {

/// The widest a picture inside a line of text may be, in ems (a wider one is drawn lower).
constexpr double kInlinePictureMaxEm = 6.0;

/// True when paragraph `n` holds pictures and nothing else but spaces: it is drawn as
/// pictures on their own lines, at their own size.
bool only_pictures(const Node& n);

/// "Phone: 0113 496 0123", "When to contact: Monday to Friday": a short label (30
/// characters at most), a colon and a value.
bool is_label_value(const std::string& text);

/// A vertical slice of content.
struct Box {
  double height = 0;          ///< points
  double space_before = 0;    ///< points; dropped at the top of a page
  bool keep_with_next = false;
  /// With keep_with_next: a preference, not a rule. The page may break here when keeping
  /// the boxes together would leave more than kMostGap of a page empty (see paginate).
  bool soft_keep = false;
  std::function<void(Canvas&, double top)> draw;  ///< draws with its top edge at `top`
};

/// Box `b` always stays on the page of the box after it (a heading and its first lines, a
/// question and its tick boxes, a signature line and what asks for it).
inline void keep_hard(Box& b) {
  b.keep_with_next = true;
  b.soft_keep = false;
}

/// Box `b` stays with the box after it when that leaves no big gap (a short list, contact
/// details, an easy-read row). A hard keep stays hard.
inline void keep_soft(Box& b) {
  if (b.keep_with_next) return;
  b.keep_with_next = true;
  b.soft_keep = true;
}

class Composer {
 public:
  Composer(FontSet& fonts, StructTree& tree, ImageCache& images, const PdfStyle& style,
           const PdfWords& words, std::string locale);

  /// Boxes for the whole document, in reading order.
  std::vector<Box> compose(const Node& doc);

  /// The links found, indexed by Span::link.
  const std::vector<LinkInfo>& links() const { return links_; }

 private:
  struct Label {  // a list item's label, drawn on the item's first line
    Line line;
    double x = 0;
    int elem = -1;
  };
  void block(const Node& n, int parent, double x, double width, Label* label);
  void heading(const Node& n, int parent, double x, double width);
  void text_block(const Node& n, int elem, double x, double width, double space_before, Label* label);
  void list(const Node& n, int parent, double x, double width);
  void keep_list_together(const std::vector<size_t>& item_starts);
  void easy_read_row(const Node& n, int parent);
  /// The lines of an easy-read row after those beside its picture: `inner[from]` on.
  void row_tail(std::vector<Box> inner, size_t from);
  void consent_choice(const Node& n, int parent, double x, double width);
  void signature_line(const Node& n, int parent, double x, double width);
  /// Boxes from `first_box` on are one "Label: value" line (or an easy-read row of one):
  /// keep it with the run it continues.
  void label_value_added(size_t first_box);
  void picture_block(const Node& image, int parent, double x, double width, Label* label);

  /// A picture inside a line of text, as a span one picture wide.
  Span inline_picture(const Node& image, Face face, int link, int parent_elem);

  void spans_of(const Node& n, Face face, int link, int parent_elem, std::vector<Span>& out);
  std::vector<Line> lines_of(const Node& n, int elem, double width, double size, Face face);
  void add_lines(std::vector<Line> lines, int elem, double x, double size, double space_before, bool keep_all,
                 Label* label);
  double baseline_offset(double size) const;

  FontSet& fonts_;
  StructTree& tree_;
  ImageCache& images_;
  const PdfStyle& style_;
  const PdfWords& words_;
  std::string locale_;
  std::vector<Box> boxes_;
  std::vector<LinkInfo> links_;
  bool first_block_ = true;
  int label_chars_ = 0;  ///< characters a list label takes on the line it shares
  /// The box of the last one-line "Label: value" paragraph ("Phone: 0113 496 0123"), or -1.
  /// A run of them (contact details) stays together.
  long last_label_box_ = -1;
  long label_run_start_ = -1;  ///< the first box of that run of "Label: value" paragraphs
  long last_short_paragraph_ = -1;  ///< the box of the last one-line paragraph, or -1
};

}  // namespace plainly::pdf
