#include "writers/pdf/paginate.hpp"

namespace plainly::pdf {

double body_bottom(const PdfStyle& style) {
  return style.margin_bottom + style.line_height(style.body_size) + mm(8);
}

std::vector<Placement> paginate(const std::vector<Box>& boxes, const PdfStyle& style) {
  const double top_limit = style.page_height - style.margin_top;
  const double bottom = body_bottom(style);
  const double page_room = top_limit - bottom;
  std::vector<Placement> out(boxes.size());
  int page = 0;
  double y = top_limit;
  bool empty = true;
  for (size_t i = 0; i < boxes.size(); ++i) {
    double before = empty ? 0 : boxes[i].space_before;
    // The height of this box and everything kept with it.
    double chain = boxes[i].height;
    for (size_t j = i; boxes[j].keep_with_next && j + 1 < boxes.size() && chain <= page_room; ++j)
      chain += boxes[j + 1].space_before + boxes[j + 1].height;
    bool chain_fits_here = y - before - chain >= bottom - 0.01;
    bool box_fits_here = y - before - boxes[i].height >= bottom - 0.01;
    if (!empty && ((!chain_fits_here && chain <= page_room) || !box_fits_here)) {
      ++page;
      y = top_limit;
      empty = true;
      before = 0;
    }
    out[i].page = page;
    out[i].top = y - before;
    y = out[i].top - boxes[i].height;
    empty = false;
  }
  return out;
}

}  // namespace plainly::pdf
