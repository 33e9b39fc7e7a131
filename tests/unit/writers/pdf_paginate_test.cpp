// Unit tests for pagination: hard and soft "keep with next", on boxes made by hand.
#include <doctest/doctest.h>

#include <vector>

#include "writers/pdf/paginate.hpp"
#include "writers/writer.hpp"

using namespace plainly;
using namespace plainly::pdf;

namespace {

// Boxes to paginate, measured in shares of the page's body height.
struct Pages {
  PdfStyle style = make_style(WriterOptions{});
  double room = style.page_height - style.margin_top - body_bottom(style);
  std::vector<Box> boxes;

  /// Adds a box `share` of the page high; returns its index.
  size_t add(double share) {
    Box b;
    b.height = share * room;
    boxes.push_back(b);
    return boxes.size() - 1;
  }
  /// Fills `share` of the page with small boxes that may break anywhere.
  void fill(double share) {
    for (int i = 0; i < 20; ++i) add(share / 20);
  }
  /// A run of `count` boxes, each `share` high, joined by soft (or hard) keeps; the first index.
  size_t run(int count, double share, bool soft) {
    size_t first = boxes.size();
    for (int i = 0; i < count; ++i) {
      size_t b = add(share);
      if (i + 1 < count) soft ? keep_soft(boxes[b]) : keep_hard(boxes[b]);
    }
    return first;
  }
  std::vector<Placement> place() const { return paginate(boxes, style); }
};

}  // namespace

TEST_CASE("paginate: a soft keep gives way rather than leave more than a fifth of the page empty") {
  Pages p;
  p.fill(0.65);                     // 35% of page 1 is left
  size_t run = p.run(5, 0.1, true);  // half a page, kept softly
  p.fill(1.5);                      // more than a page after it
  auto at = p.place();
  // It breaks at the first soft keep that leaves no more than 20% empty: after two boxes.
  CHECK(at[run].page == 0);
  CHECK(at[run + 1].page == 0);
  CHECK(at[run + 2].page == 1);
  CHECK(at[run + 4].page == 1);
}

TEST_CASE("paginate: a hard keep never gives way") {
  Pages p;
  p.fill(0.65);
  size_t run = p.run(5, 0.1, false);
  p.fill(1.5);
  auto at = p.place();
  for (size_t i = run; i < run + 5; ++i) CHECK(at[i].page == 1);
}

TEST_CASE("paginate: a soft keep holds when moving the run leaves a small gap") {
  Pages p;
  p.fill(0.85);  // 15% left: moving the run costs less than a fifth of a page
  size_t run = p.run(3, 0.1, true);
  p.fill(1.5);
  auto at = p.place();
  for (size_t i = run; i < run + 3; ++i) CHECK(at[i].page == 1);
}

TEST_CASE("paginate: at the end of a document a soft run moves whole when the rest fits one page") {
  // Breaking it could not save a page; it would only leave part of it alone on the last page.
  Pages p;
  p.fill(0.6);
  size_t run = p.run(5, 0.1, true);
  auto at = p.place();
  for (size_t i = run; i < run + 5; ++i) CHECK(at[i].page == 1);
}

TEST_CASE("paginate: a soft run breaks only where its hard keeps allow") {
  Pages p;
  p.fill(0.65);
  size_t run = p.run(5, 0.1, true);
  keep_hard(p.boxes[run + 1]);  // the 2nd and 3rd boxes stay together: break after the 3rd
  p.fill(1.5);
  auto at = p.place();
  CHECK(at[run + 1].page == at[run + 2].page);
  CHECK(at[run + 2].page == 0);
  CHECK(at[run + 3].page == 1);
}

TEST_CASE("keep_soft never weakens a hard keep; keep_hard makes a soft keep hard") {
  Box b;
  keep_hard(b);
  keep_soft(b);
  CHECK(b.keep_with_next);
  CHECK_FALSE(b.soft_keep);
  Box c;
  keep_soft(c);
  CHECK(c.soft_keep);
  keep_hard(c);
  CHECK(c.keep_with_next);
  CHECK_FALSE(c.soft_keep);
}
