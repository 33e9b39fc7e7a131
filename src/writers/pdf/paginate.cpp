#include "writers/pdf/paginate.hpp"

namespace plainly::pdf {

namespace {

// The height of box `i` and everything kept with it (stops counting past `limit`).
double chain_height(const std::vector<Box>& boxes, size_t i, double limit) {
  double chain = boxes[i].height;
  for (size_t j = i; boxes[j].keep_with_next && j + 1 < boxes.size() && chain <= limit; ++j)
    chain += boxes[j + 1].space_before + boxes[j + 1].height;
  return chain;
}

// Where the chain starting at `i` may break at a soft keep, leaving what comes before on
// this page (`room` high): the first soft keep that leaves no more than `most_gap` empty,
// so as much as can stays together; else the last one that fits. Returns how many boxes
// stay on this page (0 when no soft keep fits).
size_t soft_break(const std::vector<Box>& boxes, size_t i, double room, double most_gap) {
  size_t stay = 0;
  double used = boxes[i].height;
  for (size_t j = i; used <= room + 0.01 && j + 1 < boxes.size() && boxes[j].keep_with_next; ++j) {
    if (boxes[j].soft_keep) {
      stay = j + 1 - i;
      if (room - used <= most_gap) break;
    }
    used += boxes[j + 1].space_before + boxes[j + 1].height;
  }
  return stay;
}

// True when everything from box `i` to the end fits on one empty page. Then breaking a
// soft keep cannot save a page: it only leaves part of the block alone on the last page.
bool rest_fits_a_page(const std::vector<Box>& boxes, size_t i, double page_room) {
  double rest = boxes[i].height;
  for (size_t j = i + 1; j < boxes.size() && rest <= page_room; ++j) rest += boxes[j].space_before + boxes[j].height;
  return rest <= page_room + 0.01;
}

}  // namespace

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
  size_t flow_to = 0;  // boxes before this one are placed on the current page, whatever their keeps
  for (size_t i = 0; i < boxes.size(); ++i) {
    double before = empty ? 0 : boxes[i].space_before;
    double chain = chain_height(boxes, i, page_room);
    bool chain_fits_here = y - before - chain >= bottom - 0.01;
    bool box_fits_here = y - before - boxes[i].height >= bottom - 0.01;
    bool move = !empty && i >= flow_to && ((!chain_fits_here && chain <= page_room) || !box_fits_here);
    // Moving a chain held by soft keeps would leave more than kMostGap of the page empty:
    // break it at a soft keep instead.
    if (move && box_fits_here && y - bottom > kMostGap * page_room && !rest_fits_a_page(boxes, i, page_room)) {
      size_t stay = soft_break(boxes, i, y - before - bottom, kMostGap * page_room);
      if (stay > 0) {
        flow_to = i + stay;
        move = false;
      }
    }
    if (move || (!box_fits_here && !empty)) {
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
